/**
 * How an article page lists the articles citing it. Some are cited by over a
 * thousand (Q152734: 1,341), and a link each made that one page 52 KB
 * gzipped: the page lists the first LISTED (the first SHOWN open, the rest
 * folded), and names how many more there are; the article's JSON (`citedBy`)
 * has them all.
 */

/** How many citing articles show before the rest fold into a disclosure. */
export const SHOWN = 25;
/** How many a page lists at all: ~100 B each, so at most ~3 KB gzipped. */
export const LISTED = 100;

export function referencedByList<T>(citing: readonly T[]): { shown: T[]; folded: T[]; unlisted: number } {
  return { shown: citing.slice(0, SHOWN), folded: citing.slice(SHOWN, LISTED), unlisted: Math.max(0, citing.length - LISTED) };
}
