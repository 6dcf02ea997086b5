import { readFileSync } from 'node:fs';
import { Validator, type Schema } from '@cfworker/json-schema';
import { expect as plainExpect, test as plainTest } from '@playwright/test';
import { searchFor } from './search-page.ts';
import { expect, test } from './watched-page.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page of c0000005 says what it is and lists both articles with the words around the code', async ({ page }) => {
    await page.goto('/code/0xc0000005/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('0xC0000005');
    await expect(page.locator('.code-header')).toContainText('STATUS_ACCESS_VIOLATION');
    await expect(page.locator('.code-meaning')).toContainText('NTSTATUS value');
    await expect(page.locator('.code-meaning')).toContainText('Severity: error (3)');
    const articles = page.locator('.code-articles > li');
    const q152941 = articles.filter({ hasText: 'Q152941' });
    const q219341 = articles.filter({ hasText: 'Q219341' });
    await expect(q152941.locator('.code-excerpt')).toHaveText(/Exception c0000005 occurred at Address/);
    await expect(q152941.locator('.code-excerpt mark')).toHaveText('c0000005');
    await expect(q219341.locator('.code-excerpt')).toHaveText(/violation in Explorer at 0xc0000005/);
    // each article opens at the section that mentions the code
    await expect(q152941.getByRole('link', { name: 'XCON: MTA Crashes Over Slow or Sporadic Network Connection' })).toHaveAttribute('href', '/kb/152/Q152941/#symptoms');
    await expect(page.locator('.code-spellings')).toContainText('c0000005');
    await expect(page.locator('.code-spellings')).toContainText('0xc0000005');
    await expect(page.getByRole('link', { name: 'Microsoft Exchange' })).toHaveAttribute('href', '/product/microsoft-exchange/');
  });

  test("Q152941's listing links c0000005 to its page, its text unchanged", async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    const listing = page.locator('article pre', { hasText: 'Exception c0000005 occurred at Address 761f62ab.' });
    expect(await listing.innerText()).toContain('Error:\nException c0000005 occurred at Address 761f62ab.');
    const link = listing.getByRole('link', { name: 'c0000005', exact: true });
    await expect(link).toHaveAttribute('href', '/code/0xc0000005/');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('0xC0000005');
  });

  test('a code no header names still shows its bits, and says no description is known', async ({ page }) => {
    await page.goto('/code/0xe0020002/');
    await expect(page.locator('.code-description')).toHaveText('No description known.');
    await expect(page.locator('.code-meaning')).toContainText('Customer bit: set');
    await expect(page.locator('.code-articles')).toContainText('Q152941');
  });

  test('the code index groups codes by family and is reached from the home and Browse pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'All error codes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error codes');
    await expect(page.getByRole('heading', { name: /^NTSTATUS values/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Windows Sockets errors/ })).toBeVisible();
    await page.getByRole('link', { name: '0xC0000005' }).click();
    await expect(page).toHaveURL(/\/code\/0xc0000005\/$/);
    await page.goto('/browse/');
    await expect(page.getByRole('link', { name: 'Error codes' })).toHaveAttribute('href', '/code/');
  });

  test('a long list of articles has stable numbered pages', async ({ page }) => {
    // the e2e build lists 2 articles a page (KB_CODE_PAGE_SIZE=2); 0x0000000F is in 3
    await page.goto('/code/0x0000000f/');
    await expect(page.locator('.code-articles > li')).toHaveCount(2);
    await page.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/code\/0x0000000f\/2\/$/);
    await expect(page.locator('.code-articles > li')).toHaveCount(1);
    await expect(page.locator('.code-articles')).toHaveAttribute('start', '3');
  });
});

test('a search for 10060 shows the link to its code page, with its meaning', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, '10060');
  const line = page.locator('.code-line', { hasText: 'Winsock error 10060' });
  await expect(line).toContainText('WSAETIMEDOUT');
  const link = line.getByRole('link', { name: 'All 2 articles that mention Winsock error 10060' });
  await expect(link).toHaveAttribute('href', '/code/wsa-10060/');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Winsock error 10060');
});

for (const [path, key] of [
  ['/code/c0000005', '0xc0000005'],
  ['/code/0xC0000005/', '0xc0000005'],
  ['/code/STOP%200xA', 'stop-0x0000000a'],
  ['/code/WSAETIMEDOUT', 'wsa-10060'],
] as const) {
  // Served by `astro preview`, which ignores _redirects: the 404 page's script does the work (its 404 is expected).
  plainTest(`${path} reaches the page of ${key}`, async ({ page }) => {
    await page.goto(path);
    // the 404 page's script fetches a shard before it moves on: a state, waited for a little longer on a busy machine
    await plainExpect(page).toHaveURL(new RegExp(`/code/${key}/$`), { timeout: 20_000 });
  });
}

plainTest('a number that is several codes offers each; a code no article mentions says so', async ({ page }) => {
  await page.goto('/code/10060');
  const answer = page.getByRole('status');
  await plainExpect(answer.getByRole('link', { name: 'Winsock error 10060' })).toHaveAttribute('href', '/code/wsa-10060/');
  await plainExpect(answer.getByRole('link', { name: 'Error 10060', exact: true })).toHaveAttribute('href', '/code/error-10060/');
  await page.goto('/code/0xDEADBEEF');
  await plainExpect(page.getByRole('status')).toContainText('No article in the archive mentions the code 0xDEADBEEF');
});

test('the JSON of a code validates against its schema', async ({ request }) => {
  const schema = new Validator(JSON.parse(readFileSync('public/schema/code.schema.json', 'utf8')) as Schema, '2020-12');
  for (const key of ['0xc0000005', 'stop-0x0000000a', 'wsa-10060', 'event-9405', '0xe0020002']) {
    const code = await (await request.get(`/code/${key}.json`)).json();
    expect(schema.validate(code).errors, key).toEqual([]);
    expect(code.key).toBe(key);
  }
  const code = await (await request.get('/code/0xc0000005.json')).json();
  expect(code.names[0].name).toBe('STATUS_ACCESS_VIOLATION');
  expect(code.articles.map((a: { id: string }) => a.id).sort()).toEqual(['Q152941', 'Q219341']);
});
