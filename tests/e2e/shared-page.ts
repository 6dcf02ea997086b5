/**
 * A Playwright `test` whose `page` (and `context`) is reused from test to test within a worker, one per set of
 * context options (`test.use({ javaScriptEnabled: false })` gets its own).
 *
 * Why: a fresh context per test starts a renderer process and, on a search page, loads and compiles Pagefind
 * again. Measured on this 2-core machine, that is 0.4-0.9 s a test when quiet and 1.3-2.3 s when busy, and with
 * ~200 tests it was a third of the browser suite's wall time.
 *
 * Only for specs whose tests start by navigating and leave nothing behind that a later test could see: no
 * `addInitScript` or `route` (they outlive the test on a shared page), no `context.close()`. After each test the
 * page's storage, cookies, permissions, media emulation and viewport are reset and the page goes to
 * about:blank, so a test never starts on the page the previous one left. A failed test restarts the worker,
 * which makes new pages.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/** The context options any spec of this suite sets with `test.use`; each combination gets its own page. */
type Options = Pick<BrowserContextOptions, 'baseURL' | 'javaScriptEnabled' | 'colorScheme' | 'viewport' | 'bypassCSP' | 'permissions'>;

export const test = base.extend<object, { pages: Map<string, Page> }>({
  pages: [
    async ({}, use) => {
      const pages = new Map<string, Page>();
      await use(pages);
      await Promise.all([...pages.values()].map((page) => page.context().close()));
    },
    { scope: 'worker' },
  ],

  page: async ({ browser, pages, baseURL, javaScriptEnabled, colorScheme, viewport, bypassCSP, permissions }, use) => {
    const options: Options = { baseURL, javaScriptEnabled, colorScheme, viewport, bypassCSP, permissions };
    const key = JSON.stringify(options);
    let page = pages.get(key);
    if (!page) {
      page = await (await browser.newContext(options)).newPage();
      pages.set(key, page);
    }
    await use(page);
    await reset(page, options);
  },

  context: async ({ page }, use) => {
    await use(page.context() as BrowserContext);
  },
});

async function reset(page: Page, options: Options): Promise<void> {
  if (/^https?:/.test(page.url())) {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  const context = page.context();
  await context.clearCookies();
  await context.clearPermissions();
  if (options.permissions?.length) await context.grantPermissions(options.permissions);
  await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', reducedMotion: null, forcedColors: null });
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.goto('about:blank');
}

export { expect } from '@playwright/test';
