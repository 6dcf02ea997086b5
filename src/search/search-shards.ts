/**
 * The full-text index is split into Pagefind bundles of at most SHARD_SIZE
 * articles, by article number. Pagefind's indexer holds a whole bundle in
 * memory (about 150 KB per article: 9 GB for the full archive in one bundle),
 * so shards keep the build's peak memory flat; the browser merges them
 * (`mergeIndex`) into one search.
 */
export const SHARD_SIZE = 16_000;

/** Bundle folders under the site root, in the order the browser loads them. */
export function shardPaths(articleCount: number): string[] {
  const count = Math.max(1, Math.ceil(articleCount / SHARD_SIZE));
  return Array.from({ length: count }, (_, i) => `/pagefind/${i}/`);
}

/** Splits items sorted by article number into consecutive shards of near-equal size. */
export function splitIntoShards<T>(sorted: T[]): T[][] {
  const count = shardPaths(sorted.length).length;
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * size, (i + 1) * size));
}
