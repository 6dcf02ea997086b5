import { readFileSync } from 'node:fs';
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect, test } from '@playwright/test';

const schema = (name: string) => new Validator(JSON.parse(readFileSync(`public/schema/${name}`, 'utf8')) as Schema, '2020-12');
const articleSchema = schema('article.schema.json');
const indexSchema = schema('article-index.schema.json');

test('the index lists every article, and each article JSON validates against the published schema', async ({ request }) => {
  const index = await (await request.get('/kb/index.json')).json();
  expect(indexSchema.validate(index).errors).toEqual([]);
  expect(index.count).toBe(35);
  expect(index.articles).toHaveLength(35);
  expect(index.articles).toContainEqual(['Q152941', 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', '/kb/152/Q152941/', ['Microsoft Exchange'], '1999-03-29']);

  for (const [id, , permalink] of index.articles as Array<[string, string, string]>) {
    const response = await request.get(permalink.replace(/\/$/, '.json'));
    expect(response.ok(), permalink).toBe(true);
    const article = await response.json();
    expect(articleSchema.validate(article).errors, id).toEqual([]);
    expect(article.id).toBe(id);
    expect(new URL(article.url).pathname).toBe(permalink);
  }
});

test('the article JSON points to the text and carries references both ways and the citation', async ({ request }) => {
  const article = await (await request.get('/kb/152/Q152734.json')).json();
  expect(article.citedBy.map((a: { id: string }) => a.id)).toEqual(['Q219324', 'Q219341']);
  expect(article.sections.find((s: { slug: string }) => s.slug === 'summary')).toEqual({ title: 'SUMMARY', slug: 'summary', depth: 2 });
  const text = await request.get(new URL(article.sourceUrl).pathname);
  expect(text.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await text.text()).toContain('Service packs are the means');
  expect(article.citation.text).toBe(`Microsoft KB Q152734: How to Obtain the Latest Windows NT 4.0 Service Pack (last modified 9 Aug 2001). ${article.url}`);

  const citing = await (await request.get('/kb/219/Q219324.json')).json();
  expect(citing.references).toContainEqual(expect.objectContaining({ id: 'Q152734', permalink: '/kb/152/Q152734/' }));
  // A reference to an article outside the archive has no permalink.
  const outside = await (await request.get('/kb/108/Q108729.json')).json();
  expect(outside.references).toContainEqual(expect.objectContaining({ id: 'Q151261', permalink: null }));
});

test('robots.txt points at a sitemap index whose sitemaps list the article pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
  expect(new URL(indexUrl).pathname).toBe('/sitemap-index.xml');
  const sitemapIndex = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(sitemaps).toEqual(['/sitemap-1.xml']);
  const sitemap = await (await request.get(sitemaps[0]!)).text();
  expect(sitemap).toContain('/kb/152/Q152941/</loc><lastmod>1999-03-29</lastmod>');
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  // Every article page, besides whatever browse pages the site has; never a redirect stub, an endpoint or the 404 page.
  const index = await (await request.get('/kb/index.json')).json();
  expect(pages).toEqual(expect.arrayContaining(index.articles.map((row: string[]) => row[2])));
  expect(pages.filter((path) => !path.endsWith('/') || /^\/Q\d+\/$/.test(path) || path.startsWith('/404'))).toEqual([]);
  expect(new Set(pages).size).toBe(pages.length);
});
