import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_CASES, writeBadCorpus } from '../unit/build/bad-corpus.ts';

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
      ...env,
    },
  });
}

describe('building malformed content with astro build', () => {
  it('publishes every article and writes a report naming each problem', async () => {
    const run = astroBuild('lenient', {});
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`wrote ${BAD_CASES.length + 1} article pages for ${BAD_CASES.length + 1} source articles`));
    expect(run.stdout).toMatch(/input problems in 9 articles/);
    expect(existsSync(path.join(root, 'lenient', 'dist', 'kb', '152', 'Q152947', 'index.html'))).toBe(true);
    const report = JSON.parse(await readFile('reports/build-report.json', 'utf8'));
    expect(report.contentRoot).toBe(path.join(root, 'content'));
    for (const bad of BAD_CASES) expect(report.byKind[bad.kind], bad.kind).toBeGreaterThan(0);
    // Nothing escapes the output folder, whatever a permalink says.
    expect(existsSync(path.join(root, 'lenient', 'etc'))).toBe(false);
  }, 120_000);

  it('fails in strict mode, saying why', () => {
    const run = astroBuild('strict', { KB_STRICT: '1' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/strict mode: \d+ input problems/);
  }, 120_000);
});
