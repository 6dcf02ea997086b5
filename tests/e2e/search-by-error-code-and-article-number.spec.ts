import { answered, resultIds, searchFor, status } from './search-page.ts';
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
  test(`the article number written ${q} shows Q152941 once, first, with its first sentence`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await answered(page);
    // an address names a search: the page shows it rather than leaving it
    await expect(page).toHaveURL(/\/search\//);
    const ids = await resultIds(page);
    expect(ids[0]).toBe('Q152941');
    expect(ids.filter((id) => id === 'Q152941')).toHaveLength(1);
    // no callout repeating it above the results
    await expect(page.locator('.search-notice')).toHaveCount(0);
    const first = page.locator('.hit').first();
    await expect(first.locator('.hit-excerpt')).toHaveText(/^When you run Microsoft Exchange Server over a network that is either slow or bursty/);
    await first.getByRole('link', { name: /MTA Crashes/ }).click();
    await expect(page).toHaveURL(/\/kb\/152\/Q152941\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('MTA Crashes');
  });
}

test('an article number lists the articles that cite it after the article', async ({ page }) => {
  await page.goto('/search/?q=Q152734');
  await answered(page);
  // Q219324 and Q219341 cite Q152734 in the sample, newest first
  expect(await resultIds(page)).toEqual(['Q152734', 'Q219324', 'Q219341']);
  await expect(page.locator('.hit').first().locator('.hit-excerpt')).toHaveText('Service packs are the means by which Windows NT product updates are distributed.');
  await expect(status(page)).toContainText('Q152734, then 2 articles that cite it');
});

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

test('no excerpt repeats the title or the article number, or starts with its section name', async ({ page }) => {
  for (const q of ['MTA crash', 'exchange', 'windows', 'service pack', 'XCON']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await answered(page);
    const hits = await page.locator('.hit').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('.hit-title')?.textContent ?? '',
        id: item.querySelector('.hit-id')?.textContent ?? '',
        section: item.querySelector('.hit-section a')?.textContent ?? '',
        excerpt: item.querySelector('.hit-excerpt')?.textContent ?? '',
      })),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.excerpt, `${q}: ${hit.id}`).not.toContain(hit.title);
      expect(hit.excerpt, `${q}: ${hit.id}`).not.toMatch(new RegExp(`\\b${hit.id}\\b`));
      if (hit.section) expect(hit.excerpt.startsWith(`${hit.section}.`), `${q}: ${hit.id} in ${hit.section}`).toBe(false);
      expect(hit.excerpt, `${q}: ${hit.id}`).not.toMatch(/^(?:SYMPTOMS|CAUSE|RESOLUTION|STATUS|MORE INFORMATION|SUMMARY|WORKAROUND|REFERENCES)\. /);
    }
  }
});

test('a result for words links its matching section', async ({ page }) => {
  await page.goto('/search/?q=MTA+crash');
  await answered(page);
  const hit = page.locator('.hit', { hasText: 'Q152941' });
  await expect(hit).toHaveCount(1);
  await expect(hit.getByRole('heading', { level: 2 })).toContainText('MTA Crashes');
  await expect(hit.locator('time')).toHaveAttribute('datetime', '1999-03-29');
});
