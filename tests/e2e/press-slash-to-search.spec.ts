import { searchBox } from './search-page.ts';
import { expect, test } from './watched-page.ts';

test('pressing / on an article page moves focus to the search box', async ({ page }) => {
  await page.goto('/kb/152/Q152941/');
  const header = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(header).toHaveAttribute('aria-keyshortcuts', '/');
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  // once in a field, / is just a character
  await page.keyboard.type('a/b');
  await expect(header).toHaveValue('a/b');
});

test('pressing / on the search page moves focus to its one box, which holds the query', async ({ page }) => {
  await page.goto('/search/?q=windows');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(searchBox(page)).toHaveValue('windows');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
});

test('the / hint shows where there is a keyboard, not on touch screens', async ({ browser }) => {
  for (const touch of [false, true]) {
    const context = await browser.newContext({ hasTouch: touch, isMobile: touch, viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.locator('#search-hint kbd')).toBeVisible({ visible: !touch });
    await context.close();
  }
});
