/**
 * Builds the Pagefind bundles in a worker thread, shard after shard, while
 * the main thread renders pages: the indexer is a separate process, so the
 * two cores are both busy and the build waits only for what is left.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { ArticleRecord, ArticleSummary } from '../article/model.ts';
import { recordFile } from '../build/paths.ts';
import { buildFacetIndex } from '../facets/build-index.ts';
import { facetsOf } from '../facets/facets-of.ts';
import { extractCodes, indexKeys, aliasTokens } from './codes.ts';
import { searchDocument } from './search-document.ts';
import { shardPaths, splitIntoShards } from './search-shards.ts';

const IN_FLIGHT = 16;

export interface IndexJob {
  cache: string;
  /** Where the bundles go: `<outDir>/pagefind/<n>/`. */
  outDir: string;
}

export interface IndexResult {
  pages: number;
  shards: number;
  errors: string[];
}

async function buildIndex({ cache, outDir }: IndexJob): Promise<IndexResult> {
  const catalog = JSON.parse(await readFile(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];
  const { vocabulary } = buildFacetIndex(catalog);
  const sorted = [...catalog].sort((a, b) => a.number - b.number || (a.permalink < b.permalink ? -1 : 1));
  const shards = splitIntoShards(sorted);
  const paths = shardPaths(sorted.length);
  const errors: string[] = [];
  let pages = 0;
  try {
    for (const [i, shard] of shards.entries()) {
      const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 2000 });
      errors.push(...createErrors);
      if (!index) break;
      const add = async (summary: ArticleSummary) => {
        const record = JSON.parse(await readFile(recordFile(cache, summary.permalink), 'utf8')) as ArticleRecord;
        const text = record.sections.map((section) => section.text).join('\n');
        const aliases = aliasTokens(indexKeys(extractCodes(text))).join(' ');
        const { errors: fileErrors } = await index.addHTMLFile({
          url: record.permalink,
          content: searchDocument(record, facetsOf(summary, vocabulary), aliases),
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
  return { pages, shards: shards.length, errors };
}

buildIndex(workerData as IndexJob).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
