/**
 * A long article (Q156063, a release-notes readme, 2,000 lines) is published in parts of at most 25 KB
 * gzipped; every part gets "On this page" for the whole article, its own contents linked, a list of the
 * parts, and a way back up.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

// A 2,000-line article: give its pages time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const ARTICLE = '/kb/156/Q156063/';

async function expectLinksReachTheirHeadings(page: Page, links: ReturnType<Page['locator']>) {
  // Every link names a heading: of this page, or of another part of the article (one look at the whole list);
  // a sample of them really scroll there, across parts too.
  const here = new URL(page.url()).pathname;
  const targets = await links.evaluateAll((anchors) =>
    anchors.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      const id = decodeURIComponent(url.hash.slice(1));
      return { id, path: url.pathname, heading: document.getElementById(id)?.tagName ?? null };
    }),
  );
  expect(targets.length).toBeGreaterThan(10);
  expect(targets.filter(({ path, heading }) => path === here && !/^H[2-6]$/.test(heading ?? ''))).toEqual([]);
  expect(targets.filter(({ path }) => !/^\/kb\/156\/Q156063\/(\d+\/)?$/.test(path))).toEqual([]);
  for (const k of [0, Math.floor(targets.length / 2), targets.length - 1]) {
    await page.goto(here);
    const toc = links.nth(k);
    if (!(await toc.isVisible())) await page.locator('details.toc-inline summary').click();
    await toc.click();
    await expect(page).toHaveURL(new RegExp(`${targets[k]!.path}#${targets[k]!.id}$`));
    await expect(page.locator(`[id="${targets[k]!.id}"]`)).toBeInViewport();
  }
}

test('the article is in parts, each linked from the others, the next one after the text', async ({ page }) => {
  await page.goto(ARTICLE);
  const parts = page.getByRole('navigation', { name: 'Parts of this article' });
  const count = await parts.getByRole('link').count();
  expect(count).toBeGreaterThan(1);
  await expect(parts.getByRole('link', { name: '1', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: `Continued in part 2 of ${count}` }).click();
  await expect(page).toHaveURL(/\/kb\/156\/Q156063\/2\/$/);
  await expect(page).toHaveTitle(new RegExp(`\\(part 2 of ${count}\\)`));
  await expect(parts.getByRole('link', { name: '2', exact: true })).toHaveAttribute('aria-current', 'page');
  // The article's details follow its last part only.
  await expect(page.locator('.article-details')).toHaveCount(0);
  await page.goto(`${ARTICLE}${count}/`);
  await expect(page.locator('.article-details')).toBeVisible();
});

test('a link to a heading of a later part, made to the article\'s address, reaches it', async ({ page }) => {
  await page.goto(`${ARTICLE}#7-0-directory-and-information-store`);
  await expect(page).toHaveURL(/\/kb\/156\/Q156063\/\d+\/#7-0-directory-and-information-store$/);
  await expect(page.locator('[id="7-0-directory-and-information-store"]')).toBeInViewport();
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a sticky list beside the text links to the headings, sub-headings included', async ({ page }) => {
    await page.goto(ARTICLE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(toc.getByRole('link', { name: '1.1 Setup Requirements' })).toHaveAttribute('href', /#1-1-setup-requirements$/);
    await expectLinksReachTheirHeadings(page, toc.locator('ol a'));
    // Still there after scrolling deep into the page.
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
