/**
 * The built sample against the facet model computed afresh from the build's
 * catalog: each facet page shows the number of articles carrying the value
 * and, over its pages, lists exactly those articles; each article's chips
 * link to exactly its facet pages; no browse page is over 100 KB.
 *
 * The built files are read from disk and parsed by the browser's DOMParser in
 * one call, rather than visited one by one: the same HTML, in a second.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';
import type { ArticleSummary } from '../../src/article/model.ts';
import { buildFacetIndex } from '../../src/facets/build-index.ts';
import { facetsOf } from '../../src/facets/facets-of.ts';
import { facetUrl } from '../../src/facets/paginate.ts';
import { FACET_KINDS } from '../../src/facets/types.ts';
import { partPath } from '../../src/article/split-parts.ts';

const DIST = path.resolve(process.env.KB_OUT_DIR ?? 'dist');
const CACHE = path.resolve(process.env.KB_CACHE_DIR || path.join('.cache', 'kb-archive'));
const catalog = JSON.parse(readFileSync(path.join(CACHE, 'catalog.json'), 'utf8')) as ArticleSummary[];
const { vocabulary } = buildFacetIndex(catalog);

/** Facet page URL -> ids of the articles carrying the value, from facetsOf alone. */
const expected = new Map<string, Set<string>>();
const chipsOf = new Map<string, string[]>();
for (const summary of catalog) {
  const facets = facetsOf(summary, vocabulary).facets;
  const urls = FACET_KINDS.flatMap((kind) => facets[kind].map((ref) => facetUrl(kind, ref.slug)));
  // The chips close the article: on its last page when it is published in parts.
  chipsOf.set(partPath(summary.permalink, summary.parts ?? 1), urls);
  for (const url of urls) expected.set(url, (expected.get(url) ?? new Set()).add(summary.id));
}

/** URL path of every built page (`/product/microsoft-exchange/2/`). */
const builtUrls = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html'))
  .map((file) => '/' + file.split(path.sep).join('/').replace(/index\.html$/, ''));
const html = (url: string) => readFileSync(path.join(DIST, url, 'index.html'), 'utf8');

/** `/kind/slug/` or `/kind/slug/n/`, kind one of the facet kinds. */
const FACET_PAGE = new RegExp(`^/(?:${FACET_KINDS.join('|')})/[^/]+/(?:\\d+/)?$`);
const valueUrl = (url: string) => url.split('/').slice(0, 3).join('/') + '/';

interface Parsed {
  count: string | null;
  ids: string[];
  /** Each row's title link: [text, href]. */
  titles: Array<[string, string]>;
  next: string | null;
  chips: string[];
}

async function parse(page: Page, documents: string[]): Promise<Parsed[]> {
  return page.evaluate((texts) => {
    const parser = new DOMParser();
    return texts.map((text) => {
      const doc = parser.parseFromString(text, 'text/html');
      return {
        count: doc.querySelector('.facet-count')?.textContent ?? null,
        ids: [...doc.querySelectorAll('table.article-table tbody tr td:first-child')].map((td) => td.textContent!.trim()),
        titles: [...doc.querySelectorAll('table.article-table tbody tr td:nth-child(2) a')].map((a) => [a.textContent!, a.getAttribute('href')!] as [string, string]),
        next: doc.querySelector('nav[aria-label="Pages"] a[rel="next"]')?.getAttribute('href') ?? null,
        chips: [...doc.querySelectorAll('nav.facet-chips a')].map((a) => a.getAttribute('href')!),
      };
    });
  }, documents);
}

test('the build has facet pages to check', () => {
  expect(catalog.length).toBeGreaterThan(0);
  expect(expected.size).toBeGreaterThan(catalog.length / 2);
});

test('facet pages exist for exactly the values of the model', () => {
  expect(new Set(builtUrls.filter((url) => FACET_PAGE.test(url)).map(valueUrl))).toEqual(new Set(expected.keys()));
});

test('each facet page shows its count and, over its pages, lists exactly the articles carrying it', async ({ page }) => {
  const urls = builtUrls.filter((url) => FACET_PAGE.test(url));
  const parsed = new Map((await parse(page, urls.map(html))).map((p, i) => [urls[i]!, p]));
  for (const [url, ids] of expected) {
    const listed: string[] = [];
    for (let at: string | null = url; at !== null; ) {
      const here = parsed.get(at);
      expect(here, `${at} is linked but was not built`).toBeDefined();
      expect(Number(here!.count?.match(/^([\d,]+) articles?/)?.[1]?.replace(/,/g, '')), `count on ${at}`).toBe(ids.size);
      listed.push(...here!.ids);
      at = here!.next;
    }
    expect(listed.length, url).toBe(ids.size);
    expect(new Set(listed), url).toEqual(ids);
  }
});

test('each row shows the title exactly as the catalog has it, linked to the permalink', async ({ page }) => {
  const urls = builtUrls.filter((url) => FACET_PAGE.test(url));
  const byId = new Map(catalog.map((summary) => [summary.id, summary]));
  const rows = (await parse(page, urls.map(html))).flatMap(({ ids, titles }) => ids.map((id, i) => [id, titles[i]] as const));
  expect(rows.length).toBeGreaterThan(catalog.length);
  // Q256136's title has quotes: `FP: ErrMsg: "Database Results Error" Updating Database Record`.
  for (const [id, title] of rows) expect(title, id).toEqual([byId.get(id)!.title, byId.get(id)!.permalink]);
});

test("each article's chips link to exactly the facet pages it is listed on", async ({ page }) => {
  const permalinks = [...chipsOf.keys()];
  const parsed = await parse(page, permalinks.map(html));
  permalinks.forEach((permalink, i) => expect(parsed[i]!.chips, permalink).toEqual(chipsOf.get(permalink)));
});

test('no browse page is over 100 KB of HTML', () => {
  const browse = builtUrls.filter((url) => !url.startsWith('/kb/'));
  expect(browse.length).toBeGreaterThan(expected.size);
  for (const url of browse) expect(statSync(path.join(DIST, url, 'index.html')).size, url).toBeLessThanOrEqual(100 * 1024);
});
