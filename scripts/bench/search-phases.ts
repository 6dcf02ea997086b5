/**
 * Where a warm full-text query's time goes: the bench's full-text queries run
 * straight against the merged Pagefind bundles in headless Chromium, timing
 * the search (chunk loads + wasm scoring, per bundle as Pagefind reports it)
 * apart from loading the shown results' fragments (`data()`).
 *
 * --separate loads each bundle through its own pagefind.js (as the client
 * does; --pairs: two modules of two merged bundles each), otherwise one
 * module with `mergeIndex`. Chunk timings (fetch, gunzip, parse) are printed
 * only for a site whose first bundle's pagefind-worker.js was instrumented by
 * hand to answer a `__timings` message; --server uses a server already running.
 *
 *   npx node scripts/bench/search-phases.ts <built site> [--separate [--pairs]] [--no-worker] [--limit 10] [--server <url>]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { canonicalTerms, pagefindQuery } from '../../src/search/codes.ts';
import { withoutStopWords } from '../../src/search/client/query-words.ts';
import { serveStatic } from './static-server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'no-worker': { type: 'boolean', default: false }, separate: { type: 'boolean', default: false }, pairs: { type: 'boolean', default: false }, server: { type: 'string' }, limit: { type: 'string', default: '10' } },
});
const site = positionals[0];
if (!site) throw new Error('usage: search-phases.ts <built site> [--separate [--pairs]] [--no-worker] [--limit 10] [--server <url>]');
const file = JSON.parse(await readFile(path.join(import.meta.dirname, '../../bench/queries.json'), 'utf8')) as {
  queryList: Array<{ kind: string; q: string }>;
};
const terms = file.queryList
  .filter((query) => query.kind === 'title-words' || query.kind === 'title-phrase')
  .map((query) => {
    const t = canonicalTerms(query.q);
    return pagefindQuery({ ...t, rest: withoutStopWords(t.rest) }, () => false);
  });
const PAGE = '/__bench/index.html';
const server = values.server
  ? { url: values.server, close: async () => {} }
  : await serveStatic(site, { [PAGE]: new TextEncoder().encode('<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>') });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(server.url + (values.server ? '/404.html' : PAGE));
  const rows = await page.evaluate(
    async ([terms, noWorker, limit, separate, pairs]) => {
      // keeps Pagefind's worker reachable, to ask an instrumented worker for its chunk timings
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          (window as unknown as { pfWorker: Worker }).pfWorker = this;
        }
      };
      const chunkTimings = () =>
        new Promise<Record<string, number> | null>((resolve) => {
          const w = (window as unknown as { pfWorker?: Worker }).pfWorker;
          if (!w) return resolve(null);
          const id = `t${Math.random()}`;
          const on = (e: MessageEvent) => {
            if (e.data?.id !== id) return;
            w.removeEventListener('message', on);
            resolve(e.data.error ? null : e.data.result);
          };
          w.addEventListener('message', on);
          w.postMessage({ id, instanceId: 'pf_0', method: '__timings', args: [] });
        });
      const meta = await (await fetch('/search/meta.json')).json();
      type Result = { score: number; data(): Promise<unknown> };
      type Search = { results: Result[]; timings: Array<{ search: number; preload: number }> };
      let pf: { search(term: string): Promise<Search> };
      if (separate) {
        // every bundle (or pair of bundles) through its own copy of pagefind.js: its own module, so its own worker
        const groups: string[][] = pairs ? [meta.pagefind.slice(0, 2), meta.pagefind.slice(2)] : meta.pagefind.map((p: string) => [p]);
        const modules = await Promise.all(
          groups.map(async ([path, ...merged]) => {
            const m = await import(path + 'pagefind.js');
            await m.options({ basePath: path, excerptLength: 30, noWorker });
            await m.init();
            for (const other of merged) await m.mergeIndex(other);
            return m;
          }),
        );
        pf = {
          async search(term) {
            const all = await Promise.all(modules.map((m) => m.search(term)));
            return { results: all.flatMap((s) => s.results).sort((a, b) => b.score - a.score), timings: all.map((s) => s.timings) };
          },
        };
      } else {
        const m = await import(meta.pagefind[0] + 'pagefind.js');
        await m.options({ basePath: meta.pagefind[0], excerptLength: 30, noWorker, mergeFilter: { shard: '0' } });
        await m.init();
        await Promise.all(meta.pagefind.slice(1).map((p: string, i: number) => m.mergeIndex(p, { mergeFilter: { shard: String(i + 1) } })));
        pf = m;
      }
      const warm = await pf.search('printer driver');
      await Promise.all(warm.results.slice(0, limit).map((r) => r.data()));
      await chunkTimings();
      const out = [];
      for (const term of terms) {
        const t0 = performance.now();
        const s = await pf.search(term);
        const t1 = performance.now();
        await Promise.all(s.results.slice(0, limit).map((r) => r.data()));
        const t2 = performance.now();
        const chunks = await chunkTimings();
        out.push({ chunks, term, results: s.results.length, search: t1 - t0, data: t2 - t1, wasm: s.timings.map((x: { search: number }) => x.search), load: s.timings.map((x: { preload: number }) => x.preload) });
      }
      return out;
    },
    [terms, values['no-worker'], Number(values.limit), values.separate, values.pairs] as const,
  );
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const r of rows) {
    const c = r.chunks?.n ? `  chunks ${r.chunks.n} fetch ${r.chunks.fetch!.toFixed(0)} gunzip ${r.chunks.dec!.toFixed(1)} parse ${r.chunks.load!.toFixed(1)} raw ${(r.chunks.raw! / 1024).toFixed(0)} KB` : '';
    console.log(`${r.search.toFixed(1).padStart(7)} ${r.data.toFixed(1).padStart(7)}  wasm ${r.wasm.join('/')}  load ${r.load.join('/')}${c}  n=${r.results}  ${r.term}`);
  }
  const sum = (key: string) => med(rows.map((r) => (r.chunks?.[key] as number | undefined) ?? 0)).toFixed(1);
  console.log(`chunk loading per query, median: gunzip ${sum('dec')} ms, parse ${sum('load')} ms (fetch, overlapping: ${sum('fetch')} ms)`);
  console.log(`median: search ${med(rows.map((r) => r.search)).toFixed(1)} ms, data ${med(rows.map((r) => r.data)).toFixed(1)} ms, total ${med(rows.map((r) => r.search + r.data)).toFixed(1)} ms, wasm sum ${med(rows.map((r) => r.wasm.reduce((a: number, b: number) => a + b, 0)))} ms, load max ${med(rows.map((r) => Math.max(...r.load)))} ms`);
} finally {
  await browser.close();
  await server.close();
}
