/**
 * The corpus step's similarity output: one entry per catalog article, in
 * catalog order, naming its similar articles and same-text twins by their
 * position in the catalog, each similar one with its reason.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import type { ArticleFeatures } from './features.ts';
import { DEFAULTS, findNeighbours } from './neighbours.ts';
import { reason } from './reasons.ts';

/** Beside the catalog in the cache. */
export const SIMILAR_FILE = 'similar.json';

/** `[[catalog index, reason], ...]` and the catalog indexes of the same text published under other numbers. */
export type SimilarEntry = [similar: Array<[index: number, reason: string]>, duplicates: number[]];

export function similarEntries(summaries: readonly ArticleSummary[], features: readonly ArticleFeatures[]): SimilarEntry[] {
  const docs = summaries.map(({ id, number }, i) => ({ id, number, features: features[i]! }));
  const { similar, duplicates, wordFrequency } = findNeighbours(docs, DEFAULTS);
  const side = (i: number) => ({ id: summaries[i]!.id, title: summaries[i]!.title, features: features[i]! });
  return summaries.map((_, d) => [
    similar[d]!.map(({ index }): [number, string] => [index, reason({ from: side(d), to: side(index), wordFrequency, articles: summaries.length })]),
    duplicates[d]!,
  ]);
}

/** Computes and writes the entries; returns how long the computing took, in seconds. */
export async function writeSimilar(cache: string, summaries: readonly ArticleSummary[], features: readonly ArticleFeatures[]): Promise<number> {
  const started = performance.now();
  const entries = similarEntries(summaries, features);
  const seconds = (performance.now() - started) / 1000;
  await writeFile(path.join(cache, SIMILAR_FILE), JSON.stringify(entries));
  return seconds;
}
