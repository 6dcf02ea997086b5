import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the search page says search needs it and offers the ways that do not', async ({ page }) => {
  await page.goto('/search/?q=c0000005');
  const main = page.locator('main');
  await expect(main).toContainText('Search needs JavaScript');
  await expect(main.getByRole('link', { name: 'Browse' })).toHaveAttribute('href', '/browse/');
  await expect(main.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  await expect(main.getByRole('link', { name: '/Q152941' })).toHaveAttribute('href', '/Q152941/');
  // nothing that needs script is offered
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeHidden();
  await expect(page.getByRole('status')).toBeHidden();
});
