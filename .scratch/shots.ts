import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { serveStatic } from '../scripts/bench/static-server.ts';
const server = await serveStatic(path.resolve(process.argv[2]!), {}, 600);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const q = process.argv[3]!;
for (const [w, h] of [[360, 780], [1280, 900]]) for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('.hit');
  await page.screenshot({ path: `/work/prof/shot-${w}-${scheme}.png` });
  await context.close();
}
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
const page = await context.newPage();
await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
await page.waitForTimeout(1500);
await page.screenshot({ path: `/work/prof/shot-nojs.png` });
await browser.close();
await server.close();
