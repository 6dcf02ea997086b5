import { describe, expect, it } from 'vitest';
import { articleCount, counted, versionWithinProduct } from '../../../src/facets/labels.ts';
import type { FacetRef } from '../../../src/facets/types.ts';

const product = (label: string): FacetRef => ({ kind: 'product', slug: 'p', label });
const version = (label: string): FacetRef => ({ kind: 'version', slug: 'v', label });

describe.each([
  ['Microsoft Exchange', 'Microsoft Exchange 4.0 · Windows NT', '4.0 · Windows NT'],
  ['Microsoft Windows NT', 'Microsoft Windows NT 3.51', '3.51'],
  // a product whose name another starts with keeps the rest of the label
  ['Microsoft Mail', 'Microsoft Mail for PC Networks 3.2', 'for PC Networks 3.2'],
  // not its product: the whole label
  ['Microsoft FoxPro', 'Microsoft Exchange 5.5', 'Microsoft Exchange 5.5'],
  // nothing would be left
  ['Microsoft Exchange', 'Microsoft Exchange ', 'Microsoft Exchange '],
])('a version of %s', (p, v, shown) => {
  it(`shows "${v}" as "${shown}"`, () => expect(versionWithinProduct(version(v), product(p))).toBe(shown));
});

describe.each([
  [0, '0 articles'],
  [1, '1 article'],
  [2, '2 articles'],
  [9161, '9,161 articles'],
])('articleCount(%i)', (n, text) => {
  it(`is "${text}"`, () => expect(articleCount(n)).toBe(text));
});

describe.each([
  [1, 'keyword', '1 keyword'],
  [2053, 'keyword', '2,053 keywords'],
])('counted(%i, %j)', (n, noun, text) => {
  it(`is "${text}"`, () => expect(counted(n, noun)).toBe(text));
});
