import { expect, test } from './shared-page.ts';

test('an article lists the articles that cite it', async ({ page }) => {
  // In content/, Q152734 is cited by Q219324 and Q219341 and by nothing else.
  await page.goto('/kb/152/Q152734/');
  const list = page.getByRole('region', { name: 'Referenced by' }).getByRole('link', { name: /^Q\d+:/ });
  await expect(list).toHaveText([
    'Q219324: Access Violation When You Run 16-Bit Parent and Child Programs',
    'Q219341: Access Violation in Explorer When Using an Alternate Shell',
  ]);
  await list.first().click();
  await expect(page).toHaveURL(/\/kb\/219\/Q219324\/$/);
  // ... and the citing article links back.
  await expect(page.locator('.kb-article a[href="/kb/152/Q152734/"]').first()).toBeVisible();
});

test('an article nothing cites has no "Referenced by" list', async ({ page }) => {
  await page.goto('/kb/219/Q219324/');
  await expect(page.getByRole('region', { name: 'Referenced by' })).toHaveCount(0);
});
