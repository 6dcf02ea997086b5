/**
 * Builds only the search indexes from an existing corpus cache, the way the
 * build's index worker does (same worker, same process layout: a worker
 * thread plus the Pagefind process), and reports its wall time and the peak
 * resident memory of this process tree. With `--site`, it also lays out a
 * complete site to measure with search-figures.ts: every file of an existing
 * build (symlinked) except its search indexes, plus the new ones.
 *
 *   npx node scripts/bench/index-only.ts <cache> <out> [--site <built site>]
 */
import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runWorker } from '../../src/lib/worker-messages.ts';
import type { IndexJob, IndexResult } from '../../src/search/index-worker.ts';
import { treeRss } from './process-memory.ts';
import { SEARCH_ENTRIES } from '../../src/search/search-files.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { site: { type: 'string' } } });
const [cache, out] = positionals;
if (!cache || !out) throw new Error('usage: index-only.ts <cache> <out> [--site <built site>]');

const outDir = path.resolve(out);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const job: IndexJob = { cache: path.resolve(cache), outDir };
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, treeRss(process.pid))), 250);
const started = performance.now();
const reply = await runWorker<IndexResult>(new URL('../../src/search/index-worker.ts', import.meta.url), { workerData: job });
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
if (!reply.ok) throw new Error(reply.message);
const { errors, ...result } = reply.value;
console.log(JSON.stringify({ ...result, errors: errors.length, seconds: Number(seconds.toFixed(1)), peakRssMb: Math.round(peak / 2 ** 20) }));

if (values.site) {
  const site = path.resolve(values.site);
  const own = new Set(['pagefind', 'search']);
  for (const entry of await readdir(site)) if (!own.has(entry)) await symlink(path.join(site, entry), path.join(outDir, entry));
  // /search/ is also a page of the site: keep its page files beside the new index files
  for (const entry of await readdir(path.join(site, 'search'))) {
    if (!(SEARCH_ENTRIES as readonly string[]).includes(entry)) await symlink(path.join(site, 'search', entry), path.join(outDir, 'search', entry));
  }
}
