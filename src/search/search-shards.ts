/**
 * The full-text index is split into Pagefind bundles of at most SHARD_SIZE
 * articles. Pagefind's indexer holds a whole bundle in memory (about 150 KB
 * per article: 9 GB for the full archive in one bundle), so shards keep the
 * build's peak memory flat; the browser merges them into one search.
 *
 * Shards hold consecutive ranges of dates, oldest first. Pagefind sorts
 * within a bundle but orders a merged search by score, which interleaves the
 * bundles; with date-ordered shards a search sorted by date is simply each
 * shard's sorted results one shard after another.
 */
import { sortDate } from './search-document.ts';

/** `KB_SEARCH_SHARD_SIZE` lets the tests build several bundles from the 35-article sample. */
export const SHARD_SIZE = Number(process.env.KB_SEARCH_SHARD_SIZE) || 16_000;

/**
 * Fragments (a page's text and meta, fetched per result shown) per bundle:
 * beyond this Pagefind packs several pages' fragments into one file, which
 * cuts the file count but makes each result fetch its neighbours too.
 */
export const MAX_FRAGMENTS = 2000;

/** Bundle folders under the site root, oldest dates first. */
export function shardPaths(articleCount: number): string[] {
  const count = Math.max(1, Math.ceil(articleCount / SHARD_SIZE));
  return Array.from({ length: count }, (_, i) => `/pagefind/${i}/`);
}

interface Dated {
  number: number;
  permalink: string;
  lastModified: string | null;
}

/** Oldest first (undated first, as they sort), then by article number. */
export function byShardOrder(a: Dated, b: Dated): number {
  const da = sortDate({ header: a });
  const db = sortDate({ header: b });
  return da < db ? -1 : da > db ? 1 : a.number - b.number || (a.permalink < b.permalink ? -1 : a.permalink > b.permalink ? 1 : 0);
}

/** Splits articles into consecutive date ranges of near-equal size. */
export function splitIntoShards<T extends Dated>(items: readonly T[]): T[][] {
  const sorted = [...items].sort(byShardOrder);
  const count = shardPaths(sorted.length).length;
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * size, (i + 1) * size));
}
