/** Browse lists cut into pages with stable URLs: `/product/<slug>/`, `/product/<slug>/2/`, ... */
import type { FacetKind, Page } from './types.ts';

/**
 * Rows per browse page. A row (id, title, product, date) is at most ~400
 * bytes of HTML: the corpus's longest title is 116 characters and longest
 * product label 55, plus ~200 bytes of markup and two permalinks. 150 rows
 * are then at most 60 KB, leaving 40 KB of the 100 KB page budget for the
 * layout and the pager; a typical page (titles average ~55 characters) is
 * nearer 35 KB.
 */
export const BROWSE_PAGE_SIZE = 150;

/** The URL of a facet value's browse page (page 1 has no number). */
export function facetUrl(kind: FacetKind, slug: string, page = 1): string {
  return page === 1 ? `/${kind}/${slug}/` : `/${kind}/${slug}/${page}/`;
}

/** `ids` in pages of `pageSize`, each page's URL under `base` (which ends in `/`). No ids, no pages. */
export function paginate(ids: readonly string[], base: string, pageSize = BROWSE_PAGE_SIZE): Page[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  if (!base.endsWith('/')) throw new RangeError(`base URL must end in "/", got "${base}"`);
  const total = Math.ceil(ids.length / pageSize);
  const url = (n: number) => (n === 1 ? base : `${base}${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    url: url(i + 1),
    ids: ids.slice(i * pageSize, (i + 1) * pageSize),
    total,
    prev: i === 0 ? null : url(i),
    next: i + 1 === total ? null : url(i + 2),
  }));
}
