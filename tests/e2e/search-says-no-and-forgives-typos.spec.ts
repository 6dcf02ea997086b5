import { answered, resultIds, searchFor, status } from './search-page.ts';
import { expect, test } from './watched-page.ts';

test('a word no article has is a "no", with the words it may have meant', async ({ page }) => {
  await page.goto('/search/');
  // two edits from "network" in a short word: offered, not silently taken
  await searchFor(page, 'ntwrk');
  await expect(status(page)).toHaveText(/^No results/);
  expect(await resultIds(page)).toEqual([]);
  await expect(page.getByText('No article has a word that is or begins with “ntwrk”.')).toBeVisible();
  const suggestion = page.getByRole('link', { name: 'network', exact: true });
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await answered(page);
  expect(await resultIds(page)).toContain('Q152941');
});

test('a word nothing is near is a plain "no": no prefix of it is taken for a match', async ({ page }) => {
  await page.goto('/search/?q=xyzzyplugh');
  await answered(page);
  await expect(status(page)).toHaveText(/^No results/);
  expect(await resultIds(page)).toEqual([]);
});

for (const [q, from, to] of [
  ['MTA Crahses Over Slow', 'crahses', 'crashes'],
  ['Sporadic Netwrok Connection', 'netwrok', 'network'],
] as const) {
  test(`a misspelt title, "${q}", finds its article and says what it corrected`, async ({ page }) => {
    await page.goto('/search/');
    await searchFor(page, q);
    expect((await resultIds(page))[0]).toBe('Q152941');
    const line = page.locator('.search-correction');
    await expect(line).toContainText(`Showing results for ${from} → ${to}; search instead for ${q}.`);
    // searching as typed is a quoted search: no correction, so no result
    await line.getByRole('link', { name: q }).click();
    await answered(page);
    await expect(status(page)).toHaveText(/^No results/);
  });
}

test('a keyword typed alone lists its articles and is offered as a filter and a browse page', async ({ page }) => {
  await page.goto('/search/');
  await searchFor(page, 'kbnetwork');
  expect(await resultIds(page)).toContain('Q152941');
  const chip = page.getByRole('button', { name: /^Keyword: kbnetwork \(\d+ articles?\)$/ });
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.search-names').getByRole('link', { name: 'Browse' })).toHaveAttribute('href', '/keyword/kbnetwork/');
  await chip.click();
  // the filter stands for the word: the query keeps what else it had, here nothing
  await expect.poll(() => new URL(page.url()).searchParams.get('keyword')).toBe('kbnetwork');
  expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  await answered(page);
  expect(await resultIds(page)).toContain('Q152941');
});

test('a product version typed in the box is recognised', async ({ page }) => {
  await page.goto('/search/?q=Exchange%204.0');
  await answered(page);
  await expect(page.getByRole('button', { name: /^Version: Microsoft Exchange 4\.0 \(\d+ articles?\)$/ })).toBeVisible();
});
