/**
 * The base-path sample served by nginx with the repository's configuration
 * (scripts/serve-nginx.ts, src/deploy/nginx-config.ts): short-link spellings
 * are redirects that work without JavaScript, every response carries the
 * CSP of `_headers`, missing pages get the 404 page, text is compressed, and
 * hashed assets are cached for a year while HTML is not.
 */
import type { ConsoleMessage } from '@playwright/test';
import { expect, test } from './shared-page.ts';
import { HEADER_POLICY } from '../../src/security/content-security-policy.ts';
import { BASE } from './base-site.ts';

const ARTICLE = `${BASE}kb/152/Q152941/`;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const spelling of ['KB152941', 'kb/152941', 'q152941', 'Q152941', 'kb152941/', 'kb/152941/']) {
    test(`${BASE}${spelling} is redirected to the article`, async ({ page }) => {
      const response = await page.goto(`${BASE}${spelling}`);
      await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('XCON: MTA Crashes Over Slow or Sporadic Network Connection');
    });
  }

  test('a redirect is a real 301, not a page that needs a script', async ({ request }) => {
    const response = await request.get(`${BASE}KB152941`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe(`${BASE}Q152941/`);
  });

  test('a missing page answers 404 with the 404 page', async ({ page }) => {
    const response = await page.goto(`${BASE}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('every response carries the Content-Security-Policy of _headers, error pages too', async ({ request }) => {
  for (const path of [ARTICLE, BASE, `${BASE}search/`, `${BASE}kb/152/Q152941.json`, `${BASE}no/such/page/`]) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(HEADER_POLICY);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('the CSP header holds on a page: its scripts and styles run, nothing is blocked', async ({ page }) => {
  const blocked: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  };
  page.on('console', onConsole);
  const response = await page.goto(ARTICLE);
  expect(response?.headers()['content-security-policy']).toBe(HEADER_POLICY);
  await page.getByText('Original source text').click();
  await expect(page.locator('details.source pre')).toContainText('MTA Crashes');
  page.off('console', onConsole);
  expect(blocked).toEqual([]);
});

test('text is compressed; hashed assets and Pagefind chunks are cached for a year, HTML for minutes', async ({ page, request }) => {
  await page.goto(ARTICLE);
  // Read from the page, not from its responses: on the worker's shared page the stylesheet may come from the cache.
  const assets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  const html = await request.get(ARTICLE, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['cache-control']).toBe('public, max-age=300');

  const css = assets.find((url) => new URL(url).pathname.startsWith(`${BASE}_astro/`) && url.endsWith('.css'));
  expect(css).toBeTruthy();
  const asset = await request.get(css!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');

  // The first bundle's metadata file, named by its hash in the entry file.
  const bundle = `${BASE}pagefind/0/`;
  const entry = await (await request.get(`${bundle}pagefind-entry.json`)).json();
  expect((await request.get(`${bundle}pagefind-entry.json`)).headers()['cache-control']).toBe('public, max-age=300');
  const { hash } = Object.values(entry.languages as Record<string, { hash: string }>)[0]!;
  const chunk = await request.get(`${bundle}pagefind.${hash}.pf_meta`);
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
