/**
 * The full-archive benchmark: imports the corpus, builds the whole site (or an
 * evenly spread subset), and reports wall time and peak memory per phase plus
 * what was written; then measures search and page weight in Chromium against
 * the built output. Appends a row per run to docs/benchmarks.md.
 *
 *   npm run bench                               # full corpus from ../shared/corpus/kbarchive-kb.tar.gz
 *   npm run bench -- --limit 5000,15000,30000   # growth curve on subsets
 *   npm run bench -- --source path/to/folder-or-tarball --no-browser
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { scanSources } from '../src/build/scan-sources.ts';
import { runBuild, type BuildRun } from './bench/run-build.ts';
import { outputStats, type OutputStats } from './bench/output-stats.ts';
import { appendBenchmarkRows } from './bench/benchmarks-table.ts';
import { describeMachineCpu } from './bench/machine-cpu.ts';
import { measureInBrowser, type BrowserFigures } from './bench/browser-figures.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: '../shared/corpus/kbarchive-kb.tar.gz' },
    limit: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-table': { type: 'boolean', default: false },
    note: { type: 'string', default: '' },
  },
});

const root = process.cwd();
const corpus = path.join(root, '.corpus');

async function importCorpus(source: string): Promise<void> {
  const marker = path.join(corpus, 'IMPORTED.json');
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).source === path.resolve(source)) return;
  execFileSync(process.execPath, ['scripts/import-corpus.ts', source], { stdio: 'inherit' });
}

/**
 * A folder of `n` articles spread evenly over the corpus, so a subset looks like the whole. Hard links, not
 * symlinks: the source scan reads directory entries without following links, as a real content folder has none.
 */
async function subset(n: number): Promise<string> {
  const files = scanSources(corpus).files;
  const dir = path.join(root, '.bench', `subset-${n}`);
  await rm(dir, { recursive: true, force: true });
  const picked = Array.from({ length: Math.min(n, files.length) }, (_, i) => files[Math.floor((i * files.length) / n)]!);
  for (const file of picked) {
    await mkdir(path.join(dir, path.dirname(file)), { recursive: true });
    await link(path.join(corpus, file), path.join(dir, file)).catch(() => copyFile(path.join(corpus, file), path.join(dir, file)));
  }
  return dir;
}

export interface BenchResult {
  date: string;
  machine: string;
  node: string;
  commit: string;
  articles: number;
  build: Omit<BuildRun, 'log'>;
  /** The search index, built beside the pages: how long it took and how long the build then waited for it. */
  searchIndex: { seconds: number; waitedSeconds: number } | null;
  output: OutputStats;
  browser: BrowserFigures | null;
  note: string;
}

await importCorpus(values.source!);
const total = scanSources(corpus).files.length;
const limits = values.limit ? values.limit.split(',').map(Number) : [total];
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()}`;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const results: BenchResult[] = [];

for (const limit of limits) {
  const content = limit >= total ? corpus : await subset(limit);
  const outDir = path.join(root, '.bench', 'dist');
  await rm(outDir, { recursive: true, force: true });
  console.log(`\n== building ${Math.min(limit, total)} articles from ${path.relative(root, content)} ==`);
  // From an empty cache, as on a fresh machine: the corpus step would otherwise first delete the last run's
  // 60,335 records inside the timed build, and a row would depend on whether a run came before it.
  const cache = path.join(root, '.bench', 'cache');
  await rm(cache, { recursive: true, force: true });
  const { log, ...build } = await runBuild({ KB_CONTENT: content, KB_OUT_DIR: outDir, KB_CACHE_DIR: cache }, root);
  if (build.exitCode !== 0) {
    console.error(log.slice(-40).join('\n'));
    throw new Error(`build failed with exit code ${build.exitCode}`);
  }
  const read = Number(/read (\d+) source articles/.exec(log.join('\n'))?.[1] ?? -1);
  if (read !== Math.min(limit, total)) throw new Error(`the build read ${read} articles, not the ${Math.min(limit, total)} of this run`);
  console.log(log.filter((line) => /kb-|Complete|Completed|page\(s\) built/.test(line)).join('\n'));
  if (build.machineCpu) console.log(describeMachineCpu(build.machineCpu, build.seconds));
  const indexed = /indexed in ([\d.]+) s, of which the build waited ([\d.]+) s/.exec(log.join('\n'));
  const searchIndex = indexed ? { seconds: Number(indexed[1]), waitedSeconds: Number(indexed[2]) } : null;
  const output = await outputStats(outDir);
  const browser = values['no-browser'] ? null : await measureInBrowser(outDir, cache);
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine,
    node: process.version,
    commit,
    articles: Math.min(limit, total),
    build,
    searchIndex,
    output,
    browser,
    note: values.note!,
  };
  results.push(result);
  console.log(JSON.stringify({ articles: result.articles, build, searchIndex, output, browser }, null, 2));
  await mkdir(path.join(root, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(root, 'bench', 'results', `${result.date.replace(/[:.]/g, '-')}-${result.articles}.json`), JSON.stringify(result, null, 2));
}
if (!values['no-table']) await appendBenchmarkRows(path.join(root, 'docs', 'benchmarks.md'), results);
