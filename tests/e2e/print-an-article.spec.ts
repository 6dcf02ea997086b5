/** On paper an article prints alone: no site chrome, with its URL and a citation. */
import { expect, test } from './shared-page.ts';
import { firstPageOf } from './site-pages.ts';

const article = firstPageOf('article')!;

test('printing an article hides the chrome and shows the URL and citation', async ({ page }) => {
  await page.goto(article);
  const id = (await page.locator('.fact-id').textContent())!.trim();
  const title = (await page.locator('h1').textContent())!.trim();
  const citation = page.locator('.print-citation');
  await expect(citation).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.skip-link', '.site-header', '.site-footer', '.theme-toggle', 'details.source', '[role="search"]']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  // What is about the article rather than of it, where the page has it: breadcrumbs and facet links (nav), the
  // on-screen citation box with its buttons, section-link anchors, backlinks.
  for (const extra of ['nav', '.cite', 'button', '.section-link', '.referenced-by']) {
    for (const element of await page.locator(extra).all()) await expect(element, extra).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.kb-article section').first()).toBeVisible();
  await expect(citation).toBeVisible();
  const url = new URL(article, 'https://kb-archive.example').pathname;
  await expect(citation).toContainText(new RegExp(`https?://[^ ]+${url.replace(/\//g, '\\/')}`));
  await expect(citation).toContainText(`${id}: ${title}`);
  await expect(citation).toContainText(/Cite as:/);

  // Listings wrap on paper rather than being cut at the margin.
  const listing = page.locator('.kb-article pre').first();
  if (await listing.count()) expect(await listing.evaluate((pre) => getComputedStyle(pre).whiteSpace)).toBe('pre-wrap');

  // And the PDF renders.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
