import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/build/build-corpus.ts';
import { runWorker, type WorkerReply } from '../../src/lib/worker-messages.ts';
import type { IndexResult } from '../../src/search/index-worker.ts';
import type { SearchMeta } from '../../src/search/search-files.ts';

// The sample in bundles of 8 articles: more bundles than indexer processes, so each indexer takes
// several bundles in turn, as the full archive's four bundles do.
const SHARD_SIZE = 8;
let root: string;
let articles: number;
let reply: WorkerReply<IndexResult>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-index-'));
  const corpus = await buildCorpus(path.resolve('content'), path.join(root, 'cache'));
  articles = corpus.written;
  // the similar lists' worker writes into the cache after the step returns; the folder is removed after the tests
  await corpus.similar;
  reply = await runWorker<IndexResult>(new URL('../../src/search/index-worker.ts', import.meta.url), {
    workerData: { cache: path.join(root, 'cache'), outDir: path.join(root, 'out') },
    env: { ...process.env, KB_SEARCH_SHARD_SIZE: String(SHARD_SIZE) },
  });
}, 120_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('the search index in several bundles', () => {
  it('indexes every article once, without errors', () => {
    expect(reply.ok ? reply.value.errors : reply.message).toEqual([]);
    expect(reply.ok && reply.value.pages).toBe(articles);
    expect(reply.ok && reply.value.shards).toBe(Math.ceil(articles / SHARD_SIZE));
  });

  it('writes every bundle listed in the search meta, together holding every article', async () => {
    const meta = JSON.parse(await readFile(path.join(root, 'out', 'search', 'meta.json'), 'utf8')) as SearchMeta;
    expect(meta.pagefind).toHaveLength(Math.ceil(articles / SHARD_SIZE));
    let pages = 0;
    for (const bundle of meta.pagefind) {
      const entry = JSON.parse(await readFile(path.join(root, 'out', bundle, 'pagefind-entry.json'), 'utf8'));
      const count = entry.languages.en.page_count as number;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(SHARD_SIZE);
      expect(existsSync(path.join(root, 'out', bundle, 'pagefind.js'))).toBe(true);
      pages += count;
    }
    expect(pages).toBe(articles);
  });
});
