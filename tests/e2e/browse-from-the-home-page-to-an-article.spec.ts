import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

test.use({ javaScriptEnabled: false });

/** The breadcrumb trail as [label, href] pairs, checking its shape on the way. */
async function trail(page: Page): Promise<Array<[string, string]>> {
  const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
  const items = nav.locator('ol > li > a');
  await expect(items.last()).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  const links = await items.all();
  return Promise.all(links.map(async (a) => [(await a.innerText()).trim(), (await a.getAttribute('href'))!] as [string, string]));
}

test('a reader reaches an article through product, then version, then the article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox')).toHaveAttribute('name', 'q');

  // The product directory, most articles first: take the first product.
  const products = page.locator('section', { has: page.getByRole('heading', { name: 'Products' }) }).getByRole('list').getByRole('link');
  const product = (await products.first().innerText()).trim();
  await products.first().click();
  await expect(page).toHaveURL(/\/product\/[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(product);
  const productUrl = new URL(page.url()).pathname;
  expect(await trail(page)).toEqual([
    ['Home', '/'],
    [product, productUrl],
  ]);

  // Its versions, listed without the product name.
  const versions = page.locator('section', { has: page.getByRole('heading', { name: /^Versions/ }) }).getByRole('link');
  await expect(versions.first()).toBeVisible();
  await versions.first().click();
  await expect(page).toHaveURL(/\/version\/[^/]+\/$/);
  const version = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(version.startsWith(product)).toBe(true);
  const versionUrl = new URL(page.url()).pathname;
  expect(await trail(page)).toEqual([
    ['Home', '/'],
    [product, productUrl],
    [version, versionUrl],
  ]);
  await expect(page.getByRole('link', { name: product }).first()).toHaveAttribute('href', productUrl);

  // The version's articles: open the first.
  const first = page.locator('table.article-table tbody tr').first();
  const id = (await first.locator('td').first().innerText()).trim();
  const title = (await first.getByRole('link').first().innerText()).trim();
  await first.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.fact-id')).toHaveText(id);

  // The article links back to the pages it came through.
  const chips = page.getByRole('navigation', { name: 'Browse related articles' });
  await expect(chips.locator(`a[href="${productUrl}"]`)).toHaveText(product);
  await expect(chips.locator(`a[href="${versionUrl}"]`)).toHaveText(version);
  const crumbs = await trail(page);
  expect(crumbs[0]).toEqual(['Home', '/']);
  expect(crumbs.at(-1)).toEqual([id, new URL(page.url()).pathname]);
});

test('breadcrumbs on an article name its product and version', async ({ page }) => {
  await page.goto('/kb/152/Q152941/');
  // From its own "applies to" list: "Microsoft Exchange Server, version 4.0".
  expect(await trail(page)).toEqual([
    ['Home', '/'],
    ['Microsoft Exchange', '/product/microsoft-exchange/'],
    ['Microsoft Exchange 4.0', '/version/microsoft-exchange-4.0/'],
    ['Q152941', '/kb/152/Q152941/'],
  ]);
});

test('a keyword is reached through the browse page and its letter', async ({ page }) => {
  await page.goto('/browse/');
  await page.getByRole('navigation', { name: 'Keyword letters' }).getByRole('link', { name: 'N', exact: true }).click();
  await expect(page).toHaveURL(/\/browse\/keyword\/n\/$/);
  await page.getByRole('link', { name: 'kbnetwork' }).click();
  await expect(page).toHaveURL(/\/keyword\/kbnetwork\/$/);
  expect(await trail(page)).toEqual([
    ['Home', '/'],
    ['Browse', '/browse/'],
    ['Keywords: N', '/browse/keyword/n/'],
    ['kbnetwork', '/keyword/kbnetwork/'],
  ]);
  await expect(page.locator('table.article-table')).toContainText('Q152941');
});
