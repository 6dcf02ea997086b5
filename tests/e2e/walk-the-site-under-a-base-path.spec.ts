/**
 * The sample built for https://example.github.io/kbarchive/ and served under
 * /kbarchive/ the way GitHub Pages serves a project site: no redirect rules,
 * the 404 page for anything missing. A reader walks home -> browse -> article
 * -> search -> short link -> 404, and not one request may leave /kbarchive/.
 */
import type { Request } from '@playwright/test';
import { BASE, BASE_SITE_URL } from './base-site.ts';
import { answered, resultIds, searchFor } from './search-page.ts';
import { test as plainTest } from './shared-page.ts';
import { expect, test as watchedTest } from './watched-page.ts';

const ARTICLE = `${BASE}kb/152/Q152941/`;
const TITLE = 'XCON: MTA Crashes Over Slow or Sporadic Network Connection';

/** `base` plus a check, at the end of each test, that no request left the base path. */
function stayingUnderTheBase(base: typeof plainTest) {
  return base.extend<{ underBase: void }>({
    underBase: [
      async ({ context }, use) => {
        const outside: string[] = [];
        const onRequest = (request: Request) => {
          if (request.url().startsWith('http') && !new URL(request.url()).pathname.startsWith(BASE)) outside.push(request.url());
        };
        context.on('request', onRequest);
        await use();
        context.off('request', onRequest);
        expect(outside).toEqual([]);
      },
      { auto: true },
    ],
  });
}

// Pages that must not log, throw or fail a request; short links and 404s answer 404 on the way, so they are not watched.
const test = stayingUnderTheBase(watchedTest);
const missingPageTest = stayingUnderTheBase(plainTest);

test('home -> browse -> article, every link and asset under the base', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.getByRole('link', { name: 'KB Archive' })).toHaveAttribute('href', BASE);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Browse' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}browse/$`));
  await page.getByRole('heading', { name: 'Products' }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}product/$`));
  await page.getByRole('link', { name: 'Microsoft Exchange', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}product/microsoft-exchange/$`));
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  // Stylesheets applied (a wrong base would leave the page unstyled), and the addresses tools read are absolute.
  await expect(page.locator('body')).not.toHaveCSS('font-family', /Times/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${BASE_SITE_URL}kb/152/Q152941/`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${BASE_SITE_URL}kb/152/Q152941/`);
  await expect(page.locator('#cite-text')).toContainText(`${BASE_SITE_URL}kb/152/Q152941/`);
  const json = await (await page.request.get(await page.locator('link[rel="alternate"]').getAttribute('href') ?? '')).json();
  expect(json.url).toBe(`${BASE_SITE_URL}kb/152/Q152941/`);

  // A cross-reference and the breadcrumbs stay under the base.
  for (const href of await page.locator('main a[href^="/"], nav a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
    expect(href.startsWith(BASE)).toBe(true);

  // The source view is its own file, loaded in place.
  await page.getByText('Original source text').click();
  await expect(page.locator('details.source pre')).toContainText('MTA Crashes');
});

test('search: full text, an error code and an article number, results linking under the base', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('sporadic network');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}search/\\?q=sporadic`));
  await answered(page);
  expect(await resultIds(page)).toContain('Q152941');
  await expect(page.locator('.hit-title a').first()).toHaveAttribute('href', new RegExp(`^${BASE}kb/`));

  await searchFor(page, 'c0000005');
  await expect(page.locator('.hit', { hasText: 'Q152941' }).locator(`a[href="${ARTICLE}#symptoms"]`).first()).toBeVisible();

  await page.goto(`${BASE}search/?q=Q152941`);
  await answered(page);
  await page.locator('.hit').first().getByRole('link', { name: /MTA Crashes/ }).click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
});

for (const spelling of ['Q152941', 'q152941', 'KB152941', 'kb/152941/']) {
  missingPageTest(`the short link ${BASE}${spelling} lands on the article (short page or the 404 page's script)`, async ({ page }) => {
    await page.goto(`${BASE}${spelling}#cause`);
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#cause$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  });
}

missingPageTest('the 404 page offers the article for a mistyped path, and a search for a missing number', async ({ page }) => {
  const response = await page.goto(`${BASE}kb/152/q152941`);
  expect(response?.status()).toBe(404);
  const offer = page.getByRole('status').getByRole('link');
  await expect(offer).toHaveAttribute('href', ARTICLE);
  await offer.click();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));

  expect((await page.goto(`${BASE}Q999999`))?.status()).toBe(404);
  await expect(page.getByRole('status').getByRole('link', { name: 'search for Q999999' })).toHaveAttribute('href', `${BASE}search/?q=Q999999`);
});
