import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('an article reads as a semantic page with JavaScript off', async ({ page }) => {
  await page.goto('/kb/152/Q152941/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('XCON: MTA Crashes Over Slow or Sporadic Network Connection');
  await expect(page.locator('h1')).toHaveCount(1);

  for (const [id, name] of [
    ['symptoms', 'SYMPTOMS'],
    ['cause', 'CAUSE'],
    ['status', 'STATUS'],
    ['more-information', 'MORE INFORMATION'],
  ] as const) {
    await expect(page.locator(`h2#${id}`)).toContainText(name);
  }

  const metadata = page.locator('dl.metadata');
  await expect(metadata).toContainText('Microsoft Exchange');
  await expect(metadata).toContainText('winnt:4.0');
  await expect(metadata.locator('time')).toHaveAttribute('datetime', '1999-03-29');

  // Event-log excerpts keep their line breaks and indentation.
  const listing = page.locator('article pre', { hasText: 'Exception c0000005 occurred at Address 761f62ab.' });
  await expect(listing).toHaveCount(1);
  expect(await listing.innerText()).toContain('Event ID = 9405:\nAn unexpected error has occurred');
});

test('a cross-reference to an article in the corpus is a link to its permalink', async ({ page }) => {
  await page.goto('/kb/219/Q219324/');
  const link = page.locator('a[href="/kb/152/Q152734/"]');
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page).toHaveURL(/\/kb\/152\/Q152734\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Windows NT 4.0 Service Pack');
});

test('a cross-reference to an article missing from the corpus stays plain text with its number', async ({ page }) => {
  // Q151261 is cited by 50 articles of the archive but is not in it.
  await page.goto('/kb/108/Q108729/');
  await expect(page.locator('main')).toContainText('Q151261');
  await expect(page.locator('a[href*="Q151261"]')).toHaveCount(0);
});

test('markup inside article text is shown as text, never executed', async ({ page }) => {
  await page.goto('/kb/219/Q219957/');
  await expect(page.locator('pre', { hasText: '#include <stdio.h>' }).first()).toBeVisible();
});
