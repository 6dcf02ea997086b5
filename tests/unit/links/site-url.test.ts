import { describe, expect, it } from 'vitest';
import { basePathFrom, basePathOf, normaliseBase, siteAddressFrom, siteUrl, withBase, withoutBase } from '../../../src/links/site-url.ts';
import { rebaseHeadersFile, parseHeadersFile } from '../../../src/links/headers-file.ts';
import { redirectsFile } from '../../../src/links/redirects-file.ts';
import { resolveLink } from '../../../src/links/link-check.ts';
import { robotsTxt, sitemapEntries, sitemapFiles } from '../../../src/links/sitemap.ts';
import { shortLinkPage } from '../../../src/links/short-link-page.ts';
import { articleIndex } from '../../../src/links/article-json.ts';

const SUB = 'https://example.github.io/kbarchive/';

describe.each([
  ['', '/'],
  ['/', '/'],
  ['kbarchive', '/kbarchive/'],
  ['/kbarchive', '/kbarchive/'],
  ['//kbarchive//', '/kbarchive/'],
  ['/a/b', '/a/b/'],
])('normaliseBase(%j)', (raw, base) => it(`is ${base}`, () => expect(normaliseBase(raw)).toBe(base)));

describe('the base of a build', () => {
  it('comes from BASE_PATH, else SITE_URL, else /', () => {
    expect(basePathFrom({})).toBe('/');
    expect(basePathFrom({ SITE_URL: 'https://kb.example.org' })).toBe('/');
    expect(basePathFrom({ SITE_URL: SUB })).toBe('/kbarchive/');
    expect(basePathFrom({ SITE_URL: 'https://example.github.io/kbarchive' })).toBe('/kbarchive/');
    expect(basePathFrom({ SITE_URL: 'https://kb.example.org/', BASE_PATH: 'kbarchive' })).toBe('/kbarchive/');
  });

  it('makes the site address carry it', () => {
    expect(siteAddressFrom({ SITE_URL: 'https://example.github.io/kbarchive' })).toBe(SUB);
    expect(siteAddressFrom({ SITE_URL: 'https://example.github.io', BASE_PATH: '/kbarchive/' })).toBe(SUB);
    expect(siteAddressFrom({})).toBe('https://kb-archive.example/');
    expect(basePathOf(SUB)).toBe('/kbarchive/');
  });
});

describe('withBase / withoutBase / siteUrl', () => {
  it('puts site paths under the base and leaves anything else alone', () => {
    expect(withBase('/kb/152/Q152941/', '/kbarchive/')).toBe('/kbarchive/kb/152/Q152941/');
    expect(withBase('/', '/kbarchive/')).toBe('/kbarchive/');
    expect(withBase('/search/?q=Q1#x', '/kbarchive/')).toBe('/kbarchive/search/?q=Q1#x');
    expect(withBase('/kb/152/Q152941/', '/')).toBe('/kb/152/Q152941/');
    for (const other of ['#cause', 'https://x.example/', '//x.example/', 'relative/']) expect(withBase(other, '/kbarchive/')).toBe(other);
  });

  it('takes the base off again, and knows a path outside it', () => {
    expect(withoutBase('/kbarchive/kb/152/', '/kbarchive/')).toBe('/kb/152/');
    expect(withoutBase('/kbarchive', '/kbarchive/')).toBe('/');
    expect(withoutBase('/kb/152/', '/kbarchive/')).toBeNull();
    expect(withoutBase('/kbarchivex/', '/kbarchive/')).toBeNull();
    expect(withoutBase('/q152941', '/')).toBe('/q152941');
  });

  it('makes absolute URLs under the site address', () => {
    expect(siteUrl('/kb/152/Q152941/', SUB)).toBe('https://example.github.io/kbarchive/kb/152/Q152941/');
    expect(siteUrl('/', SUB)).toBe(SUB);
    expect(siteUrl('/kb/152/Q152941/', 'https://kb.example.org')).toBe('https://kb.example.org/kb/152/Q152941/');
  });
});

describe('files that name URLs, under a base path', () => {
  it('the sitemaps and robots.txt', () => {
    const entries = sitemapEntries(['/', '/kb/152/Q152941/', '/Q152941/'], SUB, new Map());
    expect(entries.map(({ loc }) => loc)).toEqual([SUB, `${SUB}kb/152/Q152941/`]);
    expect(sitemapFiles(entries, SUB)[0]!.text).toContain(`<loc>${SUB}sitemap-1.xml</loc>`);
    expect(robotsTxt(SUB)).toBe(`User-agent: *\nAllow: /kbarchive/\n\nSitemap: ${SUB}sitemap-index.xml\n`);
  });

  it('the short-link page', () => {
    const html = shortLinkPage({ id: 'Q152941', title: 'T', permalink: '/kb/152/Q152941/' }, SUB);
    expect(html).toContain(`<link rel="canonical" href="${SUB}kb/152/Q152941/">`);
    expect(html).toContain('<meta name="kb-permalink" content="/kbarchive/kb/152/Q152941/"><script src="/kbarchive/follow-short-link.js">');
    expect(html).toContain('url=/kbarchive/kb/152/Q152941/"');
  });

  it('_redirects and _headers', () => {
    const { text } = redirectsFile(['/', '/kb/152/'], undefined, '/kbarchive/');
    expect(text).toContain('/kbarchive/kb/:number /kbarchive/Q:number/ 301');
    expect(text).toContain('/kbarchive/KB:number/ /kbarchive/Q:number/ 301');
    expect(text).toContain('/kbarchive/kb/152 /kbarchive/kb/152/ 301');
    const headers = rebaseHeadersFile('# note\n/*\n  X-A: 1\n/_astro/*\n  Cache-Control: immutable\n', '/kbarchive/');
    expect([...parseHeadersFile(headers).keys()]).toEqual(['/kbarchive/*', '/kbarchive/_astro/*']);
  });

  it('the article index names the site with its base', () => {
    const index = articleIndex([], SUB);
    expect(index.site).toBe(SUB);
    expect(index.$schema).toBe(`${SUB}schema/article-index.schema.json`);
  });

  it('the link checker follows links under the base and flags those that leave it', () => {
    const files = new Set(['index.html', 'kb/152/Q152941/index.html']);
    const site = new URL(SUB);
    expect(resolveLink('/kbarchive/kb/152/Q152941/', '/', site, files)).toMatchObject({ kind: 'ok', file: 'kb/152/Q152941/index.html' });
    expect(resolveLink('../../../', '/kb/152/Q152941/', site, files)).toMatchObject({ kind: 'ok', file: 'index.html' });
    expect(resolveLink(`${SUB}kb/152/Q152941/`, '/', site, files)).toMatchObject({ kind: 'ok' });
    expect(resolveLink('/kb/152/Q152941/', '/', site, files)).toMatchObject({ kind: 'broken', reason: expect.stringContaining('base path') });
  });
});
