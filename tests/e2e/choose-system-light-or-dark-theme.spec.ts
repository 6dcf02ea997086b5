/** System, light or dark: the system's choice by default, the reader's once chosen, kept across reloads, never flashed. */
import { test as freshTest, type Page } from '@playwright/test';
import { expect, test } from './shared-page.ts';
import { axeViolations } from './axe.ts';
import { pagesOf } from './site-pages.ts';

const [article, otherArticle] = pagesOf('article', 2);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const toggle = (page: Page) => page.getByRole('button', { name: /^Theme: / });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('kb-theme'));

test.describe('with a light system theme', () => {
  test.use({ colorScheme: 'light' });

  test('the control cycles system, light, dark and back, says which is on, and is remembered', async ({ page }) => {
    await page.goto(article!);
    const light = await background(page);
    await expect(toggle(page)).toHaveAccessibleName('Theme: system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');

    await toggle(page).click();
    await expect(toggle(page)).toHaveAccessibleName('Theme: light');
    expect(await background(page)).toBe(light);
    expect(await stored(page)).toBe('light');

    await toggle(page).click();
    await expect(toggle(page)).toHaveAccessibleName('Theme: dark');
    const dark = await background(page);
    expect(luminance(dark)).toBeLessThan(luminance(light));

    await page.reload();
    await expect(toggle(page)).toHaveAccessibleName('Theme: dark');
    expect(await background(page)).toBe(dark);

    // Another page of the site gets the choice too.
    await page.goto(otherArticle!);
    expect(await background(page)).toBe(dark);
    await expect(toggle(page)).toHaveAccessibleName('Theme: dark');

    // Back to following the system: nothing saved, the system's light theme again, across a reload.
    await toggle(page).press('Space');
    await expect(toggle(page)).toHaveAccessibleName('Theme: system');
    expect(await stored(page)).toBeNull();
    expect(await background(page)).toBe(light);
    await page.reload();
    await expect(toggle(page)).toHaveAccessibleName('Theme: system');
    expect(await background(page)).toBe(light);
  });

  // A fresh page: an init script stays on a page for good, and the shared page must not keep this one.
  freshTest('a saved theme is on <html> before the body is parsed, so it never flashes', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('kb-theme', 'dark');
      // Record the theme at the moment <body> enters the document: nothing can have been painted yet.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(article!);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
  });

  test('colours chosen with the control pass the contrast check', async ({ page }) => {
    await page.goto(article!);
    await toggle(page).click();
    await toggle(page).click();
    await expect(toggle(page)).toHaveAccessibleName('Theme: dark');
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('following the system, the page starts dark; choosing light makes it light', async ({ page }) => {
    await page.goto(article!);
    await expect(toggle(page)).toHaveAccessibleName('Theme: system');
    const dark = await background(page);
    expect(luminance(dark)).toBeLessThan(0.05);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAccessibleName('Theme: light');
    expect(luminance(await background(page))).toBeGreaterThan(luminance(dark));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the article reads in the system theme and no dead toggle is shown', async ({ page }) => {
    await page.goto(article!);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.theme-toggle')).toBeHidden();
    expect(luminance(await background(page))).toBeLessThan(0.05);
  });
});
