/**
 * Short links to articles (`/Q152941`, `/kb/152941`, ...) and the article
 * numbers hidden in mistyped paths. Used at build time (redirect pages) and
 * in the browser (the 404 page), so it imports only the pure id rules.
 */
import { isArticleId } from '../article/permalink.ts';

/**
 * The one short form published as a page per article: `/Q152941/`, the id as
 * the KB itself prints it. Every other spelling reaches it through
 * `_redirects` or the 404 page, so the output grows by one file per article.
 */
export function shortPath(id: string): string {
  // The page is written at this path: only an article id may become one.
  if (!isArticleId(id)) throw new Error(`no short link for ${JSON.stringify(id)}: not an article id`);
  return `/${id}/`;
}

/**
 * The article number a short link names, or null. Accepts `/Q152941`,
 * `/q152941`, `/KB152941`, `/kb152941` and `/kb/152941`, each with or without
 * a trailing slash. `/kb/<n>` needs four digits or more: `/kb/152/` is a
 * folder of the canonical tree, not an article.
 */
export function parseShortLink(pathname: string): number | null {
  const match = /^\/(?:q|kb)(\d+)\/?$/i.exec(pathname) ?? /^\/kb\/(\d{4,})\/?$/i.exec(pathname);
  return match ? toNumber(match[1]!) : null;
}

/**
 * A best guess at the article a missing path was after, for the 404 page:
 * a `Q`/`KB` number anywhere (`/kb/152/q152941`, `/KB 152941/`,
 * `/Q152941.htm`), else a bare five-to-seven-digit path segment.
 */
export function findArticleNumber(pathname: string): number | null {
  const path = safeDecode(pathname);
  const tagged = /(?:^|[^a-z0-9])(?:q|kb)[\s:_/-]*(\d{4,7})(?!\d)/i.exec(path);
  if (tagged) return toNumber(tagged[1]!);
  const bare = /(?:^|\/)(\d{5,7})(?=[./]|$)/.exec(path);
  return bare ? toNumber(bare[1]!) : null;
}

function toNumber(digits: string): number | null {
  const number = Number(digits);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
