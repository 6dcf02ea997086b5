/** Browse lists cut into pages with stable URLs: `/product/<slug>/`, `/product/<slug>/2/`, ... */
import type { FacetKind, Page } from './types.ts';

/**
 * Rows per browse page. A plain table row (id and title linked to the
 * permalink, product linked to its page, date) measured over the corpus is
 * 287 bytes on average and 394 at most (a 116-character title); the fullest
 * of the 6,714 pages this gives is 52.5 KB of rows, leaving over 45 KB of the
 * 100 KB budget for the layout and the pager.
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

/**
 * The page numbers a pager shows: the first, the last, and `radius` either
 * side of the current page; `null` where numbers are left out. A gap of one
 * number shows the number instead, since it takes the same room.
 */
export function pageWindow(current: number, total: number, radius = 2): Array<number | null> {
  const shown: Array<number | null> = [];
  let last = 0;
  for (let n = 1; n <= total; n++) {
    if (n !== 1 && n !== total && Math.abs(n - current) > radius) continue;
    if (n - last === 2) shown.push(n - 1);
    else if (n - last > 2) shown.push(null);
    shown.push(n);
    last = n;
  }
  return shown;
}
