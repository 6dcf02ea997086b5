/**
 * An article number looked up in its folder's file (`/search/articles/152.json`):
 * the article if the archive has it, with its first sentence as excerpt, and
 * the articles citing the number.
 */
import { folderFor } from '../../article/permalink.ts';
import { SEARCH_FILES, type ArticleBrief, type ArticleFolderFile } from '../search-files.ts';
import { textExcerpt } from './excerpt.ts';
import { briefHit } from './hits.ts';
import type { RankedArticles } from './ranked-articles.ts';
import { siteJson } from './site-json.ts';
import type { SearchHit } from './types.ts';

export interface ArticleLookup {
  /** The article's own hit, when the archive has it. */
  hit: SearchHit | null;
  /** Articles citing the number, newest first, whether the archive has it or not. */
  citers: RankedArticles;
}

export function folderFile(n: number): Promise<ArticleFolderFile | null> {
  return siteJson<ArticleFolderFile>(SEARCH_FILES.articleFolder(folderFor(n)));
}

export async function lookupArticle(n: number): Promise<ArticleLookup> {
  const file = await folderFile(n);
  const brief = file?.articles[n];
  const lead = file?.leads[n];
  const cited = file?.citedBy[n] ?? { ids: [], top: [] };
  return {
    hit: brief ? briefHit(n, brief, undefined, lead ? textExcerpt(lead) : '') : null,
    citers: { ids: cited.ids, details: new Map(cited.top.map((b, i) => [cited.ids[i]!, { brief: b }])) },
  };
}

/** Briefs of article numbers from their folders' files (for code results past the ones a shard describes). */
export async function briefsOf(numbers: readonly number[]): Promise<Map<number, ArticleBrief>> {
  const files = await Promise.all([...new Set(numbers.map(folderFor))].map((folder) => siteJson<ArticleFolderFile>(SEARCH_FILES.articleFolder(folder))));
  const briefs = new Map<number, ArticleBrief>();
  for (const file of files) for (const n of numbers) if (file?.articles[n]) briefs.set(n, file.articles[n]!);
  return briefs;
}
