import { describe, expect, it } from 'vitest';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { articleTrail, facetPageTrail, facetTrail, keywordLetterTrail, kindTrail } from '../../../src/facets/trail.ts';
import type { Crumb } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

const catalog = [
  summary({ id: 'Q152941', products: ['Microsoft Exchange'], versionsRaw: 'winnt:4.0', keywords: ['kbnetwork'], lastModified: '1999-03-29' }),
  // two products: the first decides the trail; its version is the one of that product
  summary({ id: 'Q200001', products: ['Microsoft Windows NT', 'Microsoft Exchange'], versionsRaw: '4.0', lastModified: '2001-01-01' }),
  // a product without versions
  summary({ id: 'Q200002', products: ['Microsoft Press'], lastModified: '2000-05-05' }),
  // no product (`See article` is junk): the year is the next best list it is in
  summary({ id: 'Q200003', products: ['See article'], versionsRaw: '5.10', lastModified: '1990-02-02' }),
  // nothing at all, and an absurd date
  summary({ id: 'Q200004', lastModified: '2099-01-01' }),
];
const index = buildFacetIndex(catalog);
const labels = (trail: Crumb[]) => trail.map((c) => c.label);
const urls = (trail: Crumb[]) => trail.map((c) => c.url);

describe.each([
  ['Q152941', ['Home', 'Microsoft Exchange', 'Microsoft Exchange 4.0 · Windows NT', 'Q152941']],
  ['Q200001', ['Home', 'Microsoft Windows NT', 'Microsoft Windows NT 4.0', 'Q200001']],
  ['Q200002', ['Home', 'Microsoft Press', 'Q200002']],
  ['Q200003', ['Home', '1990', 'Q200003']],
  ['Q200004', ['Home', 'Q200004']],
])('the trail of %s', (id, expected) => {
  const s = catalog.find((c) => c.id === id)!;
  const trail = articleTrail(facetsOf(s, index.vocabulary), index, s);
  it(`is ${expected.join(' > ')}`, () => expect(labels(trail)).toEqual(expected));
  it('starts at home and ends at the article', () => {
    expect(trail[0]!.url).toBe('/');
    expect(trail.at(-1)!.url).toBe(s.permalink);
  });
  it('links only to pages that list the next step', () => {
    for (let i = 1; i < trail.length - 1; i++) {
      const [, kind, slug] = trail[i]!.url.split('/');
      const entry = index.bySlug[kind as 'product' | 'version' | 'year'].get(slug!);
      expect(entry?.ids).toContain(id);
    }
  });
});

describe('facet trails', () => {
  const entry = (kind: 'product' | 'version' | 'os' | 'year' | 'keyword', slug: string) => index.bySlug[kind].get(slug)!;

  it.each([
    ['product', 'microsoft-exchange', ['/', '/product/microsoft-exchange/']],
    ['version', 'microsoft-exchange-4.0-windows-nt', ['/', '/product/microsoft-exchange/', '/version/microsoft-exchange-4.0-windows-nt/']],
    ['year', '1999', ['/', '/year/1999/']],
    ['os', 'windows-nt', ['/', '/browse/', '/os/windows-nt/']],
    ['keyword', 'kbnetwork', ['/', '/browse/', '/browse/keyword/n/', '/keyword/kbnetwork/']],
  ] as const)('%s %s goes up through the lists it is in', (kind, slug, expected) => {
    expect(urls(facetTrail(entry(kind, slug)))).toEqual(expected);
  });

  it('adds the page number after page 1, the value itself linking to page 1', () => {
    const exchange = entry('product', 'microsoft-exchange');
    expect(facetPageTrail(exchange, 1, '/product/microsoft-exchange/')).toEqual(facetTrail(exchange));
    expect(facetPageTrail(exchange, 3, '/product/microsoft-exchange/3/').slice(-2)).toEqual([
      { label: 'Microsoft Exchange', url: '/product/microsoft-exchange/' },
      { label: 'Page 3', url: '/product/microsoft-exchange/3/' },
    ]);
  });

  it('puts a kind index under /browse/, where every kind is listed', () => {
    expect(kindTrail('os')).toEqual([
      { label: 'Home', url: '/' },
      { label: 'Browse', url: '/browse/' },
      { label: 'Operating systems', url: '/os/' },
    ]);
  });

  it('names a keyword letter page after its letter', () => {
    expect(keywordLetterTrail('other').at(-1)).toEqual({ label: 'Keywords: 0-9 and _', url: '/browse/keyword/other/' });
  });
});
