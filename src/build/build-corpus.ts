/**
 * The corpus step: every source file parsed and rendered once, in parallel,
 * into a cache of per-article records plus one catalog of summaries. Astro's
 * pages then only read that cache, so the content layer never has to hold
 * 200 MB of article text (which is what crashes or bloats a plain Astro build).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ArticleSummary, Problem } from '../article/model.ts';
import { openWorker } from '../lib/worker-messages.ts';
import type { FromWorker, Parsed, ToWorker } from './corpus-protocol.ts';
import { scanSources } from './scan-sources.ts';
import { assignPermalinks } from './assign-permalinks.ts';
import { buildCodeCatalog, CODE_CATALOG } from '../codes/code-catalog.ts';
import { SIMILAR_FILE, startSimilar, type SimilarTimes } from '../similar/similar-file.ts';
import { buildFacetIndex } from '../facets/build-index.ts';
import { facetsOf } from '../facets/facets-of.ts';
import { packFacets } from '../facets/facet-file.ts';

export interface CorpusResult {
  root: string;
  /** Source files read. */
  read: number;
  /** Article records written to the cache: one per published article. */
  written: number;
  /** The published articles, in source-path order (a file without an article number is left out). */
  summaries: ArticleSummary[];
  problems: Problem[];
  seconds: { parse: number; render: number; codes: number; facets: number };
  /** The similar-article lists, written by a worker of their own while Astro goes on. */
  similar: Promise<SimilarTimes>;
}

/** The catalog file the pages load: every summary, in source-path order. */
export const CATALOG = 'catalog.json';
/** The facet index and each article's facets, in catalog order (src/facets/facet-file.ts). */
export const FACETS = 'facets.json';

export async function buildCorpus(root: string, cache: string): Promise<CorpusResult> {
  let scan: ReturnType<typeof scanSources>;
  try {
    scan = scanSources(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`No kb/ folder in the content root ${root}`);
    throw error;
  }
  const { files } = scan;
  await rm(path.join(cache, 'articles'), { recursive: true, force: true });
  // Pages wait for the new lists; an old file must not pass for them.
  await rm(path.join(cache, SIMILAR_FILE), { force: true });
  await mkdir(cache, { recursive: true });

  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  const workers = Array.from({ length: count }, () => openWorker<ToWorker, FromWorker>(new URL('./corpus-worker.ts', import.meta.url)));
  try {
    const t0 = performance.now();
    // Interleaved shares keep both workers equally busy whatever the folder order.
    const shares = workers.map((_, w) => files.filter((_, i) => i % count === w));
    const parsed = (await Promise.all(workers.map((worker, w) => worker.request({ type: 'parse', root, files: shares[w]! })))).flatMap(
      (reply) => (reply.type === 'parsed' ? reply.parsed : []),
    );
    parsed.sort((a, b) => (a.file < b.file ? -1 : 1));
    const t1 = performance.now();

    const { permalinks, published, problems: addressProblems } = assignPermalinks(parsed);
    const rendered = (await Promise.all(workers.map((worker) => worker.request({ type: 'render', cache, permalinks, published })))).flatMap((reply) =>
      reply.type === 'rendered' ? [reply] : [],
    );
    const written = rendered.reduce((sum, reply) => sum + reply.written, 0);
    const t2 = performance.now();

    const addresses = new Map(published);
    const split = new Map(rendered.flatMap((reply) => reply.split));
    const summaries = parsed.flatMap(({ file, summary }) => {
      const permalink = addresses.get(file);
      if (permalink === undefined || summary === null) return [];
      const parts = split.get(file);
      return [parts ? { ...summary, permalink, parts } : { ...summary, permalink }];
    });
    await writeFile(path.join(cache, CATALOG), JSON.stringify(summaries));
    await writeFile(path.join(cache, CODE_CATALOG), JSON.stringify(buildCodeCatalog(rendered.flatMap((reply) => reply.codes), summaries)));
    const t3 = performance.now();
    const features = new Map(rendered.flatMap((reply) => reply.features));
    const similar = startSimilar({
      cache,
      startedAt: Date.now(),
      summaries: summaries.map(({ id, number, title }) => ({ id, number, title })),
      features: summaries.map(({ sourcePath }) => features.get(sourcePath)!),
    });
    // Made once here, while the similar worker runs on the other core, for every thread that shows or indexes facets.
    const facetIndex = buildFacetIndex(summaries);
    await writeFile(path.join(cache, FACETS), JSON.stringify(packFacets(facetIndex, summaries.map((summary) => facetsOf(summary, facetIndex.vocabulary)))));
    const t4 = performance.now();
    const problems = [...scan.problems, ...parsed.flatMap((p: Parsed) => p.problems), ...addressProblems];
    return { root, read: files.length, written, summaries, problems, similar, seconds: { parse: (t1 - t0) / 1000, render: (t2 - t1) / 1000, codes: (t3 - t2) / 1000, facets: (t4 - t3) / 1000 } };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
