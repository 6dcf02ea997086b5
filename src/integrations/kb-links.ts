/**
 * Files that describe the whole built site, written once every page exists so
 * they list exactly what was built: the sitemaps (article pages dated by their
 * Last Modified) and the `_redirects` file for short-link spellings.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadCatalog } from '../lib/corpus-cache.ts';
import { redirectsFile } from '../links/redirects-file.ts';
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
      'astro:build:done': async ({ pages, dir, logger }) => {
        const out = fileURLToPath(dir);
        const pagePaths = pages.map(({ pathname }) => '/' + pathname.replace(/^\/+/, ''));

        const redirects = redirectsFile(pagePaths);
        await writeFile(path.join(out, '_redirects'), redirects.text);
        for (const { from } of redirects.dropped) logger.warn(`_redirects: left out ${from}, it would capture a real page (the 404 page covers it)`);

        const lastModified = new Map(loadCatalog().map(({ permalink, lastModified }) => [permalink, lastModified]));
        const entries = sitemapEntries(pagePaths, site, lastModified);
        const files = sitemapFiles(entries, site);
        await Promise.all(files.map(({ file, text }) => writeFile(path.join(out, file), text)));
        logger.info(`${redirects.rules.length} _redirects rules; ${entries.length} URLs in ${files.length - 1} sitemap files`);
      },
    },
  };
}
