/**
 * The search state as it lives in the URL: `/search/?q=..&product=..&sort=newest`.
 * Parsing never throws and never keeps what it does not know, so any link,
 * however mangled, opens a working search page; `stateToParams` writes the
 * same state back, and `parseState(stateToParams(s))` gives `s` again.
 */
import type { SearchState, SortOrder } from './types.ts';

export type FilterKind = keyof SearchState['filters'];

/** The filters of the UI, in the order it shows them (the Pagefind filter names). */
export const FILTER_KINDS: readonly FilterKind[] = ['product', 'version', 'os', 'year', 'keyword'];

const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];
const MAX_QUERY = 256;
const MAX_VALUE = 200;
const MAX_VALUES = 20;

/** Text without control characters or surrounding space, cut at `max` characters (not inside a surrogate pair). */
function clean(text: string, max: number): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ').replace(/\s+/g, ' ').trim());
  return chars.slice(0, max).join('').trim();
}

export function parseState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const kind of FILTER_KINDS) {
    const values = [...new Set(params.getAll(kind).map((value) => clean(value, MAX_VALUE)).filter(Boolean))].slice(0, MAX_VALUES);
    if (values.length > 0) filters[kind] = values;
  }
  const sort = params.get('sort');
  return {
    q: clean(params.get('q') ?? '', MAX_QUERY),
    filters,
    sort: SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const kind of FILTER_KINDS) for (const value of state.filters[kind] ?? []) params.append(kind, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** True when the state has filters. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KINDS.some((kind) => (state.filters[kind]?.length ?? 0) > 0);
}
