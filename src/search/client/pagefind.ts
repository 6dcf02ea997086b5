/**
 * Loading Pagefind: only when a query needs the full-text index (its
 * metadata alone is hundreds of KB). The bundles listed in
 * `/search/meta.json` are searched in WORKERS workers side by side and their
 * results merged here (see fulltext.ts); each bundle's pages carry a
 * synthetic `shard` filter so a date-sorted search can be run bundle by
 * bundle (see search-shards.ts).
 */
import { SEARCH_FILES, type SearchMeta } from '../search-files.ts';
import { siteJson } from './site-json.ts';
import { withBase } from '../../links/site-url.ts';

/** The parts of Pagefind 1.6's browser API used here. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string; element?: string };
  locations?: number[];
}
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** The headings with ids, each with its text and the position of its first word in `content`. */
  anchors?: Array<{ element: string; id: string; text: string; location: number }>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export type PagefindFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>;
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** The synthetic filter naming the bundle a page came from. */
export const SHARD_FILTER = 'shard';

/**
 * How many Pagefind workers the bundles are spread over. `mergeIndex` puts
 * every bundle of a module into that module's one web worker, where a
 * query's chunks are loaded and scored one bundle after another. Each
 * worker costs its own `pagefind.js`, worker script and wasm (~87 KB
 * gzipped on a cold search); two measured as fast as four on two cores.
 */
const WORKERS = 2;

export interface LoadedPagefind {
  /** The modules, each searching a run of consecutive bundles in a worker of its own. */
  modules: PagefindModule[];
  /** Per bundle, oldest dates first: the module searching it (its pages carry `shard: '<index>'`). */
  bundles: PagefindModule[];
}

let loading: Promise<LoadedPagefind> | undefined;

const BUNDLE = /^\/pagefind\/\d+\/$/;

/**
 * Bundles `first` .. `first + paths.length - 1` in one module: each bundle's
 * own `pagefind.js` is a module of its own (pagefind.js keeps its worker in a
 * module variable), so modules load and score side by side.
 */
async function loadModule(paths: readonly string[], first: number): Promise<PagefindModule> {
  // Bundle paths are site paths (`/pagefind/0/`); result URLs stay site paths too (baseUrl `/`), and the
  // links the results become go under the base in safeHref, like every other link from search data.
  const [head, ...rest] = paths.map((path) => withBase(path));
  const pagefind = (await import(/* @vite-ignore */ `${head}pagefind.js`)) as PagefindModule;
  await pagefind.options({ basePath: head, baseUrl: '/', excerptLength: 30, mergeFilter: { [SHARD_FILTER]: String(first) } });
  await pagefind.init();
  for (const [i, path] of rest.entries()) await pagefind.mergeIndex(path, { mergeFilter: { [SHARD_FILTER]: String(first + i + 1) } });
  return pagefind;
}

async function load(): Promise<LoadedPagefind> {
  const meta = await siteJson<SearchMeta>(SEARCH_FILES.meta);
  const paths = (meta?.pagefind ?? []).filter((path) => BUNDLE.test(path));
  if (paths.length === 0) throw new Error('the search index is missing (/search/meta.json)');
  const size = Math.ceil(paths.length / Math.min(WORKERS, paths.length));
  const firsts = Array.from({ length: Math.ceil(paths.length / size) }, (_, i) => i * size);
  const modules = await Promise.all(firsts.map((first) => loadModule(paths.slice(first, first + size), first)));
  return { modules, bundles: paths.map((_, i) => modules[Math.floor(i / size)]!) };
}

/** Pagefind, every bundle; loaded once per page. */
export function loadPagefind(): Promise<LoadedPagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
