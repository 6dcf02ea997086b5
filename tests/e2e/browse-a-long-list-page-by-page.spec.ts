import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

test.use({ javaScriptEnabled: false });

/**
 * `npm run test:e2e` builds the 35-article sample with KB_BROWSE_PAGE_SIZE=5,
 * so the product with most articles spans several pages (a unit test checks
 * the sample has one). With the production size of 150 it would not, and
 * this test fails rather than pass without paging.
 */
test('a reader pages through a product with more articles than fit on a page', async ({ page }) => {
  await page.goto('/');
  const products = page.locator('section', { has: page.getByRole('heading', { name: 'Products' }) }).getByRole('list').getByRole('link');
  await products.first().click();
  const base = new URL(page.url()).pathname;
  const count = Number((await page.locator('.facet-count').innerText()).match(/^([\d,]+) articles?/)![1]!.replace(/,/g, ''));

  const pager = page.getByRole('navigation', { name: 'Pages' });
  await expect(pager, 'the sample build needs a small KB_BROWSE_PAGE_SIZE (see package.json test:e2e)').toBeVisible();
  const total = Number((await page.locator('.facet-count').innerText()).match(/page 1 of (\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  // The last page is always linked, however many there are.
  await expect(pager.getByRole('link', { name: `Page ${total}`, exact: true })).toHaveAttribute('href', `${base}${total}/`);

  const ids: string[] = [];
  const dates: string[] = [];
  for (let n = 1; ; n++) {
    await expect(page).toHaveURL(n === 1 ? new RegExp(`${base}$`) : new RegExp(`${base}${n}/$`));
    await expect(pager.getByRole('link', { name: `Page ${n}`, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.facet-count')).toContainText(`page ${n} of ${total}`);
    for (const row of await page.locator('table.article-table tbody tr').all()) {
      ids.push((await row.locator('td').first().innerText()).trim());
      dates.push((await row.locator('td').last().innerText()).trim());
    }
    const next = pager.getByRole('link', { name: 'Next' });
    if (n === total) {
      await expect(next).toHaveCount(0);
      break;
    }
    await next.click();
  }

  // Every article once, newest first across the pages, as many as the count says.
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
  const dated = dates.filter((d) => d !== '');
  expect(dated).toEqual([...dated].sort().reverse());

  // Back to the first page, which has no number in its URL.
  await page.goto(`${base}2/`);
  await pager.getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(pager.getByRole('link', { name: 'Previous' })).toHaveCount(0);
  // A page past the end does not exist.
  const response = await page.goto(`${base}${total + 1}/`);
  expect(response?.status()).toBe(404);
});
