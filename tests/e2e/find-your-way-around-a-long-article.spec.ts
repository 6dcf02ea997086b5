/** A long article (Q156063, a release-notes readme) gets "On this page", its own contents linked, and a way back up. */
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/kb/156/Q156063/';

async function expectLinksReachTheirHeadings(page: Page, links: ReturnType<Page['locator']>) {
  const count = await links.count();
  expect(count).toBeGreaterThan(10);
  // Every link names a heading of the page, and a sample of them really scroll there.
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    await expect(page.locator(`:is(h2, h3, h4, h5, h6)${href}`), href).toHaveCount(1);
  }
  for (const k of [0, Math.floor(count / 2), count - 1]) {
    const link = links.nth(k);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
  }
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a sticky list beside the text links to the headings, sub-headings included', async ({ page }) => {
    await page.goto(ARTICLE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: '1.1 Setup Requirements' })).toHaveAttribute('href', '#1-1-setup-requirements');
    await expectLinksReachTheirHeadings(page, toc.locator('ol a'));
    // Still there after scrolling deep into the article.
    await expect(toc).toBeInViewport();
  });

  test('the numbered sub-headings are headings with ids, and the article\'s own contents links to them', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { name: '1.1 Setup Requirements' })).toHaveAttribute('id', '1-1-setup-requirements');
    await expect(page.getByRole('heading', { level: 5, name: '1.1.1 Microsoft Windows NT Service Pack 3 Recommended' })).toBeAttached();
    const contents = page.locator('.kb-article pre a[href^="#"]');
    await expectLinksReachTheirHeadings(page, contents);
  });

  test('a link at the foot of the text goes back to the top', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator('.back-to-top a').click();
    await expect(page.locator('h1')).toBeInViewport();
  });
});

test.describe('on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });

  test('the list is collapsed under the title and opens to links that reach their headings', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('.toc-side')).toBeHidden();
    const toc = page.locator('details.toc-inline');
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.locator('summary').click();
    await expectLinksReachTheirHeadings(page, toc.locator('ol a'));
  });
});

test('an article with fewer than four headings, short, has no list', async ({ page }) => {
  await page.goto('/kb/219/Q219062/');
  await expect(page.locator('.toc')).toHaveCount(0);
});
