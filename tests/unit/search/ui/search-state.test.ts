import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../../../src/search/client/types.ts';
import {
  activeFilters,
  isSortOrder,
  toggleFilter,
  withFilter,
  withQuery,
  withoutFilter,
  withoutFilters,
} from '../../../../src/search/ui/search-state.ts';

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
