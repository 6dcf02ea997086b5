/**
 * Fetching the search's static JSON files: same-site paths only, each file
 * fetched once per page (a second query for the same key costs nothing), and
 * a missing file read as null rather than an error: a folder with no
 * articles, or a shard no key fell into, simply has no file.
 */
import { withBase } from '../../links/site-url.ts';

const cache = new Map<string, Promise<unknown>>();

/** True for a path on this site: `/search/...`, never `//host/...` or a URL with a scheme. */
export function isSitePath(path: string): boolean {
  return /^\/(?![/\\])[\w\-./]*$/.test(path) && !path.includes('..');
}

/** `path` is a site path (`/search/meta.json`), fetched under the site's base. */
export function siteJson<T>(path: string): Promise<T | null> {
  if (!isSitePath(path)) return Promise.reject(new Error(`not a path on this site: ${path}`));
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(withBase(path), { credentials: 'same-origin' }).then(async (response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    // a failed fetch (offline, a server error) may succeed next time
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T | null>;
}
