/**
 * The search indexes: started in the background as soon as the corpus cache
 * exists, collected and moved into the site when Astro has written its pages
 * (`/pagefind/<n>/`, `/search/articles/`, `/search/codes/`, the word index's `/search/words/` and
 * its companions, `/search/meta.json`: SEARCH_ENTRIES).
 */
import { rename, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheDir } from '../build/paths.ts';
import { runWorker, type WorkerReply } from '../lib/worker-messages.ts';
import type { IndexJob, IndexResult } from '../search/index-worker.ts';
import { SEARCH_ENTRIES } from '../search/search-files.ts';

export function kbPagefind(): AstroIntegration {
  let pending: Promise<WorkerReply<IndexResult>> | undefined;
  let staging = '';
  let started = 0;
  let finished = 0;
  return {
    name: 'kb-pagefind',
    hooks: {
      // Runs after kb-corpus's setup hook (integration order), so the cache is complete.
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        const cache = cacheDir(fileURLToPath(config.root));
        // Astro empties the output folder when it starts writing, so the bundles wait beside the cache.
        staging = path.join(cache, 'pagefind-staging');
        await rm(staging, { recursive: true, force: true });
        await mkdir(staging, { recursive: true });
        const job: IndexJob = { cache, outDir: staging };
        started = performance.now();
        logger.info('indexing for search in the background');
        pending = runWorker<IndexResult>(new URL('../search/index-worker.ts', import.meta.url), { workerData: job }).finally(() => {
          finished = performance.now();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pending) return;
        const waitFrom = performance.now();
        logger.info('waiting for the search index');
        const reply = await pending;
        // Whether the index or the pages are the build's longer path: how long the build waited for it.
        const waited = Math.max(0, finished - waitFrom) / 1000;
        if (!reply.ok) throw new Error(`search indexing failed: ${reply.message}`);
        const { pages, shards, articleFolders, codeShards, wordShards, errors } = reply.value;
        if (errors.length) throw new Error(`search indexing reported ${errors.length} errors:\n${errors.slice(0, 10).join('\n')}`);
        const site = fileURLToPath(dir);
        // /search/ itself is a page of the site: move the index files into it one by one
        for (const entry of ['pagefind', ...SEARCH_ENTRIES.map((name) => `search/${name}`)]) {
          // A content set without a single error code has no code files to move.
          if (!existsSync(path.join(staging, entry))) continue;
          const target = path.join(site, entry);
          await rm(target, { recursive: true, force: true });
          await mkdir(path.dirname(target), { recursive: true });
          await rename(path.join(staging, entry), target);
        }
        logger.info(
          `wrote search index of ${pages} articles in ${shards} shards, ${articleFolders} article-number and ` +
            `${codeShards} error-code files, ${wordShards} word-index shards; indexed in ${((finished - started) / 1000).toFixed(1)} s, ` +
            `of which the build waited ${waited.toFixed(1)} s`,
        );
      },
    },
  };
}
