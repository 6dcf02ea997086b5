/**
 * Builds the search indexes in a worker thread while the main thread renders
 * pages: the Pagefind bundles, and, from the same pass over the records, the
 * exact-code index; then the article-number index from the catalog.
 *
 * Pagefind's indexer is single-threaded and spends half its time writing a
 * bundle, so two indexer processes (bundle-worker.ts) take the shards in turn:
 * one is filled while the other writes. Only one writes at a time, because
 * writing is when an indexer needs the most memory (about 2 GB for 16,000
 * articles, against 0.6 GB while it is filled).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import type { ArticleRecord, ArticleSummary } from '../article/model.ts';
import { answerOnce, openWorker, type WorkerChannel } from '../lib/worker-messages.ts';
import { recordFile } from '../build/paths.ts';
import { readFacets } from '../lib/facet-index.ts';
import { codesFromJson } from './article-codes.ts';
import type { BundleFile, BundleReply, BundleRequest } from './bundle-protocol.ts';
import { createCodeIndex } from './code-index.ts';
import { searchDocument } from './search-document.ts';
import { shardPaths, splitIntoShards } from './search-shards.ts';
import { writeSearchFiles } from './write-search-files.ts';
import { createWordIndex } from './words/word-index.ts';
import { writeWordFiles } from './words/write-word-files.ts';

/** Indexer processes: one filling a bundle while the other writes one. */
const INDEXERS = 2;
/** Documents per message to an indexer: the next batch is prepared while one is being added. */
const BATCH = 250;

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
  wordShards: number;
  spellingFiles: number;
  errors: string[];
}

interface Indexer {
  channel: WorkerChannel<BundleRequest, BundleReply>;
  /** Settles when the bundle this indexer last took is written. */
  idle: Promise<unknown>;
}

function startIndexer(): Indexer {
  return { channel: openWorker(new URL('./bundle-worker.ts', import.meta.url)), idle: Promise.resolve() };
}

async function buildIndex({ cache, outDir }: IndexJob): Promise<IndexResult> {
  const catalog = JSON.parse(await readFile(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];
  const { index: facetIndex, byPermalink: facetsAt } = readFacets(cache, catalog);
  const shards = splitIntoShards(catalog);
  const paths = shardPaths(catalog.length);
  const codes = createCodeIndex();
  const leads = new Map<number, string>();
  const words = createWordIndex();
  const descriptions = new Map<number, string>();
  const errors: string[] = [];
  const collect = (reply: BundleReply) => void errors.push(...reply.errors);
  let pages = 0;

  const document = (summary: ArticleSummary): BundleFile => {
    const record = JSON.parse(readFileSync(recordFile(cache, summary.permalink), 'utf8')) as ArticleRecord;
    // The corpus worker's extraction, kept in the record. It rewrites every record on every build, so a record
    // without it is a cache this code did not write: say so rather than index it differently.
    if (!record.codes) throw new Error(`${summary.sourcePath}: its cache record has no codes (${recordFile(cache, summary.permalink)}); build again with an empty cache`);
    const found = codesFromJson(record.codes);
    codes.add(record.number, record.header.lastModified, found);
    // the description falls back to the title, which an excerpt must never repeat
    if (record.description && record.description !== record.title) leads.set(record.number, record.description);
    const facets = facetsAt.get(summary.permalink)!;
    words.add({ ...record, keywords: facets.facets.keyword.map((ref) => ref.label) });
    descriptions.set(record.number, record.description);
    pages++;
    return { url: record.permalink, content: searchDocument(record, facets, found), source: summary.sourcePath };
  };

  const indexers = Array.from({ length: Math.min(INDEXERS, shards.length) }, startIndexer);
  let writing: Promise<unknown> = Promise.resolve();
  try {
    for (const [i, shard] of shards.entries()) {
      const indexer = indexers[i % indexers.length]!;
      await indexer.idle;
      let adding: Promise<BundleReply> | undefined;
      for (let start = 0; start < shard.length; start += BATCH) {
        const files = shard.slice(start, start + BATCH).map(document);
        if (adding) collect(await adding);
        adding = indexer.channel.request({ type: 'add', files });
      }
      if (adding) collect(await adding);
      writing = writing.then(() => indexer.channel.request({ type: 'write', outputPath: path.join(outDir, paths[i]!) })).then(collect);
      indexer.idle = writing;
    }
    await writing;
  } finally {
    await Promise.all(indexers.map((indexer) => indexer.channel.request({ type: 'close' }).finally(() => indexer.channel.terminate())));
  }
  const files = await writeSearchFiles(outDir, catalog, codes, { pagefind: paths, articles: catalog.length }, leads);
  const wordFiles = await writeWordFiles(outDir, { ...words.entries(), facets: facetIndex, catalog, descriptions });
  return { pages, shards: shards.length, ...files, ...wordFiles, errors };
}

answerOnce(() => buildIndex(workerData as IndexJob));
