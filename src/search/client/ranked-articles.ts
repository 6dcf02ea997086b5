/**
 * A ranked list of article numbers of which the first few come with their
 * briefs (an exact-code key's articles, a missing number's citers): paged
 * into hits, the rest's briefs read from the article-number files.
 */
import type { ArticleBrief, CodeSnippet } from '../search-files.ts';
import { briefsOf } from './article-lookup.ts';
import { snippetExcerpt } from './excerpt.ts';
import { briefHit } from './hits.ts';
import type { ResultSource } from './result-source.ts';
import type { SearchHit } from './types.ts';

export interface Detail {
  brief: ArticleBrief;
  section?: { slug: string; title: string };
  /**
   * The words around the code that found the article, made into an excerpt
   * only when shown: the 404 page reads the code index too (src/codes/code-redirect.ts)
   * and needs no HTML.
   */
  snippet?: CodeSnippet;
}

export interface RankedArticles {
  ids: number[];
  details: Map<number, Detail>;
}

export async function rankedHits(ranked: RankedArticles, offset: number, limit: number): Promise<SearchHit[]> {
  const page = ranked.ids.slice(offset, offset + limit);
  const briefs = await briefsOf(page.filter((n) => !ranked.details.has(n)));
  return page.flatMap((n) => {
    const detail = ranked.details.get(n);
    if (detail) return [briefHit(n, detail.brief, detail.section, detail.snippet ? snippetExcerpt(detail.snippet) : '')];
    const brief = briefs.get(n);
    return brief ? [briefHit(n, brief)] : [];
  });
}

/** The list as a result source, without the articles in `exclude` (listed earlier on the page). */
export function rankedSource(ranked: RankedArticles, exclude: ReadonlySet<number> = new Set()): ResultSource {
  const kept = { ids: ranked.ids.filter((n) => !exclude.has(n)), details: ranked.details };
  return { total: kept.ids.length, page: (offset, limit) => rankedHits(kept, offset, limit) };
}
