import { answered, resultIds, searchFor } from './search-page.ts';
import { expect, test } from './watched-page.ts';

for (const code of ['c0000005', '0xC0000005']) {
  test(`the error code ${code} finds both articles that report c0000005`, async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, code);
    const ids = await resultIds(page);
    expect(ids).toEqual(expect.arrayContaining(['Q152941', 'Q219341']));
    const hit = page.locator('.hit', { hasText: 'Q152941' });
    // each hit links straight to the section that has the code
    await expect(hit.locator('a[href="/kb/152/Q152941/#symptoms"]').first()).toBeVisible();
    // and shows the code as the article writes it, highlighted in the words around it
    await expect(hit.locator('.hit-excerpt mark')).toHaveText(/^(?:0x)?c0000005$/i);
    await expect(hit.locator('.hit-excerpt')).toContainText(/\S+ \S*c0000005/i);
  });
}

for (const q of ['Q152941', '152941', 'KB152941', 'kb 152941']) {
  test(`the article number written ${q} lists Q152941 first with a link to open it`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await answered(page);
    // an address names a search: the page shows it rather than leaving it
    await expect(page).toHaveURL(/\/search\//);
    const open = page.getByRole('link', { name: 'Open Q152941' });
    await expect(open).toHaveAttribute('href', '/kb/152/Q152941/');
    const ids = await resultIds(page);
    if (ids.length > 0) expect(ids[0]).toBe('Q152941');
    await open.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('MTA Crashes');
  });
}

test('an article number typed into the header search box opens the article', async ({ page }) => {
  await page.goto('/kb/219/Q219341/');
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('kb 152941');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kb\/152\/Q152941\/$/);
  // the search page replaced itself: back returns to where the reader was
  await page.goBack();
  await expect(page).toHaveURL(/\/kb\/219\/Q219341\/$/);
});

test('an article number that is cited but missing says so and lists the articles citing it', async ({ page }) => {
  await page.goto('/search/?q=Q151261');
  await answered(page);
  await expect(page.locator('.search-notice')).toContainText('Q151261 is not in this archive');
  await expect(page.getByRole('link', { name: /Open Q151261/ })).toHaveCount(0);
  // Q108729 cites it in the sample
  expect(await resultIds(page)).toContain('Q108729');
});

test('a result for words links its matching section', async ({ page }) => {
  await page.goto('/search/?q=MTA+crash');
  await answered(page);
  const hit = page.locator('.hit', { hasText: 'Q152941' });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByRole('heading', { level: 2 })).toContainText('MTA Crashes');
  await expect(hit.locator('time')).toHaveAttribute('datetime', '1999-03-29');
});
