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

test('pressing / on the search page moves focus to its own box', async ({ page }) => {
  await page.goto('/search/?q=windows');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
});
