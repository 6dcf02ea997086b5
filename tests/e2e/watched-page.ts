/**
 * A Playwright `test` whose page is watched for the things no search may do:
 * log an error, throw, open a dialog (an injected `alert`), or make a request
 * that leaves the site. Each test fails at its end if any happened.
 */
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const site = new URL(baseURL!).host;
      const problems: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.host !== site) problems.push(`request off the site: ${request.url()}`);
      });
      context.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('console', (message) => {
        // Chromium asks for /favicon.ico by itself when a page names no icon (the design branch adds one).
        if (new URL(message.location().url || 'about:blank').pathname === '/favicon.ico') return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
