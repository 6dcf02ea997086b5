/**
 * The similarity features of every article of a content folder, computed as
 * the corpus step computes them (decode, parse, render, record, summary,
 * `articleFeatures`) in worker threads, without writing a site or a cache.
 * Kept in a file (v8 serialisation) so the quality check can be rerun with
 * other weights without parsing the corpus again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { decodeSource } from '../../src/article/decode-source.ts';
import type { ArticleSummary } from '../../src/article/model.ts';
import { parseArticle } from '../../src/article/parse-article.ts';
import { renderSections } from '../../src/article/render-article.ts';
import { summarize } from '../../src/article/summarize.ts';
import { toRecord } from '../../src/article/to-record.ts';
import { articleFeatures, ownCodes, type ArticleFeatures } from '../../src/similar/features.ts';
import { fnv1a } from '../../src/similar/fingerprint.ts';

export interface CorpusFeatures {
  summaries: ArticleSummary[];
  features: ArticleFeatures[];
  /** CPU seconds spent in `articleFeatures` alone, summed over the workers. */
  featureSeconds: number;
  wallSeconds: number;
}

interface Share {
  root: string;
  files: string[];
  permalinks: Array<[string, string]>;
}

function extract({ root, files, permalinks }: Share): Omit<CorpusFeatures, 'wallSeconds'> {
  const known = new Map(permalinks);
  const out: Omit<CorpusFeatures, 'wallSeconds'> = { summaries: [], features: [], featureSeconds: 0 };
  for (const file of files) {
    const decoded = decodeSource(readFileSync(path.join(root, file)), file);
    const article = parseArticle(decoded.text, file);
    const record = toRecord(article, renderSections(article, (id) => known.get(id) ?? null), decoded.text);
    const summary = summarize(article);
    const started = performance.now();
    out.features.push(articleFeatures(record, summary));
    out.featureSeconds += (performance.now() - started) / 1000;
    out.summaries.push(summary);
  }
  return out;
}

function listSources(root: string): string[] {
  const files: string[] = [];
  for (const group of readdirSync(path.join(root, 'kb')).sort()) {
    for (const article of readdirSync(path.join(root, 'kb', group)).sort()) files.push(`kb/${group}/${article}/README.md`);
  }
  return files;
}

/** Features of every article under `root`, from `cacheFile` when it exists. */
export async function corpusFeatures(root: string, cacheFile: string, workers = 2): Promise<CorpusFeatures> {
  if (existsSync(cacheFile)) return upgrade(deserialize(readFileSync(cacheFile)) as CorpusFeatures);
  const files = listSources(root);
  const permalinks = files.map((file): [string, string] => [/(Q\d+)\/README\.md$/.exec(file)?.[1] ?? file, `/${path.dirname(file)}/`]);
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, k) => k % workers === w));
  const parts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Omit<CorpusFeatures, 'wallSeconds'>>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { root, files: share, permalinks } satisfies Share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  // back into source-path order, as the corpus step keeps its catalog
  const byFile = new Map<string, [ArticleSummary, ArticleFeatures]>();
  for (const part of parts) part.summaries.forEach((summary, i) => byFile.set(summary.sourcePath, [summary, part.features[i]!]));
  const result: CorpusFeatures = {
    summaries: files.map((file) => byFile.get(file)![0]),
    features: files.map((file) => byFile.get(file)![1]),
    featureSeconds: parts.reduce((sum, part) => sum + part.featureSeconds, 0),
    wallSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, serialize(result));
  return result;
}

if (!isMainThread) parentPort!.postMessage(extract(workerData as Share));

/**
 * A features file written before later changes, brought to the current
 * definition (pure functions of what the file holds): word hashes, code
 * lists without the keys another code implies, words in hash order.
 */
function upgrade(corpus: CorpusFeatures): CorpusFeatures {
  for (const features of corpus.features) {
    features.wordHashes ??= Uint32Array.from(features.words ? features.words.split(' ') : [], fnv1a);
    features.codes = ownCodes(features.codes);
    sortByHash(features);
  }
  return corpus;
}

/** Words in the order of their hashes, as `articleFeatures` now gives them. */
function sortByHash(features: ArticleFeatures): void {
  const words = features.words ? features.words.split(' ') : [];
  const order = words.map((_, i) => i).sort((a, b) => features.wordHashes[a]! - features.wordHashes[b]! || (words[a]! < words[b]! ? -1 : 1));
  features.words = order.map((i) => words[i]!).join(' ');
  features.wordHashes = Uint32Array.from(order, (i) => features.wordHashes[i]!);
  features.counts = Uint16Array.from(order, (i) => features.counts[i]!);
}
