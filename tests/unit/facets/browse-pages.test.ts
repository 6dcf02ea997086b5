import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { browsePages, pageSizeFrom } from '../../../src/facets/browse-pages.ts';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { BROWSE_PAGE_SIZE } from '../../../src/facets/paginate.ts';
import { facetReport } from '../../../src/facets/report.ts';
import { FACET_KINDS, type BrowsePage } from '../../../src/facets/types.ts';
import { sampleCatalog } from './sample-catalog.ts';
import { summary } from './summary.ts';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/facets/catalog.json', import.meta.url), 'utf8')) as ArticleSummary[];
const catalogs: Record<string, () => Promise<ArticleSummary[]>> = {
  'the sample site': sampleCatalog,
  'the odd-values fixture': async () => fixture,
};

/** Article ids per browse URL base (page 1's URL), in page order. */
function listed(pages: readonly BrowsePage[]): Map<string, string[]> {
  const byBase = new Map<string, string[]>();
  for (const { entry, page } of pages) {
    const base = `/${entry.kind}/${entry.slug}/`;
    byBase.set(base, [...(byBase.get(base) ?? []), ...page.ids]);
  }
  return byBase;
}

describe.each(Object.keys(catalogs))('browse pages of %s', (name) => {
  let catalog: ArticleSummary[];
  beforeAll(async () => {
    catalog = await catalogs[name]!();
  });

  describe.each([1, 2, 3, BROWSE_PAGE_SIZE])('in pages of %i', (size) => {
    it('list every article under each of its facets, and nothing else', () => {
      const index = buildFacetIndex(catalog);
      const expected = new Map<string, Set<string>>();
      for (const summary of catalog) {
        for (const kind of FACET_KINDS) {
          for (const ref of facetsOf(summary, index.vocabulary).facets[kind]) {
            const base = `/${kind}/${ref.slug}/`;
            expected.set(base, (expected.get(base) ?? new Set()).add(summary.id));
          }
        }
      }
      const pages = browsePages(index, size);
      const actual = listed(pages);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [base, ids] of actual) {
        expect(new Set(ids).size, base).toBe(ids.length);
        expect(new Set(ids), base).toEqual(expected.get(base));
      }
      // The count a page shows is the entry's count: the number of articles carrying the value.
      for (const { entry } of pages) expect(entry.count).toBe(expected.get(`/${entry.kind}/${entry.slug}/`)!.size);
    });

    it('start at the bare URL, number the rest, and never make an empty or oversized page', () => {
      const pages = browsePages(buildFacetIndex(catalog), size);
      expect(pages.length).toBeGreaterThan(0);
      for (const { entry, page } of pages) {
        const base = `/${entry.kind}/${entry.slug}/`;
        expect(page.url).toBe(page.number === 1 ? base : `${base}${page.number}/`);
        expect(page.ids.length).toBeGreaterThan(0);
        expect(page.ids.length).toBeLessThanOrEqual(size);
        expect(page.total).toBe(Math.ceil(entry.count / size));
      }
    });
  });
});

describe('the sample site', () => {
  it('has a value with more than one page at the page size the browser tests build with', async () => {
    // test:e2e builds the sample with KB_BROWSE_PAGE_SIZE=5 so pagination can be tried in a browser.
    const pages = browsePages(buildFacetIndex(await sampleCatalog()), 5);
    expect(pages.some(({ page }) => page.number === 2)).toBe(true);
  });
});

describe('bad header values', () => {
  const catalog = [
    summary({ id: 'Q1', products: ['Microsoft Exchange'], versionsRaw: 'BeOS:5.0; winnt:4.0', operatingSystems: ['BeOS', '5.10', ''], keywords: ['|', 'b:', 'k', '4.00', 'kbnetwork'], lastModified: '2099-01-01' }),
    summary({ id: 'Q2', products: ['See article', ''], versionsRaw: '5.10 | ', operatingSystems: ['|'], keywords: [], lastModified: null }),
    summary({ id: 'Q3', products: [], versionsRaw: '', keywords: ['SR#', 'S900517-71'], lastModified: '1899-12-31' }),
  ];
  const pages = browsePages(buildFacetIndex(catalog), 1);
  const urls = pages.map(({ page }) => page.url);

  it('make no facet page of their own', () => {
    // `BeOS:5.0` keeps its version, without the unknown platform.
    const good = ['/keyword/kbnetwork/', '/os/windows-nt/', '/product/microsoft-exchange/', '/version/microsoft-exchange-4.0-windows-nt/', '/version/microsoft-exchange-5.0/'];
    expect(urls.sort()).toEqual(good.sort());
  });

  it('leave no page empty', () => {
    for (const { page } of pages) expect(page.ids).toEqual(['Q1']);
  });

  it('are all in the facet report', () => {
    const rejected = facetReport(catalog).rejected.map(({ kind, raw }) => `${kind}:${raw}`);
    expect(rejected).toEqual(expect.arrayContaining(['year:2099-01-01', 'year:1899-12-31', 'os:BeOS', 'os:5.10', 'product:See article', 'keyword:|', 'keyword:b:', 'keyword:SR#']));
  });
});

describe.each([
  [undefined, BROWSE_PAGE_SIZE],
  ['', BROWSE_PAGE_SIZE],
  ['  ', BROWSE_PAGE_SIZE],
  ['5', 5],
  ['1', 1],
])('pageSizeFrom(%j)', (value, size) => {
  it(`is ${size}`, () => expect(pageSizeFrom(value)).toBe(size));
});

describe.each(['0', '-3', '2.5', 'ten', '5 rows'])('pageSizeFrom(%j)', (value) => {
  it('refuses it, naming the variable', () => expect(() => pageSizeFrom(value)).toThrow(/KB_BROWSE_PAGE_SIZE/));
});
