import type { Page } from '@playwright/test';
import { answered, resultIds, searchBox, searchFor, status } from './search-page.ts';
import { expect, test } from './watched-page.ts';

/** A product's checkbox in the open filter panel; its name ends in the count (`Microsoft Windows NT (6)`). */
const productBox = (page: Page, product: string) =>
  page.getByRole('group', { name: 'Product' }).getByRole('checkbox', { name: new RegExp(`^${product} \\(`) });

async function countOf(page: Page, product: string): Promise<number> {
  const name = await productBox(page, product).evaluate((box) => box.closest('label')?.textContent ?? '');
  return Number(/\((\d[\d,]*)\)\s*$/.exec(name)?.[1]?.replace(/,/g, '') ?? NaN);
}

test('filtering by a facet narrows the results to its count and updates the counts', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'windows');
  const before = await resultIds(page);

  // the panel opens from the keyboard and loads counts for this query
  await page.getByText('Filter results').focus();
  await page.keyboard.press('Enter');
  const nt = productBox(page, 'Microsoft Windows NT');
  await expect(nt).toBeVisible();
  const ntCount = await countOf(page, 'Microsoft Windows NT');
  expect(ntCount).toBeGreaterThan(0);
  expect(ntCount).toBeLessThan(before.length);

  // a long list shows its top values and a button for the rest
  const keywords = page.getByRole('group', { name: 'Keyword' });
  const showAll = keywords.getByRole('button', { name: /^Show all \d+ Keyword values$/ });
  const all = Number(/\d+/.exec((await showAll.getAttribute('aria-label')) ?? '')?.[0]);
  expect(await keywords.getByRole('checkbox').count()).toBeLessThan(all);
  await showAll.press('Enter');
  await expect(keywords.getByRole('checkbox')).toHaveCount(all);
  await expect(keywords.getByRole('checkbox').nth(8)).toBeFocused();

  await nt.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]product=Microsoft\+Windows\+NT(&|$)/);
  await answered(page);
  await expect(status(page)).toContainText(`${ntCount} result`);
  expect(await resultIds(page)).toHaveLength(ntCount);
  await expect(page.getByRole('button', { name: 'Remove filter Product: Microsoft Windows NT' })).toBeVisible();
  // the counts now describe the filtered results, and focus stays on the box
  await expect(productBox(page, 'Microsoft Windows NT')).toBeFocused();
  await expect(productBox(page, 'Microsoft Windows NT')).toBeChecked();
  await expect.poll(() => countOf(page, 'Microsoft Windows NT')).toBe(ntCount);

  // a new query keeps the filter; its counts follow the query
  await searchFor(page, 'service pack');
  await expect(page).toHaveURL(/[?&]product=Microsoft\+Windows\+NT(&|$)/);
  const filtered = await resultIds(page);
  await expect.poll(() => countOf(page, 'Microsoft Windows NT')).toBe(filtered.length);
});

test('a pasted search address shows the same search', async ({ page, context }) => {
  await page.goto('/search/');
  await searchFor(page, 'windows');
  await page.getByLabel('Sort').selectOption('oldest');
  await answered(page);
  const address = page.url();
  expect(new URL(address).searchParams.get('sort')).toBe('oldest');
  const ids = await resultIds(page);
  expect(ids.length).toBeGreaterThan(1);

  const pasted = await context.newPage();
  await pasted.goto(address);
  await answered(pasted);
  expect(await resultIds(pasted)).toEqual(ids);
  await expect(searchBox(pasted)).toHaveValue('windows');
  await expect(pasted.getByLabel('Sort')).toHaveValue('oldest');
  await pasted.close();
});

test('sorting by date orders the results by their dates', async ({ page }) => {
  await page.goto('/search/?q=windows&sort=newest');
  await answered(page);
  const newest = await page.locator('.hit time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(newest.length).toBeGreaterThan(1);
  expect(newest).toEqual([...newest].sort().reverse());
});

test('back and forward restore the earlier searches', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'c0000005');
  const first = await resultIds(page);
  await searchFor(page, 'windows');
  const second = await resultIds(page);
  expect(second).not.toEqual(first);

  await page.goBack();
  await expect(searchBox(page)).toHaveValue('c0000005');
  await answered(page);
  expect(await resultIds(page)).toEqual(first);

  await page.goForward();
  await expect(searchBox(page)).toHaveValue('windows');
  await answered(page);
  expect(await resultIds(page)).toEqual(second);
});

test('more results load below the first ones', async ({ page }) => {
  await page.goto('/search/?q=microsoft');
  await answered(page);
  const first = await resultIds(page);
  expect(first).toHaveLength(20);
  await page.getByRole('button', { name: /^Show \d+ more/ }).click();
  await expect.poll(async () => (await resultIds(page)).length).toBeGreaterThan(20);
  const all = await resultIds(page);
  expect(all.slice(0, 20)).toEqual(first);
  expect(new Set(all).size).toBe(all.length);
  // focus moves to the first new result
  await expect(page.locator('.hit').nth(20).getByRole('link').first()).toBeFocused();
});
