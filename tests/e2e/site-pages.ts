/**
 * The pages of the built site, read from dist/, grouped by page type, so the
 * browser tests audit every kind of page that exists without naming each one.
 * A page that matches no type fails the audit: add its type here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface PageType {
  name: string;
  /** Matches the URL path of every page of this type. */
  pattern: RegExp;
  /** Pages of the type to check (spread over the type's sorted pages). */
  sample: number;
  /** False for pages a reader never sees (redirect stubs): they are not audited. */
  audit: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', pattern: /^\/$/, sample: 1, audit: true },
  { name: 'article', pattern: /^\/kb\/\d{3}\/Q\d+(-\d+)?\/$/, sample: 3, audit: true },
  // `/kb/156/Q156063/2/`: a later part of an article too long for one page.
  { name: 'article part', pattern: /^\/kb\/\d{3}\/Q\d+(-\d+)?\/\d+\/$/, sample: 2, audit: true },
  { name: 'search', pattern: /^\/search\/$/, sample: 1, audit: true },
  { name: 'browse index', pattern: /^\/browse\//, sample: 1, audit: true },
  { name: 'facet value', pattern: /^\/(product|version|os|year|keyword)\/[^/]+\/(\d+\/)?$/, sample: 5, audit: true },
  { name: 'facet index', pattern: /^\/(product|version|os|year|keyword)\/$/, sample: 2, audit: true },
  { name: 'code', pattern: /^\/code\/(?!family\/)[^/]+\/(\d+\/)?$/, sample: 3, audit: true },
  { name: 'code index', pattern: /^\/code\/$/, sample: 1, audit: true },
  { name: 'code family', pattern: /^\/code\/family\/[^/]+\/(\d+\/)?$/, sample: 2, audit: true },
  { name: 'not found', pattern: /^\/404\.html$/, sample: 1, audit: true },
  // `/Q152941/`: a redirect stub to the article, never read.
  { name: 'short link', pattern: /^\/Q\d+\/$/, sample: 1, audit: false },
];

/** The build the sample server serves: KB_OUT_DIR when set, as in astro.config.ts. */
export const DIST = path.resolve(process.env.KB_OUT_DIR ?? 'dist');

/** URL path of every HTML file under `dist` (`/kb/152/Q152941/`, `/404.html`). */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Up to `count` pages spread evenly over `pages`, always the same ones for the same build. */
export function spread<T>(pages: T[], count: number): T[] {
  if (pages.length <= count) return pages;
  return Array.from({ length: count }, (_, i) => pages[Math.round((i * (pages.length - 1)) / (count - 1 || 1))]!);
}

export interface TypedPages {
  type: PageType;
  urls: string[];
}

/** The sample of each page type present in the build, and the pages no type claims. */
export function pagesByType(pages = builtPages()): { typed: TypedPages[]; unclaimed: string[] } {
  const typed = PAGE_TYPES.map((type) => ({ type, urls: spread(pages.filter((url) => type.pattern.test(url)), type.sample) }));
  const unclaimed = pages.filter((url) => !PAGE_TYPES.some((type) => type.pattern.test(url)));
  return { typed: typed.filter(({ urls }) => urls.length > 0), unclaimed };
}

/** One page of the type, if the build has one. */
export function firstPageOf(name: string, pages = builtPages()): string | undefined {
  const type = PAGE_TYPES.find((candidate) => candidate.name === name);
  return type && pages.find((url) => type.pattern.test(url));
}

/** `count` pages of the type spread over the build (fewer if the build has fewer). */
export function pagesOf(name: string, count: number, pages = builtPages()): string[] {
  const type = PAGE_TYPES.find((candidate) => candidate.name === name);
  return type ? spread(pages.filter((url) => type.pattern.test(url)), count) : [];
}
