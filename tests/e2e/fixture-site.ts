/**
 * The hostile fixture site: tests/fixtures/site built into its own folders
 * (output, corpus cache, build report) so it never touches the sample build
 * the other browser tests read. Playwright builds and serves it (see
 * playwright.config.ts); hostile-article-text-stays-text.spec.ts reads it.
 */
export const FIXTURE_CONTENT = 'tests/fixtures/site';
export const FIXTURE_ROOT = '.cache/fixture-site';
export const FIXTURE_DIST = `${FIXTURE_ROOT}/dist`;

/** The shell command that builds the fixture site and serves it on `port`. */
export function fixtureSiteCommand(port: number): string {
  const env = [
    `KB_CONTENT=${FIXTURE_CONTENT}`,
    `KB_OUT_DIR=${FIXTURE_DIST}`,
    `KB_CACHE_DIR=${FIXTURE_ROOT}/cache`,
    `KB_REPORT_FILE=${FIXTURE_ROOT}/build-report.json`,
  ].join(' ');
  return `rm -rf ${FIXTURE_ROOT} && ${env} npx astro build && ${env} npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;
}

