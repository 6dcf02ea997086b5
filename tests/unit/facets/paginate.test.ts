import { describe, expect, it } from 'vitest';
import { BROWSE_PAGE_SIZE, facetUrl, pageWindow, paginate } from '../../../src/facets/paginate.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `Q${i + 1}`);

describe.each([
  // nothing to list: no pages
  [0, 3, []],
  // fewer than a page
  [2, 3, [2]],
  // exactly one page
  [3, 3, [3]],
  // one more than a page
  [4, 3, [3, 1]],
  // several full pages and a remainder
  [10, 3, [3, 3, 3, 1]],
])('%i ids in pages of %i', (n, size, sizes) => {
  it(`gives pages of ${JSON.stringify(sizes)}`, () => {
    const pages = paginate(ids(n), '/product/microsoft-exchange/', size);
    expect(pages.map((p) => p.ids.length)).toEqual(sizes);
    expect(pages.flatMap((p) => p.ids)).toEqual(ids(n));
    expect(pages.every((p) => p.total === sizes.length)).toBe(true);
  });
});

describe('page URLs', () => {
  const pages = paginate(ids(7), '/product/microsoft-exchange/', 3);

  it('leave the number off the first page', () => {
    expect(pages.map((p) => p.url)).toEqual(['/product/microsoft-exchange/', '/product/microsoft-exchange/2/', '/product/microsoft-exchange/3/']);
  });

  it('link each page to its neighbours', () => {
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [null, '/product/microsoft-exchange/2/'],
      ['/product/microsoft-exchange/', '/product/microsoft-exchange/3/'],
      ['/product/microsoft-exchange/2/', null],
    ]);
  });

  it('match facetUrl', () => {
    expect(pages.map((p) => p.url)).toEqual([1, 2, 3].map((n) => facetUrl('product', 'microsoft-exchange', n)));
  });
});

describe('paginate defaults and bad arguments', () => {
  it('uses the browse page size', () => {
    expect(paginate(ids(BROWSE_PAGE_SIZE + 1), '/keyword/kbnetwork/').map((p) => p.ids.length)).toEqual([BROWSE_PAGE_SIZE, 1]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects a page size of %s', (size) => {
    expect(() => paginate(ids(3), '/keyword/kbnetwork/', size)).toThrow(RangeError);
  });

  it('rejects a base without a trailing slash', () => {
    expect(() => paginate(ids(3), '/keyword/kbnetwork', 2)).toThrow(RangeError);
  });
});

describe.each([
  // one page: just it
  [1, 1, [1]],
  [1, 5, [1, 2, 3, 4, 5]],
  [3, 7, [1, 2, 3, 4, 5, 6, 7]],
  // a gap of one number shows the number
  [1, 6, [1, 2, 3, null, 6]],
  [4, 8, [1, 2, 3, 4, 5, 6, 7, 8]],
  // long lists: first, last, two either side
  [1, 138, [1, 2, 3, null, 138]],
  [70, 138, [1, null, 68, 69, 70, 71, 72, null, 138]],
  [138, 138, [1, null, 136, 137, 138]],
  [5, 138, [1, 2, 3, 4, 5, 6, 7, null, 138]],
])('pageWindow(%i, %i)', (current, total, shown) => {
  it(`shows ${JSON.stringify(shown)}`, () => expect(pageWindow(current, total)).toEqual(shown));
});

describe('pageWindow over every page of a long list', () => {
  it('always shows the first, the last and the neighbours of the current page, in order', () => {
    for (let total = 1; total <= 30; total++) {
      for (let current = 1; current <= total; current++) {
        const numbers = pageWindow(current, total).filter((n): n is number => n !== null);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        for (const must of [1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total)) expect(numbers).toContain(must);
      }
    }
  });
});
