/** Figures measured in headless Chromium against a built site: article page transfer, and search quality and cost. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { serveStatic } from './static-server.ts';
import type { ArticleSummary } from '../../src/article/model.ts';
import { measureSearch, type SearchFigures } from './search-figures.ts';

export interface BrowserFigures {
  pages: { sampled: number; medianGzipBytes: number; worstGzipBytes: number; worstPath: string };
  /** Search quality and cost over bench/queries.json (search-figures.ts); null when the site has no search index. */
  search: SearchFigures | null;
}

const PAGE_SAMPLE = 300;

/** Bytes on the wire (gzip) for one page load, everything same-site included. */
async function transferBytes(page: Page, url: string): Promise<number> {
  const responses: Promise<number>[] = [];
  const onResponse = (response: import('@playwright/test').Response) =>
    responses.push(response.request().sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  page.off('response', onResponse);
  return (await Promise.all(responses)).reduce((a, b) => a + b, 0);
}

export async function measureInBrowser(outDir: string, cache: string): Promise<BrowserFigures> {
  const catalog = JSON.parse(await readFile(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let pages: BrowserFigures['pages'];
  try {
    const sample = Array.from({ length: Math.min(PAGE_SAMPLE, catalog.length) }, (_, i) => catalog[Math.floor((i * catalog.length) / Math.min(PAGE_SAMPLE, catalog.length))]!);
    const sizes: Array<{ path: string; bytes: number }> = [];
    for (const summary of sample) {
      // A fresh context per page: a cold cache, as a reader arriving from a ticket link.
      const context = await browser.newContext();
      const page = await context.newPage();
      sizes.push({ path: summary.permalink, bytes: await transferBytes(page, server.url + summary.permalink) });
      await context.close();
    }
    sizes.sort((a, b) => a.bytes - b.bytes);
    const worst = sizes[sizes.length - 1]!;
    pages = { sampled: sizes.length, medianGzipBytes: sizes[Math.floor(sizes.length / 2)]!.bytes, worstGzipBytes: worst.bytes, worstPath: worst.path };
  } finally {
    await browser.close();
    await server.close();
  }
  const search = existsSync(path.join(outDir, 'search', 'meta.json')) ? await measureSearch(outDir) : null;
  return { pages, search };
}
