import type { Page } from '@playwright/test';
import { answered, searchBox, status } from './search-page.ts';
import { MAX_QUERY } from '../../src/search/client/search-state.ts';
import { expect, test } from './watched-page.ts';

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

const firstResult = (page: Page) => page.locator('.hit').first();

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** Opens the filter panel and waits for its counts. */
async function openFilters(page: Page): Promise<void> {
  await page.getByText('Filter results').click();
  await expect(page.getByRole('group', { name: 'Product' }).getByRole('checkbox').first()).toBeVisible();
}

/** The first result's title is wholly inside the viewport. */
async function expectFirstResultOnFirstScreen(page: Page, height: number): Promise<void> {
  const title = await firstResult(page).locator('.hit-title').boundingBox();
  expect(title).not.toBeNull();
  expect(title!.y).toBeGreaterThanOrEqual(0);
  expect(title!.y + title!.height).toBeLessThanOrEqual(height);
}

test('on a wide screen the filters sit beside the results, and the first result stays on the first screen', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto('/search/?q=windows');
  await answered(page);
  await expectFirstResultOnFirstScreen(page, WIDE.height);
  const before = await box(page, '.hit');
  await openFilters(page);
  const filters = await box(page, '.search-tools');
  const results = await box(page, '.search-results');
  expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
  // opening them moved nothing
  expect(await box(page, '.hit')).toEqual(before);
  await expectFirstResultOnFirstScreen(page, WIDE.height);
});

test('on a phone the filters open as a sheet over the results, which stay on the first screen', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/search/?q=windows');
  await answered(page);
  await expectFirstResultOnFirstScreen(page, PHONE.height);
  const before = await box(page, '.hit');
  await openFilters(page);
  // the sheet lies over the lower screen and takes the focus; the results did not move
  const sheet = await box(page, '.facet-sheet');
  expect(sheet.y + sheet.height).toBeCloseTo(PHONE.height, 0);
  expect(sheet.height).toBeLessThan(PHONE.height);
  await expect(page.getByRole('heading', { name: 'Filters' })).toBeFocused();
  expect(await box(page, '.hit')).toEqual(before);
  // a filter chosen in the sheet narrows the results; Escape closes it and returns to its button
  await page.getByRole('group', { name: 'Product' }).getByRole('checkbox').first().check();
  await answered(page);
  await expect(page).toHaveURL(/[?&]product=/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.facet-sheet')).toBeHidden();
  await expect(page.getByText('Filter results')).toBeFocused();
  await expect(page.getByText('Filter results')).toContainText('(1)');
  await expectFirstResultOnFirstScreen(page, PHONE.height);
});

for (const [name, viewport] of [['a phone', PHONE], ['a wide screen', WIDE]] as const) {
  test(`on ${name} every search control is at least 24×24 px and no label is cut off`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/search/?q=windows&product=Microsoft+Windows+NT&year=1999');
    await answered(page);
    await openFilters(page);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const controls = document.querySelectorAll('header form input, header form button, kb-search button, kb-search input, kb-search select, kb-search summary');
      for (const el of controls) {
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 24 || r.height < 24) found.push(`${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label') || ''}" is ${r.width}×${r.height}`);
      }
      for (const el of document.querySelectorAll('kb-search label, kb-search summary, kb-search button, kb-search legend')) {
        if (visible(el) && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName} "${el.textContent?.trim()}" is cut off`);
      }
      // a select's chosen option must fit in it
      const select = document.querySelector<HTMLSelectElement>('kb-search select')!;
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const text = context.measureText(select.selectedOptions[0]!.text).width;
      if (text + parseFloat(style.paddingLeft) + 16 > select.clientWidth) found.push(`the sort box cuts off "${select.selectedOptions[0]!.text}"`);
      // every value keeps its count in view
      for (const label of document.querySelectorAll('.facet-groups label')) {
        const count = label.querySelector('.count');
        const r = count?.getBoundingClientRect();
        const outer = label.getBoundingClientRect();
        if (!r || r.width === 0 || r.right > outer.right + 1) found.push(`the count of "${label.textContent?.trim()}" is not in view`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}

test('after a search the focus moves to its answer', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('MTA crash');
  await searchBox(page).press('Enter');
  await answered(page);
  await expect(status(page)).toBeFocused();
  await expect(status(page)).toContainText('for “MTA crash”');
});

test('a search from the header box on the search page runs in place', async ({ page }) => {
  await page.goto('/search/?q=windows');
  await answered(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await searchBox(page).fill('c0000005');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/\?q=c0000005$/);
  await answered(page);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('a very long typed query is cut in the address as in the search, and the address reloads', async ({ page }) => {
  await page.goto('/search/');
  const long = 'exchange server '.repeat(1_250);
  expect(long.length).toBe(20_000);
  // as a script or a browser that ignores the box's maxlength would set it
  await searchBox(page).evaluate((input: HTMLInputElement, text) => (input.value = text), long);
  await searchBox(page).press('Enter');
  await answered(page);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect(q.length).toBeGreaterThan(0);
  expect(q.length).toBeLessThanOrEqual(MAX_QUERY);
  expect(long.startsWith(q)).toBe(true);
  await expect(searchBox(page)).toHaveValue(q);
  const reloaded = await page.reload();
  expect(reloaded?.status()).toBe(200);
  await answered(page);
  // and without script, the box itself takes no more than that
  await expect(searchBox(page)).toHaveAttribute('maxlength', String(MAX_QUERY));
});
