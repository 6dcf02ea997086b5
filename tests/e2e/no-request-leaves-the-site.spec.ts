/**
 * No request leaves the site: every request the pages make while a reader
 * uses them goes to the site's own host, and nothing is refused by the
 * Content-Security-Policy or logged as an error.
 */
import { expect, test } from '@playwright/test';
import { pagesByType } from './site-pages.ts';

const { typed } = pagesByType();
const visits = typed.filter(({ type }) => type.audit).map(({ type, urls }) => ({ type: type.name, url: urls[0]! }));

test('every request made while reading, toggling and searching stays on the site', async ({ page, context, baseURL }) => {
  const site = new URL(baseURL!).host;
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));

  for (const { url } of visits) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(url === '/404.html' ? 500 : 400);
    await page.locator('.theme-toggle').click();
    const source = page.locator('details.source > summary');
    if (await source.count()) await source.click();
    await page.waitForLoadState('networkidle');
  }
  // Using the search box loads whatever search needs.
  await page.goto(visits[0]!.url);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('MTA crash');
  await page.keyboard.press('Enter');
  await page.waitForLoadState('networkidle');

  const offsite = requests.filter((url) => !url.startsWith('data:') && new URL(url).host !== site);
  expect(offsite).toEqual([]);
  expect(requests.length).toBeGreaterThan(visits.length);
  // Until the build has a search page, the 404 of /search/ is the one error allowed.
  const hasSearch = typed.some(({ type }) => type.name === 'search');
  expect(problems.filter((text) => hasSearch || !text.startsWith(`${baseURL}/search/`))).toEqual([]);
});

test('every page carries the Content-Security-Policy and no inline script', async ({ page }) => {
  for (const { url } of visits) {
    await page.goto(url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, url).toMatch(/script-src 'self'/);
    // Data blocks (JSON-LD) never execute; anything else inline would be refused by the policy.
    expect(await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').count(), url).toBe(0);
    expect(await page.locator('[style]').count(), url).toBe(0);
  }
});
