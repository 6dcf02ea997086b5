import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FILTER_KINDS,
  MAX_QUERY,
  activeFilters,
  isSortOrder,
  parseState,
  stateToParams,
  toggleFilter,
  withFilter,
  withQuery,
  withoutFilter,
  withoutFilters,
} from '../../../../src/search/client/search-state.ts';
import type { SearchState } from '../../../../src/search/client/types.ts';

const parse = (query: string) => parseState(new URLSearchParams(query));

describe('parseState', () => {
  describe.each<[string, string, SearchState]>([
    ['an empty URL', '', { q: '', filters: {}, sort: 'relevance' }],
    ['a query', 'q=Q152941', { q: 'Q152941', filters: {}, sort: 'relevance' }],
    ['spaces collapsed and trimmed', 'q=%20kb%20%20152941%20', { q: 'kb 152941', filters: {}, sort: 'relevance' }],
    ['filters in order, repeated kinds', 'product=Exchange&year=1999&product=Word', { q: '', filters: { product: ['Exchange', 'Word'], year: ['1999'] }, sort: 'relevance' }],
    ['a sort', 'q=mta&sort=newest', { q: 'mta', filters: {}, sort: 'newest' }],
    ['an unknown sort', 'q=mta&sort=DROP%20TABLE', { q: 'mta', filters: {}, sort: 'relevance' }],
    ['unknown parameters', 'q=x&page=3&utm_source=mail&__proto__=1', { q: 'x', filters: {}, sort: 'relevance' }],
    ['empty and duplicate filter values', 'os=&os=NT&os=NT&os=%20', { q: '', filters: { os: ['NT'] }, sort: 'relevance' }],
    ['control characters', 'q=a%00b%1Fc%0A', { q: 'a b c', filters: {}, sort: 'relevance' }],
    ['markup, kept as text', 'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { q: '<script>alert(1)</script>', filters: {}, sort: 'relevance' }],
  ])('%s', (_name, query, expected) => {
    it('parses', () => expect(parse(query)).toEqual(expected));
    it('round-trips', () => expect(parseState(stateToParams(expected))).toEqual(expected));
  });

  it('caps a long query and many values', () => {
    const state = parse(`q=${'a'.repeat(5000)}&${Array.from({ length: 50 }, (_, i) => `keyword=k${i}`).join('&')}`);
    expect(state.q).toHaveLength(256);
    expect(state.filters.keyword).toHaveLength(20);
  });

  it('never splits a surrogate pair when cutting', () => {
    const q = parse(`q=${encodeURIComponent('😀'.repeat(300))}`).q;
    expect(Array.from(q).every((char) => char === '😀')).toBe(true);
  });

  it('is safe and idempotent for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('q', 'sort', 'product', 'year', 'x', ...FILTER_KINDS), fc.string({ unit: 'binary' }))), (pairs) => {
        const state = parseState(new URLSearchParams(pairs));
        expect(parseState(stateToParams(state))).toEqual(state);
      }),
    );
    // generous: a busy CI machine is slow at generating binary strings
  }, 60_000);
});

describe('stateToParams', () => {
  it('writes only what differs from the defaults', () => {
    expect(stateToParams({ q: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
    expect(stateToParams({ q: 'c0000005', filters: { year: ['1999'] }, sort: 'oldest' }).toString()).toBe('q=c0000005&year=1999&sort=oldest');
  });
});

describe('the query cap', () => {
  const long = 'exchange '.repeat(2_500);
  it('a typed query is cut to what is searched, so its address stays short enough to reload', () => {
    const state = withQuery({ q: '', filters: {}, sort: 'relevance' }, long);
    expect(Array.from(state.q).length).toBeLessThanOrEqual(MAX_QUERY);
    expect(stateToParams(state).get('q')).toBe(state.q);
    expect(stateToParams(state).toString().length).toBeLessThan(MAX_QUERY * 4);
  });
  it('a state made elsewhere is capped when written', () => {
    expect(stateToParams({ q: long, filters: {}, sort: 'relevance' }).get('q')).toBe(parse(`q=${encodeURIComponent(long)}`).q);
  });
});

const base: SearchState = { q: 'mta', filters: { product: ['Microsoft Exchange'] }, sort: 'newest' };

describe('search state changes', () => {
  it('a new query keeps filters and sort, trimmed', () => {
    expect(withQuery(base, '  c0000005 ')).toEqual({ ...base, q: 'c0000005' });
  });

  describe.each([
    // adding a second value of a kind keeps the first
    ['add', toggleFilter(base, 'product', 'Windows NT'), { product: ['Microsoft Exchange', 'Windows NT'] }],
    // toggling a chosen value removes it, and an emptied kind disappears from the state (and the URL)
    ['remove', toggleFilter(base, 'product', 'Microsoft Exchange'), {}],
    ['other kind', withFilter(base, 'year', '1999'), { product: ['Microsoft Exchange'], year: ['1999'] }],
    ['add twice', withFilter(base, 'product', 'Microsoft Exchange'), { product: ['Microsoft Exchange'] }],
    ['remove absent', withoutFilter(base, 'os', 'x'), { product: ['Microsoft Exchange'] }],
    ['clear', withoutFilters(base), {}],
  ])('%s', (_, state, filters) => {
    it('has the expected filters and leaves the rest', () => {
      expect(state.filters).toEqual(filters);
      expect(state.q).toBe(base.q);
      expect(state.sort).toBe(base.sort);
    });
  });

  it('never changes the state it was given', () => {
    toggleFilter(base, 'product', 'Microsoft Exchange');
    withFilter(base, 'product', 'Windows NT');
    expect(base.filters).toEqual({ product: ['Microsoft Exchange'] });
  });

  it('lists active filters in page order', () => {
    const state: SearchState = { q: '', filters: { year: ['1999'], product: ['A', 'B'] }, sort: 'relevance' };
    expect(activeFilters(state)).toEqual([
      { kind: 'product', value: 'A' },
      { kind: 'product', value: 'B' },
      { kind: 'year', value: '1999' },
    ]);
  });

  describe.each([
    ['relevance', true],
    ['newest', true],
    ['oldest', true],
    ['<img>', false],
    ['', false],
  ])('isSortOrder(%j)', (value, expected) => {
    it(`is ${expected}`, () => expect(isSortOrder(value)).toBe(expected));
  });
});
