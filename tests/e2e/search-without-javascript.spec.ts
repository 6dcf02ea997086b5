import { expect, test } from './shared-page.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the search page says search needs it and offers the ways that do not', async ({ page }) => {
  await page.goto('/search/?q=c0000005');
  const main = page.locator('main');
  await expect(main).toContainText('Search needs JavaScript');
  await expect(main.getByRole('link', { name: 'Browse' })).toHaveAttribute('href', '/browse/');
  await expect(main.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  await expect(main.getByRole('link', { name: '/Q152941' })).toHaveAttribute('href', '/Q152941/');
  // An error code, the query most visitors bring, has a page that needs no script.
  await expect(main.getByRole('link', { name: 'error codes' })).toHaveAttribute('href', '/code/');
  await expect(main.getByRole('link', { name: '/code/0xc0000005/' })).toHaveAttribute('href', '/code/0xc0000005/');
  // nothing that needs script is offered: no sort, filters, results or "/" key
  await expect(page.getByLabel('Sort')).toBeHidden();
  await expect(page.getByText('Filter results')).toBeHidden();
  await expect(page.getByRole('status')).toBeHidden();
  await expect(page.locator('#search-hint kbd')).toBeHidden();
  // the one search box still submits, to this page
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('search')).toHaveAttribute('action', '/search/');
  // Last, as it leaves the page: the code page it names is there and needs no script either.
  await main.getByRole('link', { name: '/code/0xc0000005/' }).click();
  await expect(page.locator('h1')).toContainText('0xC0000005', { ignoreCase: true });
});
