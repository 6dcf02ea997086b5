/**
 * The benchmark's search half: every query of bench/queries.json run through
 * the search client in headless Chromium against the built site, for quality
 * (recall@10, the expected article first) and cost (latency, bytes on the
 * wire, cold and warm).
 *
 * The client is bundled with esbuild (client-bundle.ts) and imported into a
 * blank page served beside the site at /__bench/, standing in for the search
 * page: what is measured is the client and the index files it fetches, plus
 * a page of ~100 bytes.
 *
 * - warm: one page, every query in the file's order, after one full-text
 *   query that loads Pagefind (so the first full-text query of the set is not
 *   charged Pagefind's start-up);
 * - cold: each query in a fresh browser context (empty cache): the page, the
 *   client and everything the query fetches.
 *
 *   npx node scripts/bench/search-figures.ts <built site> [--queries bench/queries.json] [--cold-sample 20] [--misses]
 *   (bench/word-queries.json: nonsense words, typos and keywords; scripts/make-word-queries.ts)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { serveStatic } from './static-server.ts';
import { bundleSearchClient, CLIENT_URL } from './client-bundle.ts';

interface BenchQuery {
  id: string;
  kind: string;
  form: string;
  q: string;
  expect: { first?: string; top10?: string; all?: string; none?: true };
}

interface QueryFile {
  queryList: BenchQuery[];
  sets: Record<string, string[]>;
}

export interface KindFigures {
  queries: number;
  /** Mean recall@10: |top 10 ∩ expected| / min(10, |expected|); 1 or 0 for a single expected article. */
  recallAt10: number;
  /** Share of queries whose first hit is the expected article (or one of the expected set). */
  firstShare: number;
  warmMedianMs: number;
  warmP95Ms: number;
  warmMedianBytes: number;
  coldMedianMs: number;
  coldMedianBytes: number;
  coldMaxBytes: number;
  coldQueries: number;
}

export interface SearchFigures {
  queries: number;
  kinds: Record<string, KindFigures>;
  /** Median cold bytes of an article-number query. */
  coldNumberBytes: number;
  /** Median cold bytes of an error-code query. */
  coldCodeBytes: number;
  /** Median warm latency of the full-text queries (title words and phrases). */
  warmMedianMs: number;
  /** The client bundle as served (gzip). */
  clientGzipBytes: number;
  /** Requests to any other host: must be 0. */
  offSiteRequests: number;
  /** Queries that missed, for reading: id, what was expected and what came first. */
  misses: Array<{ id: string; q: string; recallAt10: number; first: string | null }>;
}

interface Run {
  ms: number;
  bytes: number;
  ids: string[];
}

const BENCH_PAGE = '/__bench/index.html';
const PAGE_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body></body></html>';
const LIMIT = 10;
/** Loads Pagefind before the warm pass; not one of the measured queries. */
const WARM_UP = 'printer driver';
const FULLTEXT_KINDS = new Set(['title-words', 'title-phrase', 'nonsense', 'typo', 'keyword']);

/** Bytes on the wire of requests that finish while `work` runs. */
export async function measured<T>(page: Page, work: () => Promise<T>): Promise<{ value: T; bytes: number }> {
  const sizes: Array<Promise<number>> = [];
  const onFinished = (request: Request) =>
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  page.on('requestfinished', onFinished);
  try {
    const value = await work();
    return { value, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
  } finally {
    page.off('requestfinished', onFinished);
  }
}

async function runQuery(page: Page, q: string): Promise<Omit<Run, 'bytes'>> {
  return page.evaluate(
    async ([clientUrl, query, limit]) => {
      type Client = typeof import('../../src/search/client/search-client.ts');
      const client = (await import(clientUrl)) as Client;
      const started = performance.now();
      const result = await client.runSearch(client.parseState(new URLSearchParams({ q: query })), 0, limit);
      return { ms: performance.now() - started, ids: result.hits.map((hit) => hit.id) };
    },
    [CLIENT_URL, q, LIMIT] as const,
  );
}

function score(query: BenchQuery, sets: QueryFile['sets'], ids: string[]): { recall: number; first: number } {
  const top = ids.slice(0, 10);
  // a "no" is the right answer (bench/word-queries.json's nonsense words)
  if (query.expect.none) return { recall: ids.length === 0 ? 1 : 0, first: ids.length === 0 ? 1 : 0 };
  const single = query.expect.first ?? query.expect.top10;
  if (single) return { recall: top.includes(single) ? 1 : 0, first: ids[0] === single ? 1 : 0 };
  const expected = new Set(sets[query.expect.all!] ?? []);
  if (expected.size === 0) return { recall: 1, first: 1 };
  const found = top.filter((id) => expected.has(id)).length;
  return { recall: found / Math.min(10, expected.size), first: ids[0] !== undefined && expected.has(ids[0]) ? 1 : 0 };
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

async function openBenchPage(browser: Browser, origin: string, offSite: { count: number }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) offSite.count++;
  });
  return { context, page };
}

