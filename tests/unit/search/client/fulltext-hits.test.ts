import { describe, expect, it } from 'vitest';
import { bestSubResult, pagefindHit, sumCounts } from '../../../../src/search/client/fulltext.ts';
import { withoutStopWords } from '../../../../src/search/client/query-words.ts';
import { aliasToken } from '../../../../src/search/codes.ts';
import type { PagefindData } from '../../../../src/search/client/pagefind.ts';

const data = (fields: Partial<PagefindData> = {}): PagefindData => ({
  url: '/kb/152/Q152941/',
  content: 'The MTA crashes. Exception c0000005 occurred at Address 761f62ab. ' + aliasToken('0xc0000005'),
  excerpt: 'The <mark>MTA</mark> crashes.',
  meta: { id: 'Q152941', title: 'XCON: MTA <Crashes>', product: 'Microsoft Exchange', date: '1999-03-29' },
  sub_results: [
    { title: 'XCON: MTA <Crashes>', url: '/kb/152/Q152941/', excerpt: 'The <mark>MTA</mark> crashes.', locations: [1] },
    { title: 'SYMPTOMS', url: '/kb/152/Q152941/#symptoms', excerpt: '<mark>MTA</mark> and <mark>MTA</mark>', locations: [4, 9], anchor: { id: 'symptoms' } },
  ],
  ...fields,
});

describe('pagefindHit', () => {
  it('opens at the sub-result with the most matches', () => {
    expect(pagefindHit(data(), [])).toEqual({
      id: 'Q152941',
      title: 'XCON: MTA <Crashes>',
      url: '/kb/152/Q152941/#symptoms',
      product: 'Microsoft Exchange',
      date: '1999-03-29',
      excerpt: '<mark>MTA</mark> and <mark>MTA</mark>',
      section: { title: 'SYMPTOMS', url: '/kb/152/Q152941/#symptoms' },
    });
  });

  it('links to the page when only the title matched, its excerpt how the text begins', () => {
    const content = 'XCON: MTA <Crashes>. Q152941. SYMPTOMS. When you run Microsoft Exchange Server, the MTA stops.';
    const hit = pagefindHit(
      data({
        content,
        sub_results: [{ title: 'XCON: MTA <Crashes>', url: '/kb/152/Q152941/', excerpt: 'XCON: <mark>MTA</mark> &lt;Crashes&gt;. Q152941.', locations: [1] }],
        anchors: [{ element: 'h2', id: 'symptoms', text: 'SYMPTOMS', location: 4 }],
      }),
      [],
    );
    expect(hit).toMatchObject({ url: '/kb/152/Q152941/', section: null, excerpt: 'When you run Microsoft Exchange Server, the MTA stops.' });
  });

  it('never shows the title, the number or the section name glued onto the text', () => {
    const hit = pagefindHit(
      data({
        sub_results: [
          { title: 'XCON: MTA <Crashes>', url: '/kb/152/Q152941/', excerpt: 'XCON: <mark>MTA</mark> &lt;Crashes&gt;. Q152941.', locations: [1, 2, 3] },
          { title: 'SYMPTOMS', url: '/kb/152/Q152941/#symptoms', excerpt: 'SYMPTOMS. When the <mark>MTA</mark> stops', locations: [9] },
        ],
      }),
      [],
    );
    // the section, not the part before the first heading, though that had more matches
    expect(hit).toMatchObject({ url: '/kb/152/Q152941/#symptoms', excerpt: 'When the <mark>MTA</mark> stops' });
  });

  it('moves a code result whose excerpt only matched alias words onto the code as written', () => {
    const hit = pagefindHit(data({ sub_results: [], excerpt: `Address 761f62ab. <mark>${aliasToken('0xc0000005')}</mark>` }), ['0xc0000005']);
    expect(hit.excerpt).toBe('The MTA crashes. Exception <mark>c0000005</mark> occurred at Address 761f62ab.');
  });

  it('never takes a URL off the site', () => {
    const hit = pagefindHit(data({ url: 'https://evil.example/', sub_results: [{ title: 'x', url: '//evil.example/#a', excerpt: '', locations: [1, 2, 3] }] }), []);
    expect(hit.url).toBe('/');
    expect(hit.section).toBeNull();
  });

  it('treats a missing date as null', () => {
    expect(pagefindHit(data({ meta: { id: 'Q1', title: 't', date: '' } }), []).date).toBeNull();
  });

  it('bestSubResult keeps the first of equals', () => {
    const subs = [
      { title: 'a', url: '/a/#a', excerpt: '', locations: [1] },
      { title: 'b', url: '/a/#b', excerpt: '', locations: [2] },
    ];
    expect(bestSubResult({ sub_results: subs })?.title).toBe('a');
    expect(bestSubResult({})).toBeUndefined();
  });
});

describe('withoutStopWords', () => {
  describe.each([
    ['the MTA crashes', 'MTA crashes'],
    ['How to Find Installations', 'Find Installations'],
    ['the', 'the'],
    ['to be or not', 'not'],
    ['"the exact phrase"', '"the exact phrase"'],
    ['  spaced   words ', 'spaced words'],
  ])('%j', (input, expected) => {
    it(`is ${JSON.stringify(expected)}`, () => expect(withoutStopWords(input)).toBe(expected));
  });
});

type Counts = Record<string, Record<string, number>>;

describe('sumCounts', () => {
  describe.each<[Counts[], Counts]>([
    [[], {}],
    [[{ product: { Exchange: 2 } }], { product: { Exchange: 2 } }],
    [
      [{ product: { Exchange: 2, Word: 0 }, year: { '1999': 1 } }, { product: { Exchange: 3, Excel: 1 } }, {}],
      { product: { Exchange: 5, Word: 0, Excel: 1 }, year: { '1999': 1 } },
    ],
  ])('%j', (bundles, expected) => {
    it("adds up every worker's counts per filter value", () => expect(sumCounts(bundles)).toEqual(expected));
  });
});
