/**
 * The corpus step's similarity output: one entry per catalog article, in
 * catalog order, naming its similar articles and same-text twins by their
 * position in the catalog, each similar one with its reason.
 */
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import { similarWanted } from '../build/paths.ts';
import { runWorker } from '../lib/worker-messages.ts';
import type { ArticleFeatures } from './features.ts';
import { DEFAULTS, findNeighbours } from './neighbours.ts';
import { reasoner } from './reasons.ts';
import { similarPending } from './similar-ready.ts';

/** Beside the catalog in the cache. */
export const SIMILAR_FILE = 'similar.json';

/** `[[catalog index, reason], ...]` and the catalog indexes of the same text published under other numbers. */
export type SimilarEntry = [similar: Array<[index: number, reason: string]>, duplicates: number[]];

/** What the lists need of each catalog article besides its features. */
export type SimilarSummary = Pick<ArticleSummary, 'id' | 'number' | 'title'>;

export interface SimilarJob {
  cache: string;
  /** `Date.now()` when the job was handed out, to tell how long after it the file was there. */
  startedAt: number;
  /** In catalog order, as `features`. */
  summaries: SimilarSummary[];
  features: ArticleFeatures[];
}

export function similarEntries(summaries: readonly SimilarSummary[], features: readonly ArticleFeatures[]): SimilarEntry[] {
  const docs = summaries.map(({ id, number }, i) => ({ id, number, features: features[i]! }));
  const { similar, duplicates, bodyFrequency, titleFrequency } = findNeighbours(docs, DEFAULTS);
  const reason = reasoner({ body: bodyFrequency, title: titleFrequency, articles: summaries.length });
  const sides = summaries.map(({ id, title }, i) => ({ id, title, features: features[i]! }));
  return summaries.map((_, d) => [similar[d]!.map(({ index }): [number, string] => [index, reason(sides[d]!, sides[index]!)]), duplicates[d]!]);
}

/** Seconds spent computing the lists, and from the hand-out to the file being there. */
export interface SimilarTimes {
  computing: number;
  written: number;
}

/** Computes and writes the entries (in full or not at all: readers may look as soon as the file is there). */
export async function writeSimilar({ cache, summaries, features, startedAt }: SimilarJob): Promise<SimilarTimes> {
  const started = performance.now();
  const entries = similarEntries(summaries, features);
  const computing = (performance.now() - started) / 1000;
  const file = path.join(cache, SIMILAR_FILE);
  await writeFile(`${file}.part`, JSON.stringify(entries));
  await rename(`${file}.part`, file);
  return { computing, written: (Date.now() - startedAt) / 1000 };
}

/**
 * Starts the worker that writes the entries and tells the pages to wait for it; settles with its times, or
 * rejects with its failure.
 */
export function startSimilar(job: SimilarJob): Promise<SimilarTimes> {
  if (!similarWanted()) {
    // Built without them (KB_SIMILAR=0): every list empty, and the workers sent no features.
    const none = writeSimilar({ ...job, summaries: [], features: [] });
    similarPending(none);
    return none;
  }
  // Copied, not transferred: a transfer list of 3 buffers per article (181,000 on the full corpus) overflows the
  // stack in `new Worker`; the copy costs one more set of the features' memory while the worker starts.
  const done = runWorker<SimilarTimes>(new URL('./similar-worker.ts', import.meta.url), { workerData: job }).then((reply) => {
    if (!reply.ok) throw new Error(`similar articles failed: ${reply.message}`);
    return reply.value;
  });
  similarPending(done);
  return done;
}
