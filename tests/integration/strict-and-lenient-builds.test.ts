import { MAX_SLUG } from '../../src/facets/slugify.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES, PUBLISHED, READ, writeBadCorpus } from '../unit/build/bad-corpus.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-builds-'));
  await writeBadCorpus(path.join(root, 'content'));
});

afterAll(() => rm(root, { recursive: true, force: true }));

function astroBuild(name: string, env: Record<string, string>) {
  return spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT: path.join(root, 'content'),
      KB_OUT_DIR: path.join(root, name, 'dist'),
      KB_CACHE_DIR: path.join(root, name, 'cache'),
      KB_REPORT_FILE: path.join(root, name, 'build-report.json'),
      ...env,
    },
  });
}

describe('building malformed content with astro build', () => {
  it('publishes every article and writes a report naming each problem', async () => {
    const run = astroBuild('lenient', {});
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain(`wrote ${PUBLISHED} article pages for ${READ} source articles (1 without an article number left out, see the report)`);
    expect(run.stdout).toMatch(new RegExp(`input problems in ${READ} articles`));
    for (const page of ['kb/152/Q152947', 'kb/152/Q152941', 'kb/100/Q100001', 'kb/152/Q152949', 'kb/152/Q152952', 'kb/998/Q152941']) {
      expect(existsSync(path.join(root, 'lenient', 'dist', page, 'index.html')), page).toBe(true);
    }
    // The 300-character product and 302-character keyword break no file name: every facet folder stays under the
    // cap. (The product is contradicted by the article's own "applies to" list and the keyword is dropped as junk, so
    // neither becomes a facet now; tests/unit/facets/slugify.test.ts covers the capped name itself.)
    for (const kind of ['product', 'version', 'os', 'keyword']) {
      for (const slug of await readdir(path.join(root, 'lenient', 'dist', kind))) expect(slug.length, slug).toBeLessThanOrEqual(MAX_SLUG + 9);
    }
    // The article over the size limit is on its page once.
    const large = await readFile(path.join(root, 'lenient', 'dist', 'kb', '152', 'Q152952', 'index.html'), 'utf8');
    expect(large.length).toBeLessThan(1.5 * 2 ** 20);
    const report = JSON.parse(await readFile(path.join(root, 'lenient', 'build-report.json'), 'utf8'));
    expect(report.contentRoot).toBe(path.join(root, 'content'));
    for (const bad of BAD_CASES) expect(report.byKind[bad.kind], bad.kind).toBeGreaterThan(0);
    // Nothing escapes the output folder, whatever a permalink says.
    expect(existsSync(path.join(root, 'lenient', 'etc'))).toBe(false);
  }, 900_000);

  it('fails in strict mode with one line per problem, the first 20, then a count, and no stack trace', async () => {
    const run = astroBuild('strict', { KB_STRICT: '1' });
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    const report = JSON.parse(await readFile(path.join(root, 'strict', 'build-report.json'), 'utf8'));
    expect(report.problemCount).toBeGreaterThan(20);
    expect(output).toContain(`strict mode: ${report.problemCount} input problems in ${READ} articles, so the build stops:`);
    const listed = output.split('\n').filter((line) => /kb\/\S+:\d+ {2}[a-z0-9-]+ {2}/.test(line));
    expect(listed).toHaveLength(20);
    expect(output).toContain(`... and ${report.problemCount - 20} more`);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(output).not.toMatch(/Stack trace|unhandled/i);
  }, 900_000);
});
