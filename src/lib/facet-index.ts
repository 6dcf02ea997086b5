/**
 * The facet index of the whole catalog and each article's facets, as the
 * corpus step computed them once (`facets.json`), loaded once per build
 * process or worker and shared by every browse page, article page and the
 * home page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import { FACETS } from '../build/build-corpus.ts';
import { cacheDir } from '../build/paths.ts';
import { browsePages, pageSizeFrom } from '../facets/browse-pages.ts';
import { isFacetFile, unpackFacets } from '../facets/facet-file.ts';
import type { ArticleFacets, BrowsePage, FacetIndex } from '../facets/types.ts';
import { loadCatalog } from './corpus-cache.ts';

let loaded: { index: FacetIndex; byPermalink: Map<string, ArticleFacets> } | undefined;
let byPermalink: Map<string, ArticleSummary> | undefined;

/** The facets file of the cache at `cache`, its articles keyed by the catalog's permalinks. */
export function readFacets(cache: string, catalog: readonly ArticleSummary[]): { index: FacetIndex; byPermalink: Map<string, ArticleFacets> } {
  const file = path.join(cache, FACETS);
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isFacetFile(json) || json.articles.length !== catalog.length) throw new Error(`${file} does not match the catalog beside it; build again with an empty cache`);
  const { index, articles } = unpackFacets(json);
  return { index, byPermalink: new Map(catalog.map((summary, i) => [summary.permalink, articles[i]!])) };
}

function facets() {
  loaded ??= readFacets(cacheDir(process.cwd()), loadCatalog());
  return loaded;
}

export function facetIndex(): FacetIndex {
  return facets().index;
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

/** An article's facets exactly as the index lists it. */
export function articleFacets(summary: ArticleSummary): ArticleFacets {
  const found = facets().byPermalink.get(summary.permalink);
  if (!found) throw new Error(`no facets for ${summary.permalink} in the cache's ${FACETS}`);
  return found;
}
