/**
 * Does a link open on the answer? For an even spread of articles, where the
 * first paragraph (or list or listing) of the first section starts, at
 * 360x780 and 1280x900, in headless Chromium:
 *
 *   npx node scripts/first-screen.ts <content-root> [--count 200] [--out .cache/first-screen] [--json out.json]
 *
 * Copies `count` evenly spread articles of the content root into a content
 * folder of their own, builds them (KB_CONTENT/KB_OUT_DIR/KB_CACHE_DIR, so the
 * main build is untouched), serves the build and measures each page. Their
 * facet links come from the subset's facet index, which can differ slightly
 * from the whole archive's; the layout is the same.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { serveStatic } from './bench/static-server.ts';

const SIZES = [
  { width: 360, height: 780, goal: 95 },
  { width: 1280, height: 900, goal: 99 },
];

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function evenSpread(root: string, count: number): string[] {
  const all: string[] = [];
  for (const group of readdirSync(path.join(root, 'kb')).sort()) {
    for (const article of readdirSync(path.join(root, 'kb', group)).sort()) all.push(`kb/${group}/${article}`);
  }
  const step = all.length / count;
  return Array.from({ length: Math.min(count, all.length) }, (_, k) => all[Math.floor(k * step)]!);
}

const args = process.argv.slice(2);
const root = args.find((arg, k) => !arg.startsWith('--') && !args[k - 1]?.startsWith('--'));
if (!root) {
  console.error('usage: npx node scripts/first-screen.ts <content-root> [--count 200] [--out .cache/first-screen] [--json out.json]');
  process.exit(2);
}
const count = Number(option(args, '--count') ?? 200);
const work = path.resolve(option(args, '--out') ?? '.cache/first-screen');
const content = path.join(work, 'content');
rmSync(work, { recursive: true, force: true });
const articles = evenSpread(root, count);
for (const dir of articles) {
  mkdirSync(path.join(content, dir), { recursive: true });
  cpSync(path.join(root, dir, 'README.md'), path.join(content, dir, 'README.md'));
}
console.log(`building ${articles.length} evenly spread articles of ${root} ...`);
execFileSync('npx', ['astro', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, KB_CONTENT: content, KB_OUT_DIR: path.join(work, 'dist'), KB_CACHE_DIR: path.join(work, 'cache') },
});

const server = await serveStatic(path.join(work, 'dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: Record<string, { inside: number; measured: number; worst: Array<{ article: string; y: number | null }> }> = {};
try {
  for (const { width, height } of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } });
    const tops: Array<{ article: string; y: number | null }> = [];
    for (const dir of articles) {
      await page.goto(`${server.url}/${dir}/`);
      // The first block of text of the first section (a paragraph, list, listing or table), where it starts.
      const y = await page.evaluate(() => {
        const section = document.querySelector('.kb-article > section');
        const first = section?.querySelector(':scope > :is(p, pre, ul, ol, table, dl, blockquote)');
        return first ? first.getBoundingClientRect().top : null;
      });
      tops.push({ article: dir.split('/')[2]!, y });
    }
    await page.close();
    const measured = tops.filter(({ y }) => y !== null);
    const inside = measured.filter(({ y }) => y! < height).length;
    results[`${width}x${height}`] = { inside, measured: measured.length, worst: [...tops].sort((a, b) => (b.y ?? Infinity) - (a.y ?? Infinity)).slice(0, 5) };
  }
} finally {
  await browser.close();
  await server.close();
}

for (const { width, height, goal } of SIZES) {
  const { inside, measured, worst } = results[`${width}x${height}`]!;
  const share = Math.round((inside / measured) * 1000) / 10;
  console.log(`${width}x${height}: ${inside} of ${measured} (${share}%) start inside the first screen (goal ${goal}%); lowest: ${worst.map(({ article, y }) => `${article} ${y === null ? 'no text block' : `y=${Math.round(y)}`}`).join(', ')}`);
}
const json = option(args, '--json');
if (json) writeFileSync(json, JSON.stringify({ articles: articles.length, root, results }, null, 2) + '\n');
