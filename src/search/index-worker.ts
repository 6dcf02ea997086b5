/**
 * Builds the search indexes in a worker thread while the main thread renders
 * pages: the Pagefind bundles, shard after shard (the indexer is a separate
 * process, so both cores are busy and the build waits only for what is
 * left), and, from the same pass over the records, the exact-code index; then
 * the article-number index from the catalog.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { ArticleRecord, ArticleSummary } from '../article/model.ts';
import { recordFile } from '../build/paths.ts';
import { buildFacetIndex } from '../facets/build-index.ts';
import { facetsOf } from '../facets/facets-of.ts';
import { articleCodes } from './article-codes.ts';
import { createCodeIndex } from './code-index.ts';
import { searchDocument } from './search-document.ts';
import { MAX_FRAGMENTS, shardPaths, splitIntoShards } from './search-shards.ts';
import { writeSearchFiles } from './write-search-files.ts';

const IN_FLIGHT = 16;

export interface IndexJob {
  cache: string;
  /** Where the files go: `<outDir>/pagefind/<n>/` and `<outDir>/search/`. */
  outDir: string;
}

export interface IndexResult {
  pages: number;
  shards: number;
  articleFolders: number;
  codeShards: number;
  errors: string[];
}

async function buildIndex({ cache, outDir }: IndexJob): Promise<IndexResult> {
  const catalog = JSON.parse(await readFile(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];
  const { vocabulary } = buildFacetIndex(catalog);
  const shards = splitIntoShards(catalog);
  const paths = shardPaths(catalog.length);
  const codes = createCodeIndex();
  const errors: string[] = [];
  let pages = 0;
  try {
    for (const [i, shard] of shards.entries()) {
      const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENTS });
      errors.push(...createErrors);
      if (!index) break;
      const add = async (summary: ArticleSummary) => {
        const record = JSON.parse(await readFile(recordFile(cache, summary.permalink), 'utf8')) as ArticleRecord;
        const found = articleCodes(record);
        codes.add(record.number, record.header.lastModified, found);
        const { errors: fileErrors } = await index.addHTMLFile({
          url: record.permalink,
          content: searchDocument(record, facetsOf(summary, vocabulary), found),
        });
        errors.push(...fileErrors.map((error) => `${summary.sourcePath}: ${error}`));
        pages++;
      };
      // A few files in flight hide the round trip to the indexer process without flooding its input.
      for (let start = 0; start < shard.length; start += IN_FLIGHT) {
        await Promise.all(shard.slice(start, start + IN_FLIGHT).map(add));
      }
      const written = await index.writeFiles({ outputPath: path.join(outDir, paths[i]!) });
      errors.push(...written.errors);
      // Frees the shard inside the indexer before the next one starts.
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  const files = await writeSearchFiles(outDir, catalog, codes, { pagefind: paths, articles: catalog.length });
  return { pages, shards: shards.length, ...files, errors };
}

buildIndex(workerData as IndexJob).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
