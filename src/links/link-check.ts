/**
 * The pure half of the internal link check (scripts/check-links.ts): finding
 * URLs and ids in built HTML with a light tag scanner (no DOM: it has to get
 * through 120,000 pages in seconds), and deciding what a URL points at.
 */
import { decodeEntities } from '../article/decode-entities.ts';
import { basePathOf, withBase, withoutBase } from './site-url.ts';

/** Attributes that name another resource. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action']);
/** A comment, or a start tag whose quoted attribute values may hold `<` and `>` (Astro leaves them unescaped). */
const TOKEN = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const INTERESTING = /\b(?:href|src|action|id|name|http-equiv)\s*=/i;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** Script and style bodies are not markup: a `<` in them is not a tag. */
const RAW_TEXT_END = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi } as const;

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Start tags, in order, that carry a URL, an id or a name (others are skipped). */
export function* tags(html: string): Generator<Tag> {
  const token = new RegExp(TOKEN);
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const [, rawName, rest] = match;
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (name === 'script' || name === 'style') {
      const end = RAW_TEXT_END[name];
      end.lastIndex = token.lastIndex;
      token.lastIndex = end.exec(html) ? end.lastIndex : html.length;
    }
    // Most tags name nothing and define no id: skip parsing their attributes.
    if (!INTERESTING.test(rest!)) continue;
    const attributes = new Map<string, string>();
    for (const [, key, a, b, c] of rest!.matchAll(ATTRIBUTE)) attributes.set(key!.toLowerCase(), decodeEntities(a ?? b ?? c ?? ''));
    yield { name, attributes };
  }
}

/** Every URL a page refers to (href, src, form action, meta refresh), and every id it defines. */
export function scanHtml(html: string): { links: string[]; ids: string[] } {
  const links: string[] = [];
  const ids: string[] = [];
  for (const { name, attributes } of tags(html)) {
    for (const [key, value] of attributes) {
      if (URL_ATTRIBUTES.has(key)) links.push(value);
      else if (key === 'id' || (key === 'name' && name === 'a')) ids.push(value);
    }
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.get('content') ?? '')?.[1];
      if (target) links.push(target.trim());
    }
  }
  return { links, ids };
}

/** `<loc>` of sitemaps and `Sitemap:` lines of robots.txt. */
export function scanText(file: string, text: string): string[] {
  if (file.endsWith('.xml')) return [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1]!.trim()));
  if (file === 'robots.txt') return [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
  return [];
}

/** `kb/152/Q152941/index.html` -> `/kb/152/Q152941/`; other files keep their name. */
export function pagePathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

export type Resolution =
  | { kind: 'external' }
  | { kind: 'ok'; file: string; fragment: string | null }
  | { kind: 'broken'; reason: string };

/**
 * What `href`, found on the page at site path `pagePath`, points at among
 * `files` (paths relative to the output folder, which is served at `site`,
 * base path included). URLs on `site`'s origin count as internal, and must
 * stay under its base. A folder link without its slash is reported: it costs
 * a redirect on most hosts.
 */
export function resolveLink(href: string, pagePath: string, site: URL, files: ReadonlySet<string>): Resolution {
  const base = basePathOf(site);
  let url: URL;
  try {
    url = new URL(href, new URL(withBase(pagePath, base), site));
  } catch {
    return { kind: 'broken', reason: 'not a URL' };
  }
  if (url.origin !== site.origin) return { kind: 'external' };
  let path: string;
  try {
    const sitePath = withoutBase(decodeURIComponent(url.pathname), base);
    if (sitePath === null) return { kind: 'broken', reason: `outside the site's base path ${base}` };
    path = sitePath.slice(1);
  } catch {
    return { kind: 'broken', reason: 'bad percent-encoding' };
  }
  const fragment = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : null;
  const candidates = path === '' || path.endsWith('/') ? [path + 'index.html'] : [path, path + '.html'];
  const file = candidates.find((candidate) => files.has(candidate));
  if (file) return { kind: 'ok', file, fragment };
  if (files.has(path + '/index.html')) return { kind: 'broken', reason: 'folder link without its trailing slash' };
  return { kind: 'broken', reason: 'no such file' };
}

