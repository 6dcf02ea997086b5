/** Facets: keyword, product, version, operating system and year values for browsing the catalog. */
export { buildFacetIndex } from './build-index.ts';
export { facetsOf } from './facets-of.ts';
export { BROWSE_PAGE_SIZE, facetUrl, paginate } from './paginate.ts';
export { facetReport } from './report.ts';
export { slugify } from './slugify.ts';
export * from './types.ts';
