/**
 * Error codes and lone numbers answered from the exact-code index: one shard
 * file per key, the articles having every key, ranked as the build ranked
 * the most specific key's list.
 */
import { shardName } from '../code-shard.ts';
import { CODE_SHARDS, SEARCH_FILES, type ArticleBrief, type CodeEntry, type CodeShardFile } from '../search-files.ts';
import type { Detail, RankedArticles } from './ranked-articles.ts';
import { siteJson } from './site-json.ts';

export type CodeLookup =
  /** Articles having every key, best first. */
  | ({ kind: 'found' } & RankedArticles)
  /** A key is in too many articles to be listed: the full-text index answers instead. */
  | { kind: 'common' }
  /** Some key is in no article. */
  | { kind: 'none' };

export function codeEntry(key: string): Promise<CodeEntry | { common: number } | undefined> {
  return siteJson<CodeShardFile>(SEARCH_FILES.codeShard(shardName(key, CODE_SHARDS))).then((file) =>
    file && Object.hasOwn(file, key) ? file[key] : undefined,
  );
}

export async function lookupCodes(keys: readonly string[]): Promise<CodeLookup> {
  const entries = await Promise.all(keys.map(codeEntry));
  if (entries.some((entry) => entry === undefined)) return { kind: 'none' };
  if (entries.some((entry) => entry && 'common' in entry)) return { kind: 'common' };
  const lists = (entries as CodeEntry[]).sort((a, b) => a.ids.length - b.ids.length);
  const others = lists.slice(1).map((entry) => new Set(entry.ids));
  const ids = lists[0]!.ids.filter((n) => others.every((set) => set.has(n)));
  const details = new Map<number, Detail>();
  for (const entry of lists) {
    entry.top.forEach(([title, product, date, permalink, slug, section, before = '', code = '', after = ''], i) => {
      const n = entry.ids[i]!;
      if (details.has(n)) return;
      const brief: ArticleBrief = permalink ? [title, product, date, permalink] : [title, product, date];
      details.set(n, { brief, ...(slug ? { section: { slug, title: section } } : {}), ...(code.trim() ? { snippet: [before, code, after] } : {}) });
    });
  }
  return ids.length > 0 ? { kind: 'found', ids, details } : { kind: 'none' };
}
