/**
 * Full-text search over the merged Pagefind bundles: relevance in one
 * search; newest or oldest as each date-ordered bundle's sorted results in
 * turn, since a merged search re-orders everything by score.
 */
import { codeExcerpt, sanitizeExcerpt } from './excerpt.ts';
import { loadPagefind, SHARD_FILTER, type PagefindData, type PagefindFilters, type PagefindResult, type PagefindSubResult } from './pagefind.ts';
import type { SearchHit, SortOrder } from './types.ts';

export interface FulltextQuery {
  /** The Pagefind query (`pagefindQuery`), or null for every article matching the filters. */
  term: string | null;
  filters: PagefindFilters;
  sort: SortOrder;
  /** Code keys the query asked for: excerpts are centred on the code as written. */
  codeKeys: readonly string[];
}

export async function rankedResults(query: FulltextQuery): Promise<PagefindResult[]> {
  const { pagefind, shards } = await loadPagefind();
  if (query.sort === 'relevance') return (await pagefind.search(query.term, { filters: query.filters }))?.results ?? [];
  const order = Array.from({ length: shards }, (_, i) => i);
  if (query.sort === 'newest') order.reverse();
  const sort = { date: query.sort === 'newest' ? ('desc' as const) : ('asc' as const) };
  const perShard = await Promise.all(
    order.map((i) => pagefind.search(query.term, { filters: { ...query.filters, [SHARD_FILTER]: String(i) }, sort })),
  );
  return perShard.flatMap((search) => search?.results ?? []);
}

/** The hits of some ranked results: each loads its fragment (meta, sub-results, excerpt). */
export function hitsOf(results: readonly PagefindResult[], codeKeys: readonly string[]): Promise<SearchHit[]> {
  return Promise.all(results.map(async (result) => pagefindHit(await result.data(), codeKeys)));
}

/** The sub-result with the most matches: the section a result should open at. */
export function bestSubResult(data: Pick<PagefindData, 'sub_results'>): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of data.sub_results ?? []) if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  return best;
}

const sitePath = (url: string | undefined) => (url && /^\/(?![/\\])/.test(url) ? url : undefined);

export function pagefindHit(data: PagefindData, codeKeys: readonly string[]): SearchHit {
  const best = bestSubResult(data);
  const pageUrl = sitePath(data.url) ?? '/';
  const sectionUrl = sitePath(best?.url);
  const section = best && sectionUrl && sectionUrl !== pageUrl && sectionUrl.includes('#') ? { title: best.title, url: sectionUrl } : null;
  let excerpt = sanitizeExcerpt(best?.excerpt ?? data.excerpt ?? '');
  if (codeKeys.length > 0 && !excerpt.includes('<mark>')) excerpt = codeExcerpt(data.content ?? '', codeKeys) || excerpt;
  return {
    id: data.meta.id ?? '',
    title: data.meta.title ?? '',
    url: section?.url ?? pageUrl,
    product: data.meta.product ?? '',
    date: data.meta.date || null,
    excerpt,
    section,
  };
}

/** Per filter kind, the values and their counts for a query, most frequent first (the shard tag left out). */
export async function fulltextFacets(query: FulltextQuery): Promise<Record<string, Array<{ value: string; count: number }>>> {
  const { pagefind } = await loadPagefind();
  const counts =
    query.term === null && Object.keys(query.filters).length === 0
      ? await pagefind.filters()
      : ((await pagefind.search(query.term, { filters: query.filters }))?.filters ?? {});
  const facets: Record<string, Array<{ value: string; count: number }>> = {};
  for (const [kind, values] of Object.entries(counts)) {
    if (kind === SHARD_FILTER) continue;
    facets[kind] = Object.entries(values)
      .filter(([, count]) => count > 0)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return facets;
}
