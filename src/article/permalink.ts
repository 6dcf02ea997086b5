/** Canonical article paths: normalising, checking and deriving them. */

/** `kb/152/Q152941/README.md` (any prefix before `kb/`) -> `/kb/152/Q152941/`; null for other paths. */
export function permalinkFromPath(sourcePath: string): string | null {
  const match = /(?:^|\/)kb\/(\d{3})\/(Q\d+)\/README\.md$/.exec(sourcePath.replaceAll('\\', '/'));
  return match ? `/kb/${match[1]}/${match[2]}/` : null;
}

/** `Q152941` -> `/kb/152/Q152941/`: the archive files each article under its number's thousands. */
export function permalinkFromId(id: string): string {
  const number = Number(/^Q(\d+)$/.exec(id)?.[1] ?? 0);
  return `/kb/${String(Math.floor(number / 1000)).padStart(3, '0')}/Q${number}/`;
}

/** `kb/152/Q152941` -> `/kb/152/Q152941/`: one leading and one trailing slash, nothing else changed. */
export function normalisePermalink(raw: string): string {
  const trimmed = raw.trim();
  return (trimmed.startsWith('/') ? '' : '/') + trimmed + (trimmed.endsWith('/') ? '' : '/');
}

/**
 * Why a normalised permalink must not become a route, or null when it is safe.
 * Safe means: under `/kb/` (every other path belongs to the site itself),
 * only `A-Z a-z 0-9 . _ ~ -` in segments, and no empty, `.` or `..` segment,
 * so no scheme, query, backslash, `//` or escape from the output folder.
 */
export function unsafePermalinkReason(permalink: string): string | null {
  if (/[^A-Za-z0-9._~/-]/.test(permalink)) return 'has characters outside A-Z a-z 0-9 . _ ~ - /';
  const segments = permalink.slice(1, -1).split('/');
  if (segments.some((segment) => segment === '')) return 'has an empty segment (//)';
  if (segments.some((segment) => segment === '.' || segment === '..')) return 'has a . or .. segment';
  if (segments[0] !== 'kb' || segments.length < 2) return 'is not under /kb/';
  return null;
}
