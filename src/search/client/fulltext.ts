/**
 * Full-text search over the Pagefind bundles, all searched at once: by
 * relevance, every bundle's results ordered by score (as Pagefind's own
 * `mergeIndex` orders them); newest or oldest, each date-ordered bundle's
 * sorted results in turn, since a bundle's sorted scores are only positions.
 */
import { codeExcerpt, openingRuns, pagefindRuns, runsHtml, withoutLeadingLabels } from './excerpt.ts';
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
  const { modules, bundles } = await loadPagefind();
  if (query.sort === 'relevance') {
    const searches = await Promise.all(modules.map((module) => module.search(query.term, { filters: query.filters })));
    // each module's results are in score order already; a stable sort of them in module order is what one mergeIndex gives
    return searches.flatMap((search) => search?.results ?? []).sort((a, b) => b.score - a.score);
  }
  const sort = { date: query.sort === 'newest' ? ('desc' as const) : ('asc' as const) };
  const searches = await Promise.all(
    bundles.map((module, i) => module.search(query.term, { filters: { ...query.filters, [SHARD_FILTER]: String(i) }, sort })),
  );
  if (query.sort === 'newest') searches.reverse();
  return searches.flatMap((search) => search?.results ?? []);
}

/** Per filter and value, the counts of every module added up. */
export function sumCounts(counts: ReadonlyArray<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const bundle of counts) {
    for (const [kind, values] of Object.entries(bundle)) {
      const into = (sum[kind] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
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

/**
 * A result opens at its section with the most matches. The part before the
 * first heading is never that section, nor the excerpt's source: it holds
 * only the title, number and additional query words (search-document.ts), all
 * shown already or meaningless; a result matched there alone shows how its
 * text begins.
 */
export function pagefindHit(data: PagefindData, codeKeys: readonly string[]): SearchHit {
  const pageUrl = sitePath(data.url) ?? '/';
  const sections = (data.sub_results ?? []).filter((sub) => {
    const url = sitePath(sub.url);
    return url !== undefined && url !== pageUrl && url.includes('#');
  });
  const best = bestSubResult({ sub_results: sections });
  const section = best ? { title: best.title, url: sitePath(best.url)! } : null;
  const labels = [data.meta.title ?? '', data.meta.id ?? '', ...(data.anchors ?? []).map((anchor) => anchor.text), ...(best ? [best.title] : [])];
  let runs = withoutLeadingLabels(pagefindRuns(best?.excerpt ?? ''), labels);
  if (runs.length === 0) runs = openingRuns(data.content ?? '', labels, data.anchors?.[0]?.location ?? 0);
  let excerpt = runsHtml(runs);
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
  const { modules } = await loadPagefind();
  // Pagefind 1.6 counts a filter in a search's results only once its filter files are loaded, which
  // filters() does; the panel asks for counts only when it is opened, so this cost is paid on demand.
  const all = await Promise.all(modules.map((module) => module.filters()));
  const counts =
    query.term === null && Object.keys(query.filters).length === 0
      ? sumCounts(all)
      : sumCounts(await Promise.all(modules.map(async (module) => (await module.search(query.term, { filters: query.filters }))?.filters ?? {})));
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
