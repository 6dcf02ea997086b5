/**
 * Every kind of page the build produced, in both themes: axe-core finds no
 * violation, there is one <h1>, the landmarks are there, and the page works
 * from the keyboard.
 */
import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './shared-page.ts';
import { firstPageOf, pagesByType } from './site-pages.ts';

const { typed, unclaimed } = pagesByType();
const audited = typed.filter(({ type }) => type.audit).flatMap(({ type, urls }) => urls.map((url) => ({ type: type.name, url })));

test('every built page belongs to a page type the audit knows', () => {
  expect(unclaimed, 'add these pages to PAGE_TYPES in tests/e2e/site-pages.ts').toEqual([]);
  expect(audited.map(({ type }) => type)).toContain('article');
});

/**
 * The rules whose outcome depends on colours. A theme changes colours only (the same DOM, the same styles but
 * for custom properties), so the second theme's audit runs these and the first runs every rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// One visit per page for both themes and the landmarks, and in the second theme only the colour rules. On the
// worker's shared page (./shared-page.ts): a fresh context per audit started a renderer and compiled axe anew,
// about 3 s a page on the sample, against about 1.1 s when one page goes from audit to audit.
for (const { type, url } of audited) {
  test(`${type} ${url} has no axe violations in either theme, one h1, the landmarks and a labelled search`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    expect(await axeViolations(page), 'light theme').toEqual([]);
    const light = await background(page);

    await page.emulateMedia({ colorScheme: 'dark' });
    // The page follows the system theme: its colours change without a reload.
    await expect.poll(() => background(page)).not.toBe(light);
    expect(await axeViolations(page, COLOUR_RULES), 'dark theme').toEqual([]);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('search').first().getByRole('searchbox', { name: 'Search the archive' })).toBeVisible();
  });
}

test('the keyboard reaches the skip link first and it moves focus to the content', async ({ page }) => {
  await page.goto(firstPageOf('article')!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab continues from the content, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
});

test('every control in the page chrome is reachable and shows its focus', async ({ page }) => {
  await page.goto(firstPageOf('article')!);
  const reached: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', tag: el.tagName, id: el.id, outline: style.outlineStyle };
    });
    expect(focused.outline, `focus ring on ${focused.tag} ${focused.name}`).not.toBe('none');
    reached.push(focused.id || focused.name);
  }
  expect(reached).toEqual(expect.arrayContaining(['Skip to content', 'KB Archive', 'Theme: system', 'site-search-q', 'Search']));
});

test('the search box submits from the keyboard', async ({ page }) => {
  await page.goto(firstPageOf('article')!);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('MTA crash');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=MTA\+crash$/);
});

test('the original source opens and closes from the keyboard', async ({ page }) => {
  await page.goto(firstPageOf('article')!);
  const summary = page.locator('details.source > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.source')).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(page.locator('details.source')).not.toHaveAttribute('open', '');
});
