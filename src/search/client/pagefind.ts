/**
 * Loading Pagefind: only when a query needs the full-text index (its
 * metadata alone is hundreds of KB). The bundles listed in
 * `/search/meta.json` are merged into one search, each tagged with a
 * synthetic `shard` filter so a date-sorted search can be run shard by shard
 * (see search-shards.ts).
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
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** The synthetic filter naming the bundle a page came from. */
export const SHARD_FILTER = 'shard';

export interface LoadedPagefind {
  pagefind: PagefindModule;
  /** How many bundles are merged (shard filter values `0 .. shards-1`, oldest dates first). */
  shards: number;
}

let loading: Promise<LoadedPagefind> | undefined;

const BUNDLE = /^\/pagefind\/\d+\/$/;

async function load(): Promise<LoadedPagefind> {
  const meta = await siteJson<SearchMeta>(SEARCH_FILES.meta);
  const bundles = (meta?.pagefind ?? []).filter((path) => BUNDLE.test(path));
  if (bundles.length === 0) throw new Error('the search index is missing (/search/meta.json)');
  const url = `${bundles[0]}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options({ basePath: bundles[0], excerptLength: 30, mergeFilter: { [SHARD_FILTER]: '0' } });
  await pagefind.init();
  await Promise.all(bundles.slice(1).map((path, i) => pagefind.mergeIndex(path, { mergeFilter: { [SHARD_FILTER]: String(i + 1) } })));
  return { pagefind, shards: bundles.length };
}

/** Pagefind with every bundle merged; loaded once per page. */
export function loadPagefind(): Promise<LoadedPagefind> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
