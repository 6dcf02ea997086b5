/**
 * The changes a reader makes to a search, as pure functions over the state
 * that lives in the URL. Each returns a new state; none touches the page.
 */
import type { SearchState, SortOrder } from '../client/types.ts';

export type FilterKind = keyof SearchState['filters'];

/** Filter kinds in the order the page shows them. */
export const FILTER_KINDS: readonly FilterKind[] = ['product', 'version', 'os', 'year', 'keyword'];

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

export interface ActiveFilter {
  kind: FilterKind;
  value: string;
}

/** A new query; filters and sort are kept, so a reader can refine words inside a filtered set. */
export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: q.trim() };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort };
}

export function isSortOrder(value: string): value is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value);
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
