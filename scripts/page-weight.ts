/**
 * What a reader downloads to open an article: for a deterministic sample of
 * the article pages in a build, the HTML plus every same-site stylesheet,
 * script, image and icon it references (and what those import or `url()`),
 * each compressed on its own as a server would send it. Prints the median and
 * the worst page. Search is not counted: it loads only when the reader uses it
 * (a dynamic `import()`, never a tag or static import of the page).
 *
 *   npx node scripts/page-weight.ts dist                # 50 articles
 *   npx node scripts/page-weight.ts dist --sample 300
 *   npx node scripts/page-weight.ts dist --budget 25    # exit 1 if the median gzip total exceeds 25 KB
 *   npx node scripts/page-weight.ts dist --all --budget 25   # every page, gzip only; exit 1 if any exceeds 25 KB
 *
 * A build under a base path (`SITE_URL=https://host/kbarchive/`) names its
 * assets `/kbarchive/_astro/...`: the base (`--base`, default BASE_PATH or
 * SITE_URL's path, as the build reads them) is taken off to find the files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { basePathFrom, normaliseBase, withBase, withoutBase } from '../src/links/site-url.ts';

/** Article pages: `/kb/152/Q152941/` (and a moved duplicate, `/kb/152/Q152941-2/`, and the later parts of a long one, `/kb/156/Q156063/2/`). */
const ARTICLE_PAGE = /^kb\/\d+\/Q\d+(-\d+)?\/(\d+\/)?index\.html$/;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  /** The page's HTML alone. */
  html: Sizes;
  /** HTML plus every asset, each compressed on its own. */
  total: Sizes;
  /** Site paths of the assets counted. */
  assets: string[];
}

/** gzip at zlib's default level (what servers use on the fly); brotli at quality 11 (what static hosts precompress with). */
export function sizes(bytes: Buffer, brotli = true): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    // Brotli at quality 11 costs ~50x gzip: left out (0) when every page of the full archive is measured.
    brotli: brotli ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0,
  };
}

/** Same-site URLs an HTML page loads on its own: stylesheets, icons, preloads, scripts, images. */
export function htmlReferences(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source|video|audio|iframe|input)\b[^>]*>/gi)) {
    const name = /^<(\w+)/.exec(tag)![1]!.toLowerCase();
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    if (name === 'link' && !/\b(stylesheet|icon|preload|modulepreload|manifest)\b/.test(rel)) continue;
    const url = attribute(tag, name === 'link' ? 'href' : 'src');
    if (url) found.push(url);
    for (const candidate of (attribute(tag, 'srcset') ?? '').split(',')) {
      const first = candidate.trim().split(/\s+/)[0];
      if (first) found.push(first);
    }
  }
  return found;
}

/** URLs a stylesheet pulls in: `@import` and `url()`. */
export function cssReferences(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)|url\(\s*['"]?([^'")]+?)['"]?\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

/** Modules a script imports statically (loaded with the page); dynamic `import()` is left out on purpose. */
export function scriptReferences(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = m?.[1] ?? m?.[2] ?? m?.[3];
  return value?.replace(/&amp;/g, '&');
}

/**
 * The file in `dist` (as a site path) a URL seen on `fromPath` (a site path) names, or null when it is on
 * another site, outside the base, or a data: URL. `basePath` is the base the build was made for.
 */
export function resolveLocal(url: string, fromPath: string, site?: string, basePath = '/'): string | null {
  if (/^(data|blob|javascript|mailto):/i.test(url)) return null;
  const from = new URL(withBase(fromPath, basePath), site ?? 'http://site.invalid');
  const resolved = new URL(url, from);
  if (resolved.origin !== from.origin) return null;
  return withoutBase(decodeURIComponent(resolved.pathname), basePath);
}

const pageFile = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);

/** Compressed sizes and outgoing references of each asset, per build: pages share their assets. */
const assetCache = new Map<string, { sizes: Sizes; next: string[] } | null>();

function readAsset(dist: string, asset: string, brotli: boolean): { sizes: Sizes; next: string[] } | null {
  const key = `${dist}\0${asset}`;
  if (!assetCache.has(key)) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(path.join(dist, pageFile(asset)));
    } catch {
      // referenced but not in the build (a 404 costs no body worth counting here)
    }
    const text = bytes?.toString('utf8') ?? '';
    const next = asset.endsWith('.css') ? cssReferences(text) : /\.m?js$/.test(asset) ? scriptReferences(text) : [];
    assetCache.set(key, bytes ? { sizes: sizes(bytes, brotli), next } : null);
  }
  return assetCache.get(key)!;
}

