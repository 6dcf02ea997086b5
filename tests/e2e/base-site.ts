/**
 * The sample built under a base path, as for a GitHub Pages project site
 * (`https://example.github.io/kbarchive/`), into its own folders so it never
 * touches the root build the other tests read. `npm run test:e2e` builds and
 * link-checks it before the browser tests; Playwright serves it twice: with
 * `astro preview`, which like GitHub Pages knows no redirect rules (the 404
 * page's script does the short links), and with nginx and the repository's
 * configuration (scripts/serve-nginx.ts).
 */
export const BASE_SITE_URL = 'https://example.github.io/kbarchive/';
export const BASE = '/kbarchive/';
export const BASE_ROOT = '.cache/base-site';
export const BASE_DIST = `${BASE_ROOT}/dist`;

/** The environment a command needs to build, check or preview the base-path site. */
export const BASE_SITE_ENV = [
  `SITE_URL=${BASE_SITE_URL}`,
  `KB_OUT_DIR=${BASE_DIST}`,
  `KB_CACHE_DIR=${BASE_ROOT}/cache`,
  `KB_REPORT_FILE=${BASE_ROOT}/build-report.json`,
].join(' ');
