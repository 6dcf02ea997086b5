/**
 * Hits from the word index's article rows (`/search/rows/<shard>.json`):
 * the brief and the first sentence of the article's summary, the query's
 * words marked in it. Ten results cost ten small files and no Pagefind.
 */
import { articleIdFor, permalinkFor } from '../../article/permalink.ts';
import { shardName } from '../code-shard.ts';
import { ROW_SHARDS, WORD_FILES, type RowShardFile } from '../search-files.ts';
import { termOf } from '../words/tokens.ts';
import { runsHtml } from './excerpt.ts';
import { siteJson } from './site-json.ts';
import type { SearchHit } from './types.ts';

/** Safe HTML (src/lib/html.ts through `runsHtml`): the text, each word whose term is one of `terms` marked. */
export function markTerms(text: string, terms: ReadonlySet<string>): string {
  return runsHtml(text.split(/([\p{L}\p{N}]+)/u).map((part, i) => ({ text: part, marked: i % 2 === 1 && terms.has(termOf(part.toLowerCase())) })));
}

export async function rowHits(numbers: readonly number[], terms: readonly string[]): Promise<SearchHit[]> {
  const files = await Promise.all(numbers.map((n) => siteJson<RowShardFile>(WORD_FILES.rows(shardName(String(n), ROW_SHARDS)))));
  const marked = new Set(terms);
  return numbers.flatMap((n, i) => {
    const row = files[i]?.[n];
    if (!row) return [];
    const [title, product, date, permalink, description] = row;
    return [{ id: articleIdFor(n), title, url: permalink || permalinkFor(n), product, date: date || null, excerpt: description !== title ? markTerms(description, marked) : '', section: null }];
  });
}