/** The weight of one page of `dist`, given as the HTML file's path relative to `dist`. */
export function pageWeight(dist: string, file: string, site?: string, { basePath = '/', brotli = true } = {}): PageWeight {
  const pagePath = '/' + file.split(path.sep).join('/').replace(/index\.html$/, '');
  const html = readFileSync(path.join(dist, file));
  const seen = new Set<string>();
  const queue = htmlReferences(html.toString('utf8')).map((url) => resolveLocal(url, pagePath, site, basePath));
  const total: Sizes = sizes(html, brotli);
  const htmlSizes = { ...total };
  while (queue.length > 0) {
    const asset = queue.shift();
    if (!asset || seen.has(asset)) continue;
    seen.add(asset);
    const found = readAsset(dist, asset, brotli);
    if (!found) continue;
    total.raw += found.sizes.raw;
    total.gzip += found.sizes.gzip;
    total.brotli += found.sizes.brotli;
    queue.push(...found.next.map((url) => resolveLocal(url, asset, site, basePath)));
  }
  return { page: pagePath, html: htmlSizes, total, assets: [...seen].sort() };
}

/** Article pages of `dist` (paths relative to it), sorted. */
export function articlePages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => ARTICLE_PAGE.test(file))
    .sort();
}

/** `count` items spread evenly over `items` (all of them when there are fewer): the same sample for the same build. */
export function sample<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which `p` percent of `values` lie (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(argv: string[]): number {
  const dist = path.resolve(argv[0] ?? 'dist');
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const all = argv.includes('--all');
  const count = all ? Infinity : Number(option('--sample') ?? 50);
  const budget = option('--budget') ? Number(option('--budget')) * 1024 : undefined;
  const basePath = option('--base') !== undefined ? normaliseBase(option('--base')!) : basePathFrom(process.env);
  const pages = articlePages(dist);
  if (pages.length === 0) {
    console.error(`no article pages under ${dist}`);
    return 1;
  }
  const weights = sample(pages, count).map((file) => pageWeight(dist, file, undefined, { basePath, brotli: !all }));
  const worst = (key: keyof Sizes) => weights.reduce((a, b) => (b.total[key] > a.total[key] ? b : a));
  console.log(`${weights.length} of ${pages.length} article pages in ${path.relative(process.cwd(), dist) || '.'}`);
  console.log(`assets of the first page: ${weights[0]!.assets.join(', ') || 'none'}`);
  console.log('                      raw        gzip      brotli');
  for (const [label, pick] of [
    ['median HTML', (w: PageWeight) => w.html],
    ['median total', (w: PageWeight) => w.total],
  ] as const) {
    const row = (['raw', 'gzip', 'brotli'] as const).map((key) => kb(median(weights.map((w) => pick(w)[key]))).padStart(10));
    console.log(`${label.padEnd(14)}${row.join('  ')}`);
  }
  for (const p of [90, 99]) {
    const row = (['raw', 'gzip', 'brotli'] as const).map((key) => kb(percentile(weights.map((w) => w.total[key]), p)).padStart(10));
    console.log(`${`p${p} total`.padEnd(14)}${row.join('  ')}`);
  }
  for (const key of all ? (['gzip'] as const) : (['gzip', 'brotli'] as const)) {
    const w = worst(key);
    console.log(`worst total (${key}): ${kb(w.total[key])} ${w.page} (raw ${kb(w.total.raw)}, HTML ${kb(w.html[key])})`);
  }
  const over = budget === undefined ? [] : weights.filter((w) => w.total.gzip > budget);
  if (budget !== undefined) {
    console.log(`${over.length} of ${weights.length} sampled pages over the ${kb(budget)} gzip budget`);
    for (const w of over.sort((a, b) => b.total.gzip - a.total.gzip).slice(0, 100)) console.log(`  ${kb(w.total.gzip)} ${w.page}`);
    // Every page measured: the budget is a ceiling for each. A sample: for its median.
    if (all ? over.length > 0 : median(weights.map((w) => w.total.gzip)) > budget) return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
