/**
 * Files derived from the whole corpus or the whole built site, written once
 * every page exists: the short-link page `/Q<n>/` and the JSON
 * `/kb/NNN/Q<n>.json` of every article, the sitemaps (dated by Last Modified)
 * and the `_redirects` file.
 *
 * Short pages and JSON are written here rather than as Astro routes: 120,000
 * trivial routes cost Astro about a millisecond each (two minutes on the full
 * corpus), a plain file write a tenth of that.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { citingArticles, loadCatalog, loadRecord, summaryById } from '../lib/corpus-cache.ts';
import { routeParam } from '../lib/route-param.ts';
import { articleJson } from '../links/article-json.ts';
import { jsonPath } from '../links/paths.ts';
import { redirectsFile } from '../links/redirects-file.ts';
import { shortLinkPage } from '../links/short-link-page.ts';
import { shortPath } from '../links/short-links.ts';
import { sitemapEntries, sitemapFiles } from '../links/sitemap.ts';

export function kbLinks(): AstroIntegration {
  let site = '';
  return {
    name: 'kb-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('kb-links needs `site` (SITE_URL) for canonical links and sitemaps');
        // Every link the site makes is root-relative (/kb/152/Q152941/), so it must be served at the root.
        if (new URL(config.site).pathname !== '/') throw new Error(`SITE_URL must be an origin without a path, got ${config.site}`);
        site = new URL('/', config.site).href;
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        const out = fileURLToPath(dir);
        const write = writer(out);
        const catalog = loadCatalog();
        const t0 = performance.now();

        // One short page per id, for the article cross-references resolve to (the first with that id).
        const shortPages = catalog.filter((summary) => summaryById(summary.id) === summary).map((summary) => {
          const page = shortPath(summary.id);
          write(`/${routeParam(page)}/index.html`, shortLinkPage(summary, site));
          return page;
        });
        for (const { permalink } of catalog) {
          const record = loadRecord(`/${routeParam(permalink)}/`);
          const json = articleJson(record, site, (id) => summaryById(id)?.permalink ?? null, citingArticles(record.id));
          write(jsonPath(permalink), JSON.stringify(json));
        }

        const pagePaths = [...pages.map(({ pathname }) => '/' + pathname.replace(/^\/+/, '')), ...shortPages];
        const redirects = redirectsFile(pagePaths);
        write('/_redirects', redirects.text);
        for (const { from } of redirects.dropped) logger.warn(`_redirects: left out ${from}, it would capture a real page (the 404 page covers it)`);

        const lastModified = new Map(catalog.map(({ permalink, lastModified }) => [permalink, lastModified]));
        const entries = sitemapEntries(pagePaths, site, lastModified);
        const sitemaps = sitemapFiles(entries, site);
        for (const { file, text } of sitemaps) write('/' + file, text);

        logger.info(
          `${shortPages.length} short-link pages, ${catalog.length} article JSON files, ${redirects.rules.length} _redirects rules, ` +
            `${entries.length} URLs in ${sitemaps.length - 1} sitemaps, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

/** Writes site paths (`/kb/152/Q152941.json`) below `out`, creating each folder once. */
function writer(out: string): (sitePath: string, text: string) => void {
  const made = new Set<string>();
  return (sitePath, text) => {
    const file = path.join(out, sitePath);
    const folder = path.dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    writeFileSync(file, text);
  };
}
