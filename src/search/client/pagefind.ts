/**
 * Loading Pagefind: only when a query needs the full-text index (its
 * metadata alone is hundreds of KB). The bundles listed in
 * `/search/meta.json` are searched side by side and their results merged
 * here (see fulltext.ts and search-shards.ts).
 */
import { SEARCH_FILES, type SearchMeta } from '../search-files.ts';
import { siteJson } from './site-json.ts';

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
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

export interface LoadedPagefind {
  /**
   * One Pagefind per bundle, oldest dates first. Each bundle is loaded from
   * its own `pagefind.js`: a module of its own, so a search worker of its
   * own, and the bundles are searched side by side on as many cores as the
   * browser gives workers. (`mergeIndex` would put every bundle in the one
   * worker of the first, which loads and scores them one after another.)
   */
  bundles: PagefindModule[];
}

let loading: Promise<LoadedPagefind> | undefined;

const BUNDLE = /^\/pagefind\/\d+\/$/;

async function loadBundle(path: string): Promise<PagefindModule> {
  const pagefind = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as PagefindModule;
  await pagefind.options({ basePath: path, excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

async function load(): Promise<LoadedPagefind> {
  const meta = await siteJson<SearchMeta>(SEARCH_FILES.meta);
  const paths = (meta?.pagefind ?? []).filter((path) => BUNDLE.test(path));
  if (paths.length === 0) throw new Error('the search index is missing (/search/meta.json)');
  return { bundles: await Promise.all(paths.map(loadBundle)) };
}

/** Pagefind, every bundle; loaded once per page. */
export function loadPagefind(): Promise<LoadedPagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
