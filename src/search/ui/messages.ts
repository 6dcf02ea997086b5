/** The words the search page shows and announces, as plain text. */
import type { SearchPage, SearchState, SortOrder } from '../client/types.ts';
import type { FilterKind } from '../client/search-state.ts';

export const FILTER_LABELS: Record<FilterKind, string> = {
  product: 'Product',
  version: 'Version',
  os: 'Operating system',
  year: 'Year',
  keyword: 'Keyword',
};

export const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const filterCount = (state: SearchState) => Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);

/** `57 results for “c0000005”, 2 filters` — what the live region announces after a search. */
export function resultsSummary(state: SearchState, page: SearchPage, shown: number): string {
  if (page.missingArticle) {
    return `${page.missingArticle} is not in the archive; ${plural(page.total, 'article cites', 'articles cite')} it.`;
  }
  const filters = filterCount(state);
  const scope = `${state.q ? ` for “${state.q}”` : ''}${filters ? ` with ${plural(filters, 'filter')}` : ''}`;
  if (page.total === 0) return `No results${scope}.`;
  const more = shown < page.total ? `, showing ${shown.toLocaleString('en')}` : '';
  const citing = page.article && page.citers > 0 ? `: ${page.article.id}, then ${plural(page.citers, 'article that cites', 'articles that cite')} it` : '';
  return `${plural(page.total, 'result')}${scope}${citing}${more}.`;
}

/** The document title for a search. */
export function searchTitle(state: SearchState, siteTitle: string): string {
  return state.q ? `“${state.q}” – Search · ${siteTitle}` : `Search · ${siteTitle}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `1999-03-29` -> `29 Mar 1999`; anything else as it came. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}
