/**
 * Article numbers typed into the search box, and the permalink each one names.
 *
 * The permalink is derived from the number alone (`permalinkFor` in
 * src/article/permalink.ts), so the search UI can open an article without
 * loading any index; whether the article exists is a separate check against a
 * small static list.
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
