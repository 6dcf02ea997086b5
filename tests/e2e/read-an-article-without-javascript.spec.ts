import { expect, test } from './shared-page.ts';

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

  // Under the title, one line of clean facts; the raw fields once, in "Article details" after the text.
  const facts = page.getByRole('list', { name: 'About this article' });
  await expect(facts.getByRole('link', { name: 'Microsoft Exchange' })).toHaveAttribute('href', '/product/microsoft-exchange/');
  await expect(facts.getByRole('link', { name: '4.0' })).toHaveAttribute('href', '/version/microsoft-exchange-4.0/');
  await expect(facts.getByRole('link', { name: 'Windows NT' })).toHaveAttribute('href', '/os/windows-nt/');
  await expect(facts.locator('time')).toHaveText('29 Mar 1999');
  await expect(facts.locator('time')).toHaveAttribute('datetime', '1999-03-29');
  await expect(facts).not.toContainText('winnt');

  const details = page.getByRole('region', { name: 'Article details' });
  await expect(details).toContainText('Microsoft Exchange');
  await expect(details).toContainText('winnt:4.0');
  await expect(details).toContainText('Microsoft Exchange Server, version 4.0');
  await expect(details.locator('time')).toHaveText('29 Mar 1999');
  await expect(details.locator('time')).toHaveAttribute('datetime', '1999-03-29');
  // Once: the text comes first, then the details, and no date is written the KB's way.
  expect(await page.locator('.kb-article > section').last().getAttribute('class')).toBe('article-details');
  // (The original-source view after the article shows the file as written, on purpose.)
  await expect(page.locator('.kb-article')).not.toContainText('29-MAR-1999');
  // One details block; the header's and the footer's version fields each once (the source has both).
  await expect(page.locator('.kb-article dl')).toHaveCount(1);

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
