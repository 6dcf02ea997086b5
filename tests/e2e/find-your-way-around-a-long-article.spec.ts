/** A long article (Q156063, a release-notes readme) gets "On this page", its own contents linked, and a way back up. */
import { expect, test, type Page } from '@playwright/test';

// A 2,000-line article: give its pages time on a busy machine.
test.describe.configure({ timeout: 120_000 });

const ARTICLE = '/kb/156/Q156063/';

async function expectLinksReachTheirHeadings(page: Page, links: ReturnType<Page['locator']>) {
  // Every link names a heading of the page (one look at the whole list), and a sample of them really scroll there.
  const targets = await links.evaluateAll((anchors) =>
    anchors.map((a) => {
      const id = decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1));
      return { id, heading: document.getElementById(id)?.tagName ?? null };
    }),
  );
  expect(targets.length).toBeGreaterThan(10);
  expect(targets.filter(({ heading }) => !/^H[2-6]$/.test(heading ?? ''))).toEqual([]);
  for (const k of [0, Math.floor(targets.length / 2), targets.length - 1]) {
    await links.nth(k).click();
    await expect(page).toHaveURL(new RegExp(`#${targets[k]!.id}$`));
    await expect(page.locator(`[id="${targets[k]!.id}"]`)).toBeInViewport();
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
