import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { PRODUCTS } from '../../../src/facets/rules.ts';
import { slugify } from '../../../src/facets/slugify.ts';
import type { FacetRef, Rejection } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

/** `Product(s):` values: [raw products, product facets, rejections]. */
describe.each<[string[], FacetRef[], Rejection[]]>([
  // the seed article
  [['Microsoft Exchange'], [{ kind: 'product', slug: 'microsoft-exchange', label: 'Microsoft Exchange' }], []],
  // the only misspelt product (18 articles): corrected label
  [['Miscrosoft Systems Journal'], [{ kind: 'product', slug: 'microsoft-systems-journal', label: 'Microsoft Systems Journal' }], []],
  // "For" in the source, "for" everywhere else
  [['Microsoft Mail For PC Networks'], [{ kind: 'product', slug: 'microsoft-mail-for-pc-networks', label: 'Microsoft Mail for PC Networks' }], []],
  // a + in the name
  [['Microsoft Schedule+ for Windows'], [{ kind: 'product', slug: 'microsoft-schedule-plus-for-windows', label: 'Microsoft Schedule+ for Windows' }], []],
  // case and spacing do not make another product
  [['MICROSOFT  exchange '], [{ kind: 'product', slug: 'microsoft-exchange', label: 'Microsoft Exchange' }], []],
  // "See article" (3349): not a product
  [['See article'], [], [{ kind: 'product', raw: 'See article', reason: 'junk' }]],
  // empty and punctuation-only values
  [[''], [], [{ kind: 'product', raw: '', reason: 'junk' }]],
  [['|'], [], [{ kind: 'product', raw: '|', reason: 'junk' }]],
  // no value at all
  [[], [], []],
  // an unknown product is still a product, under its own (tidied) name, and is reported
  [['Microsoft  Bob'], [{ kind: 'product', slug: 'microsoft-bob', label: 'Microsoft Bob' }], [{ kind: 'product', raw: 'Microsoft  Bob', reason: 'unmatched' }]],
  // two products, one junk: the other still counts
  [['See article', 'Microsoft FoxPro'], [{ kind: 'product', slug: 'microsoft-foxpro', label: 'Microsoft FoxPro' }], [{ kind: 'product', raw: 'See article', reason: 'junk' }]],
])('Product(s) %j', (products, expected, rejected) => {
  it(`gives ${expected.length} product facets`, () => {
    const facets = facetsOf(summary({ products }));
    expect(facets.facets.product).toEqual(expected);
    expect(facets.rejected).toEqual(rejected);
  });
});

describe('the product table', () => {
  it('gives every product its own slug', () => {
    const slugs = PRODUCTS.map((rule) => slugify(rule.label));
    expect(new Set(slugs).size).toBe(PRODUCTS.length);
  });

  it.each(PRODUCTS.flatMap((rule) => rule.aliases.map((alias) => [alias, rule.label])))('maps %j to %j', (alias, label) => {
    expect(facetsOf(summary({ products: [alias] })).facets.product.map((ref) => ref.label)).toEqual([label]);
  });
});

describe('versions of two products', () => {
  it('are faceted under each product', () => {
    const { facets } = facetsOf(summary({ products: ['Microsoft Exchange', 'Microsoft SNA Server'], versionsRaw: 'winnt:4.0' }));
    expect(facets.version.map((ref) => ref.label)).toEqual(['Microsoft Exchange 4.0 · Windows NT', 'Microsoft SNA Server 4.0 · Windows NT']);
  });
});
