/**
 * The meaning of each code key written into its exact-code shard, so the
 * line a code query shows above its results ("All 37 articles that mention
 * 0xC0000005: STATUS_ACCESS_VIOLATION") costs no request beyond the shard
 * the search fetches anyway.
 */
import type { CodeShardFile } from '../search/search-files.ts';
import { parseCodeKey } from './code-key.ts';
import { FAMILY_NAMES } from './meaning.ts';
import { meanings } from './meanings.ts';

export function addCodeMeanings(shards: Map<string, CodeShardFile>): Map<string, CodeShardFile> {
  for (const file of shards.values()) {
    for (const [key, entry] of Object.entries(file)) {
      if (!parseCodeKey(key)) continue;
      const meaning = meanings.meaningOf(key);
      entry.meaning = [meaning.names[0]?.name ?? '', FAMILY_NAMES[meaning.family].one, meaning.description?.text ?? ''];
    }
  }
  return shards;
}
