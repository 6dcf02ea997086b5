/**
 * Article numbers typed into the search box, and the permalink each one names.
 *
 * The permalink is derived from the number alone (`/kb/152/Q152941/`), so the
 * search UI can open an article without loading any index; whether the
 * article exists is a separate check against a small static list.
 */

/**
 * The article number a whole query names, or null.
 *
 * Accepts `Q152941`, `q152941`, `KB152941`, `kb 152941`, `KB 152941` (and
 * `KB:152941`, `Q-152941`, a trailing `:`/`.`) with 1-7 digits, and a bare
 * `152941` of 5-6 digits: a bare number shorter than the archive's articles
 * is far more likely an error code than an article.
 */
export function parseArticleNumber(query: string): number | null {
  const q = query.trim().replace(/[.:;,]$/, '');
  const prefixed = /^(?:q|kb)[\s:#-]*0*(\d{1,7})$/i.exec(q);
  const bare = /^0*(\d{5,6})$/.exec(q);
  const digits = prefixed?.[1] ?? bare?.[1];
  if (digits === undefined) return null;
  const n = Number(digits);
  return n > 0 ? n : null;
}

/** The article id for a number: `Q152941`. */
export function articleIdFor(n: number): string {
  return `Q${n}`;
}

/** The folder of a number: floor(n / 1000), zero-padded to three digits (`152`). */
export function folderFor(n: number): string {
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`not an article number: ${n}`);
  return String(Math.floor(n / 1000)).padStart(3, '0');
}

/** The canonical permalink of an article number: `/kb/152/Q152941/`. */
export function permalinkFor(n: number): string {
  return `/kb/${folderFor(n)}/${articleIdFor(n)}/`;
}
