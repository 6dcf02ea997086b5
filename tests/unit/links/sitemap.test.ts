import { describe, expect, it } from 'vitest';
import { chunk, robotsTxt, sitemapEntries, sitemapFiles, sitemapXml } from '../../../src/links/sitemap.ts';

const SITE = 'https://kb-archive.example/';

describe.each([
  [[], 3, []],
  [[1, 2, 3], 3, [[1, 2, 3]]],
  [[1, 2, 3, 4], 3, [[1, 2, 3], [4]]],
  [[1, 2, 3, 4, 5, 6, 7], 2, [[1, 2], [3, 4], [5, 6], [7]]],
])('chunk(%j, %i)', (items, size, expected) => {
  it('splits in order', () => expect(chunk(items, size)).toEqual(expected));
});

it('refuses a chunk size below one', () => expect(() => chunk([1], 0)).toThrow(RangeError));

describe('sitemapFiles', () => {
  const entries = Array.from({ length: 120_001 }, (_, i) => ({ loc: `${SITE}kb/${i}/`, lastmod: i % 2 ? '1999-03-29' : null }));
  const files = sitemapFiles(entries, SITE);

  it('splits 120,001 URLs into files of at most 50,000 behind one index', () => {
    expect(files.map((f) => f.file)).toEqual(['sitemap-index.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const counts = files.slice(1).map((f) => f.text.match(/<url>/g)!.length);
    expect(counts).toEqual([50_000, 50_000, 20_001]);
    expect(files[0]!.text.match(/<loc>[^<]+<\/loc>/g)).toEqual([1, 2, 3].map((n) => `<loc>${SITE}sitemap-${n}.xml</loc>`));
  });

  it('keeps every file under the protocol limit of 50 MB', () => {
    for (const { text } of files) expect(Buffer.byteLength(text)).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('sitemapXml', () => {
  it('escapes URLs and writes lastmod only when known', () => {
    const xml = sitemapXml([{ loc: `${SITE}a?b=1&c=2`, lastmod: '2001-08-09' }, { loc: `${SITE}b/` }]);
    expect(xml).toContain(`<url><loc>${SITE}a?b=1&#38;c=2</loc><lastmod>2001-08-09</lastmod></url>`);
    expect(xml).toContain(`<url><loc>${SITE}b/</loc></url>`);
  });
});

describe('robotsTxt', () => {
  it('points at the sitemap index on the configured site', () =>
    expect(robotsTxt('https://kb.example.org/')).toContain('Sitemap: https://kb.example.org/sitemap-index.xml\n'));
});

describe('sitemapEntries', () => {
  it('lists pages worth crawling, dated where the article has a date', () => {
    const built = ['/kb/152/Q152941/', '/', '/Q152941/', '/404/', '/kb/index.json', '/robots.txt', '/kb/010/Q10022/', '/search/'];
    const dates = new Map([['/kb/152/Q152941/', '1999-03-29'], ['/kb/010/Q10022/', null]]);
    expect(sitemapEntries(built, SITE, dates)).toEqual([
      { loc: SITE, lastmod: null },
      { loc: `${SITE}kb/010/Q10022/`, lastmod: null },
      { loc: `${SITE}kb/152/Q152941/`, lastmod: '1999-03-29' },
      { loc: `${SITE}search/`, lastmod: null },
    ]);
  });
});
