import { answered, searchBox, status } from './search-page.ts';
import { expect, test } from './watched-page.ts';

const XSS = '<img src=x onerror=alert(1)>';

// The watched page fails the test on any dialog, console error or request off the site.
test('markup in the query and in a filter is shown as text and never runs', async ({ page }) => {
  const params = new URLSearchParams({ q: XSS, product: XSS, sort: XSS });
  await page.goto(`/search/?${params}`);
  await answered(page);
  await expect(searchBox(page)).toHaveValue(XSS);
  await expect(status(page)).toContainText(XSS);
  await expect(page.getByRole('list', { name: 'Filters in use' })).toContainText(XSS);
  await expect(page).toHaveTitle(new RegExp(XSS.replace(/[()]/g, '\\$&')));
  // open the panel too: its counts are built from the same state
  await page.getByText('Filter results').click();
  await page.waitForLoadState('networkidle');
  expect(await page.locator('main img, main [onerror]').count()).toBe(0);
});

test('markup typed into the search box is shown as text and never runs', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill(`"${XSS}" c0000005`);
  await searchBox(page).press('Enter');
  await answered(page);
  expect(await page.locator('main img').count()).toBe(0);
});
