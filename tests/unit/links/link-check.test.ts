import { describe, expect, it } from 'vitest';
import { pagePathOf, resolveLink, scanHtml, scanText } from '../../../src/links/link-check.ts';

describe('scanHtml', () => {
  it('finds href, src, form action and meta refresh targets, and ids', () => {
    const html = `<!doctype html><html><head><link rel="canonical" href="https://kb.example/a/">
      <script src="/x.js"></script><meta http-equiv="refresh" content="0; url=/kb/152/Q152941/"></head>
      <body><a href='/b/?q=1&amp;r=2'>b</a><img src=/i.png alt=""><form action="/search/"></form>
      <h2 id="symptoms">S</h2><a name="old-anchor"></a></body></html>`;
    expect(scanHtml(html)).toEqual({
      links: ['https://kb.example/a/', '/x.js', '/kb/152/Q152941/', '/b/?q=1&r=2', '/i.png', '/search/'],
      ids: ['symptoms', 'old-anchor'],
    });
  });

  it('ignores markup-like text in scripts, styles, comments and escaped article text', () => {
    const html = `<script>const s = '<a href="/nope/">';</script><style>a[href="/no/"]{}</style><!-- <a href="/gone/"> -->
      <pre>&lt;a href="/text/" id="fake"&gt;</pre><script type="application/ld+json">{"url":"<a href=\\"/x/\\">"}</script>`;
    expect(scanHtml(html)).toEqual({ links: [], ids: [] });
  });

  it('reads attributes whose values contain ">"', () =>
    expect(scanHtml('<a title="a > b" href="/c/">c</a>').links).toEqual(['/c/']));
});

describe('scanText', () => {
  it('reads sitemap locs and robots.txt sitemap lines', () => {
    expect(scanText('sitemap-1.xml', '<url><loc>https://kb.example/a?b=1&#38;c=2</loc></url>')).toEqual(['https://kb.example/a?b=1&c=2']);
    expect(scanText('robots.txt', 'User-agent: *\nSitemap: https://kb.example/sitemap-index.xml\n')).toEqual(['https://kb.example/sitemap-index.xml']);
    expect(scanText('notes.txt', 'Sitemap: /x')).toEqual([]);
  });
});

describe.each([
  ['kb/152/Q152941/index.html', '/kb/152/Q152941/'],
  ['index.html', '/'],
  ['404.html', '/404.html'],
  ['kb/152/Q152941.json', '/kb/152/Q152941.json'],
])('pagePathOf(%j)', (file, expected) => {
  it(`is ${expected}`, () => expect(pagePathOf(file)).toBe(expected));
});

describe('resolveLink', () => {
  const site = new URL('https://kb.example/');
  const files = new Set(['index.html', 'kb/152/Q152941/index.html', 'kb/152/Q152941.json', '404.html', 'Q152941/index.html']);
  const page = '/kb/152/Q152941/';

  it.each([
    // root-relative, relative and absolute-on-site URLs are internal
    ['/kb/152/Q152941/', { kind: 'ok', file: 'kb/152/Q152941/index.html', fragment: null }],
    ['../Q152941.json', { kind: 'ok', file: 'kb/152/Q152941.json', fragment: null }],
    ['https://kb.example/', { kind: 'ok', file: 'index.html', fragment: null }],
    ['#symptoms', { kind: 'ok', file: 'kb/152/Q152941/index.html', fragment: 'symptoms' }],
    ['/Q152941/?utm=x#more-information', { kind: 'ok', file: 'Q152941/index.html', fragment: 'more-information' }],
    ['/404', { kind: 'ok', file: '404.html', fragment: null }],
    // other hosts are not fetched
    ['https://support.microsoft.com/kb/152941', { kind: 'external' }],
    ['//cdn.example/x.js', { kind: 'external' }],
    // broken
    ['/kb/152/Q999999/', { kind: 'broken', reason: 'no such file' }],
    ['/kb/152/Q152941', { kind: 'broken', reason: 'folder link without its trailing slash' }],
    ['/a%E0%A4%A/', { kind: 'broken', reason: 'bad percent-encoding' }],
  ])('%s', (href, expected) => expect(resolveLink(href, page, site, files)).toEqual(expected));
});

describe('scanHtml on attribute values that hold markup', () => {
  it('does not take <script> inside a quoted attribute for a script element', () => {
    // Astro writes `<` and `>` in attribute values as they are (valid HTML); Q224963's title holds <SCRIPT>.
    const html = `<meta property="og:title" content="Using Enhanced <SCRIPT> Tags"><a href="/a/">a</a>
      <pre>&#x3C;SCRIPT SRC="FILE.INC">&#x3C;/SCRIPT></pre><script src="/s.js"></script><h2 id="x">x</h2>`;
    expect(scanHtml(html)).toEqual({ links: ['/a/', '/s.js'], ids: ['x'] });
  });
});

describe('character references in attribute values', () => {
  it('are decoded with the one decoder, and one out of range stays as written instead of throwing', () => {
    expect(scanHtml('<a href="/a?x=1&amp;y=&#x32;&#50;">').links).toEqual(['/a?x=1&y=22']);
    expect(scanHtml('<a href="/a&#x110000;b&#0;">').links).toEqual(['/a&#x110000;b&#0;']);
  });
});
