/**
 * Files derived from the whole corpus or the whole built site: the
 * short-link page `/Q<n>/` and the JSON `/kb/NNN/Q<n>.json` of every article,
 * and the JSON `/code/<key>.json` of every error code (written by a worker
 * thread while Astro renders the pages), then, once every page exists, the
 * sitemaps (dated by Last Modified) and the `_redirects` file.
 *
 * Short pages and JSON are written here rather than as Astro routes: 130,000
 * trivial routes cost Astro one to two milliseconds each (two minutes and
 * more on the full corpus), a plain file write a tenth of that.
 */
import { partPath } from '../article/split-parts.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createFileWriter } from '../build/file-writer.ts';
import { loadCatalog } from '../lib/corpus-cache.ts';
import { errorText, runWorker, type WorkerReply } from '../lib/worker-messages.ts';
import { similarReady } from '../similar/similar-ready.ts';
import type { ArticleFiles, ArticleFilesJob } from '../links/article-files-worker.ts';
import { rebaseHeadersFile } from '../links/headers-file.ts';
import { redirectsFile } from '../links/redirects-file.ts';
import { sitemapEntries, sitemapFiles } from '../links/sitemap.ts';
import { BASE_PATH, basePathOf, siteUrl } from '../links/site-url.ts';

export function kbLinks(): AstroIntegration {
  let site = '';
  let outDir = '';
  let articleFiles: Promise<WorkerReply<ArticleFiles>> | undefined;
  return {
    name: 'kb-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('kb-links needs `site` (SITE_URL) for canonical links and sitemaps');
        // The site's address with its base (astro.config.ts sets both from src/links/site-url.ts).
        site = siteUrl('/', config.site);
        if (basePathOf(site) !== BASE_PATH) throw new Error(`kb-links: site ${site} and base ${BASE_PATH} disagree`);
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties the output folder before this hook, so files written from here on stay.
      'astro:build:setup': () => {
        const job: ArticleFilesJob = { outDir, site };
        // Its JSON names the similar articles: it starts once they are written (a few seconds into the rendering).
        articleFiles ??= similarReady().then(
          () => runWorker<ArticleFiles>(new URL('../links/article-files-worker.ts', import.meta.url), { workerData: job }),
          (error: unknown): WorkerReply<ArticleFiles> => ({ ok: false, message: errorText(error) }),
        );
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!articleFiles) throw new Error('kb-links: the article files were never started (no astro:build:setup)');
        const reply = await articleFiles;
        if (!reply.ok) throw new Error(`writing short-link pages and article JSON failed: ${reply.message}`);
        const { shortPages, jsonFiles, codeFiles, seconds } = reply.value;
        const out = fileURLToPath(dir);
        const writeFile = createFileWriter();
        const write = (sitePath: string, text: string) => writeFile(path.join(out, sitePath), text);
        const t0 = performance.now();

        const pagePaths = [...pages.map(({ pathname }) => '/' + pathname.replace(/^\/+/, '')), ...shortPages];
        const redirects = redirectsFile(pagePaths, undefined, BASE_PATH);
        write('/_redirects', redirects.text);
        // public/_headers names site paths; under a base path its patterns move with the site.
        const headers = path.join(out, '_headers');
        if (BASE_PATH !== '/') write('/_headers', rebaseHeadersFile(readFileSync(headers, 'utf8'), BASE_PATH));
        for (const { from } of redirects.dropped) logger.warn(`_redirects: left out ${from}, it would capture a real page (the 404 page covers it)`);

        // An article's later parts (/kb/156/Q156063/2/) are dated like the article.
        const lastModified = new Map(
          loadCatalog().flatMap(({ permalink, lastModified, parts = 1 }) => Array.from({ length: parts }, (_, i) => [partPath(permalink, i + 1), lastModified] as const)),
        );
        const entries = sitemapEntries(pagePaths, site, lastModified);
        const sitemaps = sitemapFiles(entries, site);
        for (const { file, text } of sitemaps) write('/' + file, text);

        logger.info(
          `${shortPages.length} short-link pages, ${jsonFiles} article and ${codeFiles} error-code JSON files (written in ${seconds.toFixed(1)} s beside the pages), ` +
            `${redirects.rules.length} _redirects rules, ${entries.length} URLs in ${sitemaps.length - 1} sitemaps, ` +
            `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
