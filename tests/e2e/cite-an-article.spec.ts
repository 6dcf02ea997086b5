import { expect, test } from '@playwright/test';

const TITLE = 'XCON: MTA Crashes Over Slow or Sporadic Network Connection';

test.describe('with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('one click copies the plain-text citation, another the Markdown link', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/kb\/152\/Q152941\/$/);

    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.locator('.cite').getByRole('status')).toHaveText('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Microsoft KB Q152941: ${TITLE} (last modified 1999-03-29). ${canonical}`,
    );

    await page.getByRole('button', { name: 'Copy Markdown link' }).click();
    await expect(page.locator('.cite').getByRole('status')).toHaveText('Markdown link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[Microsoft KB Q152941: ${TITLE}](${canonical})`);
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

  test('the citation is visible as selectable text and the copy buttons stay hidden', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    await expect(page.locator('#citation-text')).toBeVisible();
    await expect(page.locator('#citation-text')).toHaveText(new RegExp(`^Microsoft KB Q152941: ${TITLE} \\(last modified 1999-03-29\\)\\. https?://`));
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });

  test('every section heading has an id and a plain link to it', async ({ page }) => {
    await page.goto('/kb/152/Q152941/');
    // The article's own sections and "Applies to"; the citation box's heading is page furniture.
    const headings = page.locator('.kb-article :is(h2, h3):not(.cite h2)');
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
  expect(await meta('name="twitter:title"')).toBe(`Q152941: ${TITLE}`);

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
