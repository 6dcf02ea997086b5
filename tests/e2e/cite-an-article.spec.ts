import type { Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';

const TITLE = 'XCON: MTA Crashes Over Slow or Sporadic Network Connection';

const cite = (page: Page) => page.locator('details.cite');

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the Cite control beside the title opens four formats, each with a copy button', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/kb\/152\/Q152941\/$/);

    // Closed, it is one small control on the facts line; the text follows right after.
    await expect(cite(page).locator('.cite-panel')).toBeHidden();
    await cite(page).getByText('Cite', { exact: true }).click();
    await expect(cite(page).locator('.cite-panel')).toBeVisible();

    const expected: Array<[string, string | RegExp]> = [
      ['Plain text', `Microsoft KB Q152941: ${TITLE} (last modified 29 Mar 1999). ${canonical}`],
      ['Markdown link', `[Microsoft KB Q152941: ${TITLE}](${canonical})`],
      ['Wikipedia', `{{cite web |url=${canonical} |title=${TITLE} |id=Q152941 |work=Microsoft Knowledge Base |publisher=Microsoft |date=1999-03-29}}`],
      ['BibTeX', new RegExp(`^@misc\\{kb-Q152941,\\n  title = \\{\\{${TITLE}\\}\\},[\\s\\S]*  url = \\{${canonical.replace(/[./]/g, '\\$&')}\\}\\n\\}$`)],
    ];
    for (const [name, text] of expected) {
      await cite(page).locator('.cite-format', { hasText: name }).getByRole('button', { name: 'Copy' }).click();
      await expect(cite(page).getByRole('status')).toHaveText(`${name} citation copied`);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (typeof text === 'string') expect(copied).toBe(text);
      else expect(copied).toMatch(text);
    }

    // Escape closes it and leaves focus on the control.
    await page.keyboard.press('Escape');
    await expect(cite(page).locator('.cite-panel')).toBeHidden();
    await expect(cite(page).locator('summary')).toBeFocused();
  });

  test('the link control of a section copies the canonical URL with its anchor', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('link', { name: 'Link to this section: CAUSE' }).click();
    await expect(page).toHaveURL(/#cause$/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#cause`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain citation opens as selectable text, the panel says where the others are, and the copy buttons stay hidden', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    await cite(page).locator('summary').click();
    const plain = page.locator('#cite-text');
    await expect(plain).toBeVisible();
    await expect(plain).toHaveText(new RegExp(`^Microsoft KB Q152941: ${TITLE} \\(last modified 29 Mar 1999\\)\\. https?://`));
    // Only the plain citation is in the HTML (the others would weigh on every page); the panel says so.
    await expect(cite(page).locator('.cite-more')).toHaveText(/Markdown, Wikipedia and BibTeX .* with JavaScript/);
    await expect(page.locator('#cite-markdown')).toHaveCount(0);
    expect(await plain.evaluate((pre) => getComputedStyle(pre).userSelect)).toBe('all');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });

  test('every section heading has an id and a plain link to it', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    // The article's own sections and "Article details".
    const headings = page.locator('.kb-article :is(h2, h3)');
    expect(await headings.count()).toBeGreaterThan(3);
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      expect(id).toBeTruthy();
      await expect(heading.locator('a.section-link')).toHaveAttribute('href', `#${id}`);
      await expect(heading.locator('a.section-link')).toBeVisible();
    }
  });
});

test('link previews are specific to the article', async ({ page }) => {
  await page.goto('/kb/152/Q152941/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  const description = await meta('name="description"');

  await expect(page).toHaveTitle(`Q152941: ${TITLE} · KB Archive`);
  expect(description).toMatch(/^When you run Microsoft Exchange Server over a network that is either slow or bursty/);
  expect(await meta('property="og:title"')).toBe(`Q152941: ${TITLE}`);
  expect(await meta('property="og:description"')).toBe(description);
  expect(await meta('property="og:url"')).toBe(canonical);
  expect(await meta('property="og:type"')).toBe('article');
  expect(await meta('name="twitter:card"')).toBe('summary');
  // Twitter/X falls back on the Open Graph title and description.
  await expect(page.locator('head meta[name="twitter:title"]')).toHaveCount(0);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@type': 'TechArticle',
    identifier: 'Q152941',
    headline: TITLE,
    url: canonical,
    dateModified: '1999-03-29',
    about: [{ '@type': 'Product', name: 'Microsoft Exchange' }],
  });

  // Another article says something else.
  await page.goto('/kb/152/Q152734/');
  expect(await meta('property="og:title"')).toBe('Q152734: How to Obtain the Latest Windows NT 4.0 Service Pack');
  expect(await meta('property="og:description"')).not.toBe(description);
});
