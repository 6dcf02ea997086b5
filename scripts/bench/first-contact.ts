/**
 * First contact with search, as a reader has it: the site's own `/search/?q=…`
 * page opened by URL in a fresh browser context (empty cache), served with
 * gzip like a static host. Per query: bytes on the wire and milliseconds until
 * the first result is on screen; the same address opened again (a repeat:
 * the page itself fetched again, everything else from the browser's cache,
 * served with ten minutes of caching); and a second query on the same page, two ways: pasted
 * (set in the box and submitted at once) and typed (key by key, KEY_MS apart, then Enter after
 * `--pause` ms: 1,000 by default, a reader's look at what they typed; 150 for a typist who
 * does not stop), each in ms from the submit or the Enter key until its results are shown, and
 * in bytes from the first key.
 *
 *   npx node scripts/bench/first-contact.ts <built site> [--queries bench/queries.json] [--kind title-words] [--count 20] [--pause 1000] [--http2]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { serveStatic } from './static-server.ts';
import { measured } from './search-figures.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    queries: { type: 'string', default: 'bench/queries.json' },
    kind: { type: 'string', default: 'title-words' },
    count: { type: 'string', default: '20' },
    pause: { type: 'string', default: '1000' },
    http2: { type: 'boolean', default: false },
  },
});
const site = positionals[0];
if (!site) throw new Error('usage: first-contact.ts <built site> [--queries bench/queries.json] [--kind title-words] [--count 20] [--pause 1000] [--http2]');
const file = JSON.parse(await readFile(values.queries, 'utf8')) as { queryList: Array<{ kind: string; q: string }> };
const queries = file.queryList.filter((query) => query.kind === values.kind).slice(0, Number(values.count)).map((query) => query.q);

/** Waits for the first result (or the "No results" status) of the search on screen; ms since `since` (page clock). */
function firstResult(page: Page, since: 'navigation' | number): Promise<number> {
  return page.evaluate(
    (from) =>
      new Promise<number>((resolve) => {
        const start = from === 'navigation' ? 0 : from;
        const done = () => {
          const status = document.querySelector('[data-part="status"]')?.textContent ?? '';
          const busy = document.querySelector('[data-part="results"]')?.getAttribute('aria-busy') === 'true';
          return !busy && (document.querySelector('.hit') !== null || /^No results/.test(status)) && !/^Searching/.test(status);
        };
        if (done()) return resolve(performance.now() - start);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
    since,
  );
}

/** A reader's pace: 150 ms from key to key (about 65 words a minute). */
const KEY_MS = 150;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const max = (list: number[]) => Math.max(0, ...list);

// files other than pages cached for ten minutes, as a static host would: the repeat visit reads them from the cache
const server = await serveStatic(path.resolve(site), {}, 600, { http2: values.http2 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const cold = { ms: [] as number[], bytes: [] as number[] };
const repeat = { ms: [] as number[], bytes: [] as number[] };
const pasted = { ms: [] as number[], bytes: [] as number[] };
const typed = { ms: [] as number[], bytes: [] as number[] };
try {
  for (const [i, q] of queries.entries()) {
    // with --http2 the server's certificate is made for this run
    const context = await browser.newContext({ ignoreHTTPSErrors: values.http2 });
    const page = await context.newPage();
    const address = `${server.url}/search/?${new URLSearchParams({ q })}`;
    const first = await measured(page, async () => {
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      return firstResult(page, 'navigation');
    });
    cold.ms.push(first.value);
    cold.bytes.push(first.bytes);
    const again = await measured(page, async () => {
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      return firstResult(page, 'navigation');
    });
    repeat.ms.push(again.value);
    repeat.bytes.push(again.bytes);
    const next = queries[(i + 1) % queries.length]!;
    const third = queries[(i + 2) % queries.length]!;
    const second = await measured(page, async () => {
      const started = await page.evaluate((text) => {
        // the page's one search box: the header's, which runs in place on the search page
        const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
        input.value = text;
        const at = performance.now();
        input.form!.requestSubmit();
        return at;
      }, next);
      return firstResult(page, started);
    });
    pasted.ms.push(second.value);
    pasted.bytes.push(second.bytes);
    const box = page.locator('#site-search-q');
    await box.fill('');
    const keyed = await measured(page, async () => {
      await box.pressSequentially(third, { delay: KEY_MS });
      await page.waitForTimeout(Number(values.pause));
      // the page's own clock at the Enter key, read back once the key is pressed
      await page.evaluate(() =>
        document.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') document.documentElement.dataset.enterAt = String(performance.now());
        }, { capture: true, once: true }),
      );
      await box.press('Enter');
      return firstResult(page, Number(await page.evaluate(() => document.documentElement.dataset.enterAt)));
    });
    typed.ms.push(keyed.value);
    typed.bytes.push(keyed.bytes);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const figures = (runs: { ms: number[]; bytes: number[] }) => ({
  medianMs: Number(median(runs.ms).toFixed(1)),
  maxMs: Number(max(runs.ms).toFixed(1)),
  medianKB: Number((median(runs.bytes) / 1000).toFixed(1)),
  maxKB: Number((max(runs.bytes) / 1000).toFixed(1)),
});
console.log(
  JSON.stringify({ queries: queries.length, kind: values.kind, protocol: values.http2 ? 'HTTP/2' : 'HTTP/1.1', pauseBeforeEnterMs: Number(values.pause), cold: figures(cold), repeat: figures(repeat), pasted: figures(pasted), typed: figures(typed) }, null, 2),
);
