/**
 * The facet index of the whole catalog, built once per build process on first
 * use and shared by every browse page, article page and the home page.
 */
import type { ArticleSummary } from '../article/model.ts';
import { browsePages, pageSizeFrom } from '../facets/browse-pages.ts';
import { buildFacetIndex } from '../facets/build-index.ts';
import { facetsOf } from '../facets/facets-of.ts';
import type { ArticleFacets, BrowsePage, FacetIndex } from '../facets/types.ts';
import { loadCatalog } from './corpus-cache.ts';

let index: FacetIndex | undefined;
let byPermalink: Map<string, ArticleSummary> | undefined;
const facetsByPermalink = new Map<string, ArticleFacets>();

export function facetIndex(): FacetIndex {
  index ??= buildFacetIndex(loadCatalog());
  return index;
}

/** Rows per browse page: `KB_BROWSE_PAGE_SIZE` if set (test builds), else the default. */
export function browsePageSize(): number {
  return pageSizeFrom(process.env.KB_BROWSE_PAGE_SIZE);
}

export function allBrowsePages(): BrowsePage[] {
  return browsePages(facetIndex(), browsePageSize());
}

/** The catalog entry published at `permalink` (unique, unlike ids). */
export function summaryAt(permalink: string): ArticleSummary | undefined {
  byPermalink ??= new Map(loadCatalog().map((summary) => [summary.permalink, summary]));
  return byPermalink.get(permalink);
}

/**
 * An article's facets exactly as the index lists it. Memoised: a browse row
 * needs its article's product, and an article is a row on several pages.
 */
export function articleFacets(summary: ArticleSummary): ArticleFacets {
  let facets = facetsByPermalink.get(summary.permalink);
  if (!facets) {
    facets = facetsOf(summary, facetIndex().vocabulary);
    facetsByPermalink.set(summary.permalink, facets);
  }
  return facets;
}