export async function measureSearch(outDir: string, options: { queries?: string; coldSample?: number } = {}): Promise<SearchFigures> {
  const file = JSON.parse(await readFile(options.queries ?? path.join(import.meta.dirname, '../../bench/queries.json'), 'utf8')) as QueryFile;
  const bundle = await bundleSearchClient(path.join(import.meta.dirname, '../..'));
  const server = await serveStatic(outDir, { [CLIENT_URL]: bundle, [BENCH_PAGE]: new TextEncoder().encode(PAGE_HTML) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const offSite = { count: 0 };
  const warm = new Map<string, Run>();
  const cold = new Map<string, Run>();
  let clientGzipBytes = 0;
  try {
    // warm: one page for every query
    {
      const { context, page } = await openBenchPage(browser, server.url, offSite);
      await page.goto(server.url + BENCH_PAGE);
      clientGzipBytes = (await measured(page, () => page.evaluate((url) => import(url).then(() => undefined), CLIENT_URL))).bytes;
      await runQuery(page, WARM_UP);
      for (const [i, query] of file.queryList.entries()) {
        const { value, bytes } = await measured(page, () => runQuery(page, query.q));
        warm.set(query.id, { ...value, bytes });
        if (i % 50 === 49) process.stderr.write(`search bench: ${i + 1} warm queries\n`);
      }
      await context.close();
    }
    // cold: a fresh context per query (every exact query; a sample of each full-text kind, as they cost seconds each)
    const perKind = new Map<string, number>();
    for (const query of file.queryList) {
      const taken = perKind.get(query.kind) ?? 0;
      if (FULLTEXT_KINDS.has(query.kind) && taken >= (options.coldSample ?? 20)) continue;
      perKind.set(query.kind, taken + 1);
      const { context, page } = await openBenchPage(browser, server.url, offSite);
      const { value, bytes } = await measured(page, async () => {
        await page.goto(server.url + BENCH_PAGE);
        return runQuery(page, query.q);
      });
      cold.set(query.id, { ...value, bytes });
      await context.close();
      if (cold.size % 50 === 0) process.stderr.write(`search bench: ${cold.size} cold queries\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const kinds: Record<string, KindFigures> = {};
  const misses: SearchFigures['misses'] = [];
  for (const kind of [...new Set(file.queryList.map((query) => query.kind))]) {
    const queries = file.queryList.filter((query) => query.kind === kind);
    const scores = queries.map((query) => {
      const run = warm.get(query.id)!;
      const s = score(query, file.sets, run.ids);
      if (s.recall < 1 || s.first < 1) misses.push({ id: query.id, q: query.q, recallAt10: Number(s.recall.toFixed(3)), first: run.ids[0] ?? null });
      return s;
    });
    const warmRuns = queries.map((query) => warm.get(query.id)!);
    const coldRuns = queries.flatMap((query) => cold.get(query.id) ?? []);
    kinds[kind] = {
      queries: queries.length,
      recallAt10: Number(mean(scores.map((s) => s.recall)).toFixed(4)),
      firstShare: Number(mean(scores.map((s) => s.first)).toFixed(4)),
      warmMedianMs: Number(median(warmRuns.map((r) => r.ms)).toFixed(1)),
      warmP95Ms: Number(quantile(warmRuns.map((r) => r.ms), 0.95).toFixed(1)),
      warmMedianBytes: median(warmRuns.map((r) => r.bytes)),
      coldMedianMs: Number(median(coldRuns.map((r) => r.ms)).toFixed(1)),
      coldMedianBytes: median(coldRuns.map((r) => r.bytes)),
      coldMaxBytes: Math.max(0, ...coldRuns.map((r) => r.bytes)),
      coldQueries: coldRuns.length,
    };
  }
  const fulltextWarm = file.queryList.filter((query) => FULLTEXT_KINDS.has(query.kind)).map((query) => warm.get(query.id)!.ms);
  return {
    queries: file.queryList.length,
    kinds,
    coldNumberBytes: kinds['article-number']?.coldMedianBytes ?? 0,
    coldCodeBytes: kinds['error-code']?.coldMedianBytes ?? 0,
    warmMedianMs: Number(median(fulltextWarm).toFixed(1)),
    clientGzipBytes,
    offSiteRequests: offSite.count,
    misses,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { queries: { type: 'string' }, 'cold-sample': { type: 'string', default: '20' }, misses: { type: 'boolean', default: false } },
  });
  const site = positionals[0];
  if (!site) throw new Error('usage: search-figures.ts <built site> [--queries bench/queries.json] [--cold-sample 20] [--misses]');
  const figures = await measureSearch(site, { queries: values.queries, coldSample: Number(values['cold-sample']) });
  const { misses, ...rest } = figures;
  console.log(JSON.stringify(values.misses ? figures : { ...rest, misses: misses.length }, null, 2));
}
