/**
 * Article ids, numbers and permalinks: the one place they are recognised and
 * derived, and the one rule for which permalinks may become pages. Pure, so
 * the build, the pages and the browser scripts share it.
 */

/** `Q152941`: Q and an article number of one to seven digits, no leading zero (the archive's are five or six). */
const ARTICLE_ID = /^Q([1-9][0-9]{0,6})$/;
/** A page's segment of a path: letters, digits, `_` and `-`; no dot, so never `.`, `..` or a `.json` beside a page. */
const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** Longer segments would be refused by file systems (255 bytes per name) once suffixed; no article needs more. */
export const MAX_SEGMENT = 100;

export function isArticleId(text: string): boolean {
  return ARTICLE_ID.test(text);
}

/** `Q152941` -> 152941; 0 for anything that is not an article id. */
export function numberOfId(id: string): number {
  return Number(ARTICLE_ID.exec(id)?.[1] ?? 0);
}

/** 152941 -> `Q152941`. */
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

/** `Q152941` -> `/kb/152/Q152941/`; null for anything that is not an article id. */
export function permalinkFromId(id: string): string | null {
  const n = numberOfId(id);
  return n > 0 ? permalinkFor(n) : null;
}

/** `kb/152/Q152941/README.md` (any prefix before `kb/`, either slash) -> `Q152941`; null when the folder is not an id. */
export function idFromPath(sourcePath: string): string | null {
  const folder = /(?:^|\/)([^/]+)\/README\.md$/.exec(sourcePath.replaceAll('\\', '/'))?.[1] ?? '';
  return isArticleId(folder) ? folder : null;
}

/**
 * Of two files with the same id, the one links to that id lead to: the one
 * filed under the id's own folder, else the first (files come in path order).
 */
export function prefersForId(id: string, first: { sourcePath: string }, later: { sourcePath: string }): boolean {
  return idFromPath(first.sourcePath) !== id && idFromPath(later.sourcePath) === id;
}

/**
 * The address of the file's own folder: `kb/152/Q152941/README.md` (any prefix
 * before `kb/`) -> `/kb/152/Q152941/`; null for other paths, and for folders
 * whose names could not be a safe permalink.
 */
export function permalinkFromPath(sourcePath: string): string | null {
  const match = /(?:^|\/)kb\/([^/]+)\/([^/]+)\/README\.md$/.exec(sourcePath.replaceAll('\\', '/'));
  if (!match) return null;
  const permalink = `/kb/${match[1]}/${match[2]}/`;
  return unsafePermalinkReason(permalink) ? null : permalink;
}

/** `kb/152/Q152941` -> `/kb/152/Q152941/`: one leading and one trailing slash, nothing else changed. */
export function normalisePermalink(raw: string): string {
  const trimmed = raw.trim();
  return (trimmed.startsWith('/') ? '' : '/') + trimmed + (trimmed.endsWith('/') ? '' : '/');
}

/**
 * Why a permalink must not become a page, or null when it is safe. Safe is
 * the archive's own shape, `/kb/<folder>/<article>/`: every other path
 * belongs to the site itself, and segments of `A-Z a-z 0-9 _ -` (at most
 * MAX_SEGMENT long) can hold no scheme, query, backslash, dot segment or
 * escape from the output folder, and never clash with an article's `.json`.
 */
export function unsafePermalinkReason(permalink: string): string | null {
  if (!permalink.startsWith('/') || !permalink.endsWith('/')) return 'does not start and end with /';
  const segments = permalink.slice(1, -1).split('/');
  if (segments.some((segment) => segment === '')) return 'has an empty segment (//)';
  if (segments.some((segment) => !SEGMENT.test(segment))) return 'has characters outside A-Z a-z 0-9 _ - /';
  if (segments.some((segment) => segment.length > MAX_SEGMENT)) return `has a segment longer than ${MAX_SEGMENT} characters`;
  if (segments[0] !== 'kb' || segments.length !== 3) return 'is not of the form /kb/<folder>/<article>/';
  return null;
}

/** A permalink as an Astro rest parameter (`kb/152/Q152941`); throws on an unsafe one, which the build never makes. */
export function routeParam(permalink: string): string {
  const reason = unsafePermalinkReason(permalink);
  if (reason) throw new Error(`refusing to publish outside the site: unsafe permalink ${JSON.stringify(permalink)} ${reason}`);
  return permalink.slice(1, -1);
}
