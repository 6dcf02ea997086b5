import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePages, median, pageWeight, percentile, resolveLocal, sample, sizes } from '../../../scripts/page-weight.ts';

const dist = path.resolve('tests/fixtures/page-weight/site');

describe('pageWeight', () => {
  const weight = pageWeight(dist, 'kb/152/Q152941/index.html');

  it('counts what the page loads on its own, through CSS imports and static script imports', () => {
    expect(weight.assets).toEqual([
      '/_astro/extra.css',
      '/_astro/page.js',
      '/_astro/paper.png',
      '/_astro/reexport.js',
      '/_astro/shared.js',
      '/_astro/site.css',
      '/_astro/theme.js',
      '/favicon.svg',
      '/kb/152/Q152941/figure.png',
    ]);
  });

  it('leaves out other hosts, data: URLs, links, and search loaded on use', () => {
    expect(weight.assets.filter((asset) => /cdn|data:|pagefind|Q152942|kb-archive/.test(asset))).toEqual([]);
  });

  it('sums each file compressed on its own', () => {
    const files = ['kb/152/Q152941/index.html', ...weight.assets.map((asset) => asset.slice(1))];
    const each = files.map((file) => sizes(readFileSync(path.join(dist, file))));
    for (const key of ['raw', 'gzip', 'brotli'] as const) {
      expect(weight.total[key]).toBe(each.reduce((sum, s) => sum + s[key], 0));
    }
    expect(weight.html).toEqual(each[0]);
  });
});

describe.each([
  // same site, absolute and relative
  ['/_astro/a.css', '/kb/1/Q1/', '/_astro/a.css'],
  ['../x.png', '/kb/1/Q1/', '/kb/1/x.png'],
  ['b.js', '/_astro/a.js', '/_astro/b.js'],
  // another host, protocol-relative, data:
  ['https://cdn.example/a.js', '/', null],
  ['//cdn.example/a.js', '/', null],
  ['data:image/png;base64,AA', '/', null],
])('resolveLocal(%j from %j)', (url, from, expected) => {
  it(`is ${expected}`, () => expect(resolveLocal(url, from)).toBe(expected));
});

describe.each([
  // a build under /kbarchive/: its URLs carry the base, the files do not
  ['/kbarchive/_astro/a.css', '/kb/1/Q1/', '/_astro/a.css'],
  ['../x.png', '/kb/1/Q1/', '/kb/1/x.png'],
  ['/_astro/a.css', '/kb/1/Q1/', null],
])('resolveLocal(%j from %j) under /kbarchive/', (url, from, expected) => {
  it(`is ${expected}`, () => expect(resolveLocal(url, from, undefined, '/kbarchive/')).toBe(expected));
});

describe('sampling', () => {
  it('finds only article pages, in order', () => {
    expect(articlePages(dist)).toEqual(['kb/152/Q152941/index.html']);
  });

  it('spreads the sample over the whole list, the same way every time', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(sample(items, 4)).toEqual([0, 25, 50, 75]);
    expect(sample(items, 200)).toHaveLength(100);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 90)).toBe(90);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 50)).toBe(7);
  });
});
