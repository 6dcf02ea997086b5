/**
 * Which file of the exact-code index holds a key. The build writes each key's
 * article list into `/search/codes/<shard>.json` and the search UI fetches
 * only the shard of the key it looks up, so both must agree on this function.
 */

/** FNV-1a, 32-bit: cheap, stable across runtimes, and spreads short keys well. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard number of a key, in `0 .. shards-1`. */
export function shardOf(key: string, shards: number): number {
  if (!Number.isInteger(shards) || shards < 1) throw new RangeError(`shard count must be a positive integer: ${shards}`);
  return fnv1a(key) % shards;
}

const nameOf = (shard: number, shards: number) => shard.toString(16).padStart(Math.max(1, (shards - 1).toString(16).length), '0');

/** The file name of a key's shard: its number in fixed-width hex (`03f` of 512). */
export function shardName(key: string, shards: number): string {
  return nameOf(shardOf(key, shards), shards);
}

/** Every shard's file name, in order. */
export function shardNames(shards: number): string[] {
  return Array.from({ length: shards }, (_, shard) => nameOf(shard, shards));
}
