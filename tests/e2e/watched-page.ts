/**
 * A Playwright `test` whose page is watched for the things no search may do:
 * log an error, throw, open a dialog (an injected `alert`), or make a request
 * that leaves the site. Each test fails at its end if any happened.
 */
import type { ConsoleMessage, Dialog, Request, Response } from '@playwright/test';
import { expect, test as base } from './shared-page.ts';

// On the worker's shared page (./shared-page.ts): the listeners are removed when the test ends.
export const test = base.extend<{ watch: void }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const site = new URL(baseURL!).host;
      const problems: string[] = [];
      const onRequest = (request: Request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.host !== site) problems.push(`request off the site: ${request.url()}`);
      };
      const onResponse = (response: Response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      };
      const onConsole = (message: ConsoleMessage) => {
        // Chromium asks for /favicon.ico by itself when a page names no icon (the design branch adds one).
        if (new URL(message.location().url || 'about:blank').pathname === '/favicon.ico') return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
      };
      const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
      const onDialog = (dialog: Dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      };
      context.on('request', onRequest);
      context.on('response', onResponse);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      page.on('dialog', onDialog);
      await use();
      context.off('request', onRequest);
      context.off('response', onResponse);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('dialog', onDialog);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
