import { describe, expect, it } from 'vitest';
import type { SearchPage, SearchState } from '../../../../src/search/client/types.ts';
import { formatDate, resultsSummary, searchTitle } from '../../../../src/search/ui/messages.ts';

const page = (total: number, extra: Partial<SearchPage> = {}): SearchPage => ({
  route: 'fulltext',
  article: null,
  missingArticle: null,
  citers: 0,
  total,
  hits: [],
  ...extra,
});
const state = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ q, filters, sort: 'relevance' });

describe('resultsSummary', () => {
  describe.each([
    ['one', state('c0000005'), page(1), 1, '1 result for “c0000005”.'],
    ['all shown', state('c0000005'), page(2), 2, '2 results for “c0000005”.'],
    ['paged', state('mta'), page(1234), 20, '1,234 results for “mta”, showing 20.'],
    ['filtered', state('mta', { product: ['A'], year: ['1999'] }), page(3), 3, '3 results for “mta” with 2 filters.'],
    ['none', state('zzz'), page(0), 0, 'No results for “zzz”.'],
    ['filters only', state('', { year: ['1999'] }), page(5), 5, '5 results with 1 filter.'],
    ['missing', state('151261'), page(50, { missingArticle: 'Q151261' }), 20, 'Q151261 is not in the archive; 50 articles cite it.'],
    ['missing once', state('Q1'), page(1, { missingArticle: 'Q1' }), 1, 'Q1 is not in the archive; 1 article cites it.'],
    ['an article alone', state('Q152941'), page(1, { article: { id: 'Q152941', url: '/kb/152/Q152941/', title: 'MTA' } }), 1, '1 result for “Q152941”.'],
    [
      'an article and its citers',
      state('Q152734'),
      page(3, { article: { id: 'Q152734', url: '/kb/152/Q152734/', title: 'SP' }, citers: 2 }),
      3,
      '3 results for “Q152734”: Q152734, then 2 articles that cite it.',
    ],
  ])('%s', (_, s, p, shown, expected) => {
    it('reads plainly', () => expect(resultsSummary(s, p, shown)).toBe(expected));
  });
});

describe('searchTitle', () => {
  it('names the query', () => expect(searchTitle(state('mta'), 'KB Archive')).toBe('“mta” – Search · KB Archive'));
  it('is plain without one', () => expect(searchTitle(state(''), 'KB Archive')).toBe('Search · KB Archive'));
});

describe('formatDate', () => {
  describe.each([
    ['1999-03-29', '29 Mar 1999'],
    ['2002-12-01', '1 Dec 2002'],
    // not a date the page knows: shown as it came
    ['1999-13-01', '1999-13-01'],
    ['March 1999', 'March 1999'],
  ])('%j', (iso, expected) => {
    it(`is ${expected}`, () => expect(formatDate(iso)).toBe(expected));
  });
});
