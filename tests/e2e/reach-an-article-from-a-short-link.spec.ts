import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

const CANONICAL = /\/kb\/152\/Q152941\/$/;

// Every spelling found in tickets and code comments, with and without the trailing slash. The sample build is served
// by `astro preview`, which (like GitHub Pages or S3) ignores _redirects: the short page and the 404 page do the work.
for (const path of ['/Q152941', '/Q152941/', '/q152941', '/q152941/', '/kb/152941', '/kb/152941/', '/KB152941', '/KB152941/']) {
  test(`the short link ${path} lands on the canonical page`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(CANONICAL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('XCON: MTA Crashes Over Slow or Sporadic Network Connection');
  });
}

test('a short link keeps its section anchor', async ({ page }) => {
  await page.goto('/Q152941/#cause');
  await expect(page).toHaveURL(/\/kb\/152\/Q152941\/#cause$/);
  await page.goto('/kb/152941#cause');
  await expect(page).toHaveURL(/\/kb\/152\/Q152941\/#cause$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the short page still leads to the article (meta refresh)', async ({ page }) => {
    await page.goto('/Q152941/');
    await expect(page).toHaveURL(CANONICAL);
  });
});

test('a short link for a number the archive lacks says so on the 404 page', async ({ page }) => {
  const response = await page.goto('/Q999999');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('status')).toContainText('The archive has no article Q999999');
  await expect(page.getByRole('status').getByRole('link', { name: 'search for Q999999' })).toHaveAttribute('href', '/search/?q=Q999999');
});

for (const path of ['/kb/152/q152941', '/kb/153/Q152941/', '/kb/152/Q152941/index.htm']) {
  test(`a mistyped article path (${path}) offers the article`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const offer = page.getByRole('status').getByRole('link');
    await expect(offer).toHaveText('Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection');
    await offer.click();
    await expect(page).toHaveURL(CANONICAL);
  });
}

test('a path with no article number gets the plain 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('status')).toHaveText('There is no page at this address.');
});
