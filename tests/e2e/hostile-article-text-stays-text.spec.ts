/**
 * Hostile article text stays text. tests/fixtures/site has an article whose
 * title, header fields, applies-to list, body, listing, footer and query words
 * carry `<script>alert(1)</script>` and `"><img src=x onerror=alert(1)>`, one
 * that cites it, and one whose permalink climbs out of the site. Every page
 * of that build is opened with the CSP switched off, so only escaping stands
 * between the payloads and the reader.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_DIST, FIXTURE_ROOT } from './fixture-site.ts';
import { answered, resultIds, results } from './search-page.ts';
import { builtPages } from './site-pages.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

test.use({ bypassCSP: true });

/** The fixture build is made by Playwright's web server, after the tests are listed: each part lists it when it runs. */
const PARTS = 4;

for (let part = 0; part < PARTS; part++) {
  test(`no page of the hostile site runs or injects anything (part ${part + 1} of ${PARTS})`, async ({ page }) => {
    // Every page of the fixture site, browse pages included, each until the network is idle; in parts that run
    // side by side, so no one test takes long.
    const all = builtPages(path.resolve(FIXTURE_DIST));
    expect(all).toContain('/kb/999/Q999999/');
    const pages = all.filter((_, i) => i % PARTS === part);
    // Each page is loaded until the network is idle: allow for a busy machine per page, not per test.
    test.setTimeout(60_000 + pages.length * 15_000);
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));

    for (const url of pages) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const injected = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((s) => !s.src && !/json/.test(s.type)).map((s) => s.outerHTML),
        images: [...document.images].map((img) => img.outerHTML),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      }));
      expect(injected, url).toEqual({ scripts: [], images: [], handlers: [] });
    }
    expect(dialogs).toEqual([]);
    expect(requests.filter((pathname) => pathname.endsWith('/x'))).toEqual([]);
  });
}

test('the hostile article shows every payload as text, where the source has it', async ({ page }) => {
  await page.goto('/kb/999/Q999999/');
  await expect(page.locator('h1')).toContainText(`${SCRIPT} ${IMG}`);
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(SCRIPT)));
  const text = await page.locator('main').innerText();
  // In the header fields, applies-to list, body paragraph, listing, list items, query words and footer.
  expect(count(text, SCRIPT)).toBeGreaterThanOrEqual(6);
  expect(count(text, IMG)).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.article-details li').first()).toContainText(SCRIPT);
  await expect(page.locator('.kb-article pre').first()).toContainText(SCRIPT);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /<script>alert\(1\)<\/script>/);
});

test('an article citing the hostile one keeps its title as text', async ({ page }) => {
  await page.goto('/kb/999/Q999998/');
  expect(await page.locator('main').innerText()).toContain(SCRIPT);
  await expect(page.locator('main a[href="/kb/999/Q999999/"]').first()).toBeVisible();
});

test('a permalink that climbs out of the site writes nothing outside the output folder', async ({ page }) => {
  // The fixture's permalink is /kb/../../../escaped-by-permalink/; look wherever that could land, from the
  // output folder and from the corpus cache, however many levels it climbs.
  const starts = [path.resolve(FIXTURE_DIST), path.resolve(FIXTURE_ROOT, 'cache', 'articles')];
  for (const start of starts) {
    for (let up = 0; up <= 5; up++) {
      for (const name of ['escaped-by-permalink', 'escaped-by-permalink.json']) {
        const outside = path.resolve(start, ...Array<string>(up).fill('..'), name);
        expect(existsSync(outside), outside).toBe(false);
      }
    }
  }
  // The article is still published, at the address its place in the archive gives it.
  const response = await page.goto('/kb/999/Q999997/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Permalink That Tries to Leave the Site');
});

test('a search for words of the payloads finds the hostile article and shows its title as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/search/?q=${encodeURIComponent('alert onerror')}`);
  await answered(page);
  expect(await resultIds(page)).toContain('Q999999');
  const hit = results(page).locator('li', { has: page.locator('.hit-id', { hasText: 'Q999999' }) });
  await expect(hit).toContainText(SCRIPT);
  await expect(hit).toContainText(IMG);
  expect(await page.locator('main img, main script:not([src]), main [onerror]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

const count = (text: string, needle: string) => text.split(needle).length - 1;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
