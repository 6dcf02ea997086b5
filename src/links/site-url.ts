/**
 * The one place the site's address is decided, and the one helper every URL
 * the site writes goes through.
 *
 * The site may be served under a path (GitHub Pages serves a project at
 * `https://<user>.github.io/kbarchive/`). Everything the site knows about its
 * own pages (permalinks, facet URLs, search files, short links) is a *site
 * path*: `/kb/152/Q152941/`, relative to the site's address. `withBase()` turns
 * a site path into the path the browser requests (`/kbarchive/kb/152/Q152941/`)
 * and `siteUrl()` into an absolute URL; `withoutBase()` goes back.
 *
 * The base comes from `BASE_PATH`, else from `SITE_URL`'s path, else `/`. In
 * Node (astro.config.ts, integrations, worker threads, page rendering) it is
 * read from the environment; in the browser from `import.meta.env.BASE_URL`,
 * which Vite writes from the `base` astro.config.ts sets with the same function.
 */
import { DEFAULT_SITE_URL } from '../consts.ts';

export interface AddressEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** `kbarchive`, `/kbarchive`, `/kbarchive/` -> `/kbarchive/`; empty -> `/`. */
export function normaliseBase(base: string): string {
  const inner = base.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

/** The base path the site is served under: `BASE_PATH`, else `SITE_URL`'s path, always `/…/`. */
export function basePathFrom(env: AddressEnv): string {
  if (env.BASE_PATH) return normaliseBase(env.BASE_PATH);
  return normaliseBase(env.SITE_URL ? new URL(env.SITE_URL).pathname : '/');
}

/** The site's full address with its base: `https://example.github.io/kbarchive/`. */
export function siteAddressFrom(env: AddressEnv): string {
  return new URL(basePathFrom(env), env.SITE_URL || DEFAULT_SITE_URL).href;
}

function configuredBase(): string {
  // Node (the config, integrations, worker threads, page rendering) reads the environment the config read;
  // Vite's import.meta.env is not trustworthy there (the config loader sees BASE_URL `/`). Browsers have no
  // process, and Vite has written the configured base into import.meta.env.BASE_URL of the client bundle.
  // (Vite also turns `process.env` into `{}` in client code, so the test is for a window, not for a process.)
  if (typeof window === 'undefined') return basePathFrom(globalThis.process?.env ?? {});
  return normaliseBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');
}

/** The base path of this build: `/` or `/kbarchive/`. */
export const BASE_PATH = configuredBase();

/** `/kb/152/Q152941/` -> `/kbarchive/kb/152/Q152941/`. Fragments, queries and other URLs pass unchanged. */
export function withBase(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base + path.slice(1);
}

/** `/kbarchive/kb/152/` -> `/kb/152/`; null for a path outside the base. `/kbarchive` counts as the base itself. */
export function withoutBase(pathname: string, base: string = BASE_PATH): string | null {
  if (pathname.startsWith(base)) return '/' + pathname.slice(base.length);
  if (pathname + '/' === base) return '/';
  return null;
}

/** A site path as an absolute URL on `site` (which carries the base): canonical links, previews, citations, sitemaps. */
export function siteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path, basePathOf(site)), site).href;
}

/** The base path a site address carries: `https://example.github.io/kbarchive/` -> `/kbarchive/`. */
export function basePathOf(site: URL | string): string {
  return normaliseBase(new URL(site).pathname);
}
