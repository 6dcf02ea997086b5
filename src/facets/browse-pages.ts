/** Every facet page the site publishes: each value's articles, cut into pages. */
import { BROWSE_PAGE_SIZE, facetUrl, paginate } from './paginate.ts';
import { FACET_KINDS, type BrowsePage, type FacetIndex } from './types.ts';

/**
 * One entry per page of every value of every kind. A value always has at
 * least one article (the index never makes an empty one), so it always has
 * a page 1, at the bare URL.
 */
export function browsePages(index: FacetIndex, pageSize = BROWSE_PAGE_SIZE): BrowsePage[] {
  return FACET_KINDS.flatMap((kind) =>
    index.values[kind].flatMap((entry) => paginate(entry.ids, facetUrl(kind, entry.slug), pageSize).map((page) => ({ entry, page }))),
  );
}

/**
 * The browse page size from the environment (`KB_BROWSE_PAGE_SIZE`), for
 * test builds that need pages 2 and up from a small sample; the default otherwise.
 */
export function pageSizeFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return BROWSE_PAGE_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`KB_BROWSE_PAGE_SIZE must be a positive integer, got "${value}"`);
  return size;
}
