import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILTER_KINDS, parseState, stateToParams } from '../../../../src/search/client/search-state.ts';
import { FILTER_KINDS as INDEXED_FILTERS } from '../../../../src/search/search-document.ts';
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

it('the URL filters are the filters the index is built with', () => {
  expect([...FILTER_KINDS]).toEqual([...INDEXED_FILTERS]);
});
