/**
 * axe-core over a whole build, where the browser tests only see the sample:
 * an even spread of N article pages plus a spread of every other page type
 * (tests/e2e/site-pages.ts), in the light and the dark theme at 1280px, and
 * at 360px a check that the page itself never scrolls sideways. Prints each
 * violated rule with the pages it was found on; exits 1 if there is any.
 *
 *   npx node scripts/accessibility-audit.ts /tmp/full/dist --sample 200
 */
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { axeViolations } from '../tests/e2e/axe.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { builtPages, pagesByType, spread } from '../tests/e2e/site-pages.ts';
import { serveStatic } from './bench/static-server.ts';

type Findings = Map<string, string[]>;

function note(findings: Findings, rule: string, where: string) {
  findings.set(rule, [...(findings.get(rule) ?? []), where]);
}

async function audit(browser: Browser, base: string, urls: string[], colorScheme: 'light' | 'dark', findings: Findings) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const url of urls) {
    await page.goto(base + url);
    for (const { id, targets } of await axeViolations(page)) note(findings, `${id} (${colorScheme})`, `${url} ${targets[0] ?? ''}`);
  }
  await context.close();
}

async function overflow(browser: Browser, base: string, urls: string[], findings: Findings) {
  const context = await browser.newContext({ viewport: { width: 360, height: 760 } });
  const page = await context.newPage();
  for (const url of urls) {
    await page.goto(base + url);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (wide > 0) note(findings, 'page scrolls sideways at 360px', `${url} (${wide}px)`);
  }
  await context.close();
}

async function main(argv: string[]): Promise<number> {
  const dist = path.resolve(argv[0] ?? 'dist');
  const i = argv.indexOf('--sample');
  const count = i >= 0 ? Number(argv[i + 1]) : 100;
  const pages = builtPages(dist);
  const { typed, unclaimed } = pagesByType(pages);
  const articles = spread(pages.filter((url) => typed.some(({ type }) => type.name === 'article' && type.pattern.test(url))), count);
  const others = typed.filter(({ type }) => type.audit && type.name !== 'article').flatMap(({ urls }) => urls);
  const urls = [...others, ...articles];
  console.log(`auditing ${urls.length} of ${pages.length} pages (${articles.length} articles) in ${dist}`);
  if (unclaimed.length > 0) console.log(`pages of no known type (not audited): ${unclaimed.slice(0, 5).join(', ')}${unclaimed.length > 5 ? ', ...' : ''}`);

  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const findings: Findings = new Map();
  try {
    await audit(browser, server.url, urls, 'light', findings);
    await audit(browser, server.url, urls, 'dark', findings);
    await overflow(browser, server.url, urls, findings);
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [rule, where] of findings) console.log(`${rule}: ${where.length} page(s)\n  ${where.slice(0, 5).join('\n  ')}`);
  console.log(findings.size === 0 ? 'no violations' : `${findings.size} rule(s) violated`);
  return findings.size === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
