/**
 * Internal link check over a built site: every href, src, form action and
 * meta refresh in the HTML, every sitemap <loc> and the robots.txt Sitemap
 * line that points into the site must name a file that exists, and every
 * #fragment an id on its target page. External links are not fetched.
 *
 *   node scripts/check-links.ts [dist] [--site https://kb-archive.example] [--show 50]
 *
 * The folder defaults to KB_OUT_DIR, else dist. `--site` (default SITE_URL and
 * BASE_PATH, as the build reads them) is where the folder is served: absolute
 * URLs on it, such as canonical links, count as internal, and every link must
 * stay under its base path. Exits 1 on any broken link.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteAddressFrom } from '../src/links/site-url.ts';
import { pagePathOf, resolveLink, scanHtml, scanText } from '../src/links/link-check.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: 'string' }, show: { type: 'string', default: '50' } },
});
const root = path.resolve(positionals[0] ?? process.env.KB_OUT_DIR ?? 'dist');
const site = new URL(values.site ?? siteAddressFrom(process.env));
const started = performance.now();

const files = new Set(
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
);

interface Problem {
  page: string;
  href: string;
  reason: string;
}
const problems: Problem[] = [];
const idsOf = new Map<string, Set<string>>();
const fragmentLinks: Array<{ page: string; href: string; file: string; fragment: string }> = [];
let checked = 0;
let external = 0;

for (const file of [...files].sort()) {
  const isHtml = file.endsWith('.html');
  if (!isHtml && !file.endsWith('.xml') && file !== 'robots.txt') continue;
  const text = readFileSync(path.join(root, file), 'utf8');
  let links: string[];
  if (isHtml) {
    const scanned = scanHtml(text);
    idsOf.set(file, new Set(scanned.ids));
    links = scanned.links;
  } else {
    links = scanText(file, text);
  }
  const page = pagePathOf(file);
  for (const href of links) {
    if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
    checked++;
    const resolved = resolveLink(href, page, site, files);
    if (resolved.kind === 'external') external++;
    else if (resolved.kind === 'broken') problems.push({ page, href, reason: resolved.reason });
    else if (resolved.fragment && resolved.file === file) {
      if (!idsOf.get(file)!.has(resolved.fragment)) problems.push({ page, href, reason: `no id "${resolved.fragment}" on this page` });
    } else if (resolved.fragment && resolved.file.endsWith('.html')) fragmentLinks.push({ page, href, file: resolved.file, fragment: resolved.fragment });
  }
}
// Fragments on other pages last: by now every page's ids are known.
for (const { page, href, file, fragment } of fragmentLinks) {
  if (!idsOf.get(file)?.has(fragment)) problems.push({ page, href, reason: `no id "${fragment}" on ${pagePathOf(file)}` });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `check-links: ${files.size} files, ${idsOf.size} HTML pages, ${checked} links (${external} external, not fetched), ` +
    `${problems.length} broken, in ${seconds} s (site ${site.href})`,
);
for (const { page, href, reason } of problems.slice(0, Number(values.show))) console.log(`  ${page} -> ${href}: ${reason}`);
if (problems.length > Number(values.show)) console.log(`  ... and ${problems.length - Number(values.show)} more`);
process.exitCode = problems.length ? 1 : 0;
