/**
 * The search state as it lives in the URL (`/search/?q=..&product=..&sort=newest`),
 * and the changes a reader makes to it, as pure functions: each returns a new
 * state and none touches the page. Parsing never throws and never keeps what
 * it does not know, so any link, however mangled, opens a working search
 * page; `stateToParams` writes the same state back, and
 * `parseState(stateToParams(s))` gives `s` again. The filter kinds are the
 * facet kinds (src/facets/types.ts), in the order chips and the page show them.
 */
import { FACET_KINDS, type FacetKind } from '../../facets/types.ts';
import type { SearchState, SortOrder } from './types.ts';

export type FilterKind = FacetKind;

/** The filters of the page, in the order it shows them (the Pagefind filter names). */
export const FILTER_KINDS: readonly FilterKind[] = FACET_KINDS;

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/**
 * The longest query searched, in characters. The address holds no more than
 * this either: a query of 20,000 characters made an address the server
 * refused (HTTP 431) on reload. The search boxes' `maxlength` is the same.
 */
export const MAX_QUERY = 256;
const MAX_VALUE = 200;
const MAX_VALUES = 20;

export interface ActiveFilter {
  kind: FilterKind;
  value: string;
}

/** Text without control characters or surrounding space, cut at `max` characters (not inside a surrogate pair). */
function clean(text: string, max: number): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim());
  return chars.slice(0, max).join('').trim();
}

/** A query as it is searched and written into the address. */
export function cleanQuery(q: string): string {
  return clean(q, MAX_QUERY);
}

export function isSortOrder(value: string | null): value is SortOrder {
  return (SORT_ORDERS as readonly (string | null)[]).includes(value);
}

export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const kind of FILTER_KINDS) {
    const values = [...new Set(params.getAll(kind).map((value) => clean(value, MAX_VALUE)).filter(Boolean))].slice(0, MAX_VALUES);
    if (values.length > 0) filters[kind] = values;
  }
  const sort = params.get('sort');
  return { q: cleanQuery(params.get('q') ?? ''), filters, sort: isSortOrder(sort) ? sort : 'relevance' };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', cleanQuery(state.q));
  for (const kind of FILTER_KINDS) for (const value of state.filters[kind] ?? []) params.append(kind, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** True when the state has filters. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KINDS.some((kind) => (state.filters[kind]?.length ?? 0) > 0);
}

/** A new query, cleaned and capped as the address keeps it; filters and sort are kept, so a reader can refine words inside a filtered set. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: cleanQuery(q) };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort };
}

export function hasFilter(state: SearchState, kind: FilterKind, value: string): boolean {
  return state.filters[kind]?.includes(value) ?? false;
}

/** Adds the value to its kind's filter, or removes it if it is there. */
export function toggleFilter(state: SearchState, kind: FilterKind, value: string): SearchState {
  return hasFilter(state, kind, value) ? withoutFilter(state, kind, value) : withFilter(state, kind, value);
}

export function withFilter(state: SearchState, kind: FilterKind, value: string): SearchState {
  if (hasFilter(state, kind, value)) return state;
  return { ...state, filters: { ...state.filters, [kind]: [...(state.filters[kind] ?? []), value] } };
}

export function withoutFilter(state: SearchState, kind: FilterKind, value: string): SearchState {
  const kept = (state.filters[kind] ?? []).filter((v) => v !== value);
  const filters = { ...state.filters };
  if (kept.length > 0) filters[kind] = kept;
  else delete filters[kind];
  return { ...state, filters };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: {} };
}

/** Every filter value in force, kinds in page order. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  return FILTER_KINDS.flatMap((kind) => (state.filters[kind] ?? []).map((value) => ({ kind, value })));
}
