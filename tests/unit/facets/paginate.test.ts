import { describe, expect, it } from 'vitest';
import { BROWSE_PAGE_SIZE, facetUrl, paginate } from '../../../src/facets/paginate.ts';

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
