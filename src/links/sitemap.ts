/** Sitemaps (at most 50,000 URLs per file, as the protocol requires), their index, and robots.txt. */
import { parseShortLink } from './short-links.ts';
import { basePathOf, siteUrl, withBase } from './site-url.ts';

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date, when known. */
  lastmod?: string | null;
}

export interface OutputFile {
  /** Path relative to the output folder. */
  file: string;
  text: string;
}

/**
 * The pages worth crawling among all built paths: HTML pages (folders), not
 * the 404 page, endpoints (`.json`, `.txt`) or short-link pages (which only
 * redirect), sorted, dated by `lastModified` where an article has one.
 */
export function sitemapEntries(pagePaths: Iterable<string>, site: string, lastModified: ReadonlyMap<string, string | null>): SitemapEntry[] {
  return [...pagePaths]
    .filter((page) => page.endsWith('/') && page !== '/404/' && parseShortLink(page) === null)
    .sort()
    .map((page) => ({ loc: siteUrl(page, site), lastmod: lastModified.get(page) ?? null }));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * `sitemap-index.xml` plus `sitemap-1.xml`, `sitemap-2.xml`, ... at the site's
 * root, under its base (a sitemap may only list URLs below its own folder).
 */
export function sitemapFiles(entries: readonly SitemapEntry[], site: string, limit = SITEMAP_LIMIT): OutputFile[] {
  const parts = chunk(entries, limit).map((part, i) => ({ file: `sitemap-${i + 1}.xml`, text: sitemapXml(part) }));
  const index = sitemapIndexXml(parts.map(({ file }) => siteUrl('/' + file, site)));
  return [{ file: SITEMAP_INDEX, text: index }, ...parts];
}

export const SITEMAP_INDEX = 'sitemap-index.xml';

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ loc, lastmod }) => `<url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(locs: readonly string[]): string {
  const maps = locs.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`;
}

/**
 * Everything may be crawled; the sitemap index says where the pages are.
 * Crawlers only read robots.txt at an origin's root, so under a base path
 * (`/kbarchive/robots.txt`) this file is a suggestion for the origin's owner;
 * the sitemap index is what search consoles are given.
 */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: ${withBase('/', basePathOf(site))}\n\nSitemap: ${siteUrl('/' + SITEMAP_INDEX, site)}\n`;
}

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
