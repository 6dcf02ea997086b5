/**
 * How many articles carry each kind of error code, and what an exact-code
 * index sharded by key would weigh.
 *
 *   node scripts/search/code-stats.ts /tmp/corpus [--samples 8] [--shards 256] [--numbers --max-articles 1000] [--titles 20]
 *
 * Prints JSON: per kind the articles with at least one hit, hits and distinct
 * keys; the (article, key) pairs the index would hold; the raw and gzipped
 * size of the shards; and, with --samples, random hits in context so the
 * rules' false positives can be read.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { extractCodes, indexKeys, numberKeys, type CodeKind } from '../../src/search/codes.ts';
import { readRawArticles } from './raw-corpus.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { shardOf } from '../../src/search/code-shard.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    samples: { type: 'string', default: '0' },
    shards: { type: 'string', default: '256' },
    // index every whole-token number too, as the exact-code index should
    numbers: { type: 'boolean', default: false },
    // leave out keys carried by more articles than this (years, "100")
    'max-articles': { type: 'string', default: '0' },
    // carry the titles of each key's first N articles, so a result list needs no other file
    titles: { type: 'string', default: '0' },
  },
});
const root = positionals[0];
if (!root) throw new Error('usage: code-stats.ts <folder holding kb/> [--samples N] [--shards N]');
const sampleCount = Number(values.samples);
const shardCount = Number(values.shards);
const withNumbers = values.numbers;
const maxArticles = Number(values['max-articles']) || Infinity;
const titlesPerKey = Number(values.titles);
const titles = new Map<number, string>();

const kinds: CodeKind[] = ['hex', 'stop', 'event', 'wsa', 'error'];
const perKind = new Map(kinds.map((kind) => [kind, { articles: 0, hits: 0, keys: new Set<string>() }]));
const postings = new Map<string, number[]>();
const samples = new Map<CodeKind, string[]>(kinds.map((kind) => [kind, []]));
const random = seededRandom(20260101);
let articles = 0;
let withAny = 0;
const started = Date.now();

for await (const article of readRawArticles(root)) {
  articles += 1;
  if (titlesPerKey > 0) titles.set(article.number, article.title);
  const hits = extractCodes(article.text);
  if (hits.length > 0) withAny += 1;
  const seen = new Set<CodeKind>();
  for (const hit of hits) {
    const stats = perKind.get(hit.kind)!;
    stats.hits += 1;
    stats.keys.add(hit.key);
    if (!seen.has(hit.kind)) stats.articles += 1;
    seen.add(hit.kind);
    // reservoir-free sampling: keep a hit with a small fixed chance, cap the list
    const kept = samples.get(hit.kind)!;
    if (kept.length < sampleCount * 20 && random() < 0.02) {
      const context = article.text.slice(Math.max(0, hit.index - 40), hit.index + hit.text.length + 25).replace(/\s+/g, ' ');
      kept.push(`${article.id} ${hit.key}  …${context}…`);
    }
  }
  for (const key of new Set([...indexKeys(hits), ...(withNumbers ? numberKeys(article.text) : [])])) {
    const list = postings.get(key) ?? [];
    list.push(article.number);
    postings.set(key, list);
  }
}

const dropped = [...postings].filter(([, numbers]) => numbers.length > maxArticles);
for (const [key] of dropped) postings.delete(key);
const shards = new Map<number, Record<string, unknown>>();
for (const [key, numbers] of postings) {
  const shard = shardOf(key, shardCount);
  const entry = shards.get(shard) ?? {};
  entry[key] = titlesPerKey > 0 ? { ids: numbers, titles: numbers.slice(0, titlesPerKey).map((n) => titles.get(n)) } : numbers;
  shards.set(shard, entry);
}
const sizes = [...shards.values()].map((shard) => {
  const json = JSON.stringify(shard);
  return { raw: json.length, gzip: gzipSync(json).length };
});
const largestKeys = [...postings].sort((a, b) => b[1].length - a[1].length).slice(0, 15);

console.log(
  JSON.stringify(
    {
      articles,
      articlesWithAnyCode: withAny,
      kinds: Object.fromEntries(
        [...perKind].map(([kind, s]) => [kind, { articles: s.articles, hits: s.hits, distinctKeys: s.keys.size }]),
      ),
      index: {
        keys: postings.size,
        droppedCommonKeys: dropped.length,
        pairs: [...postings.values()].reduce((sum, list) => sum + list.length, 0),
        keysByPrefix: countBy([...postings.keys()], (key) => key.replace(/-?[0-9a-fx]+$/, '') || 'hex'),
        largestKeys: largestKeys.map(([key, list]) => `${key} ${list.length}`),
        shards: shards.size,
        shardRawBytes: sum(sizes.map((s) => s.raw)),
        shardGzipBytes: sum(sizes.map((s) => s.gzip)),
        largestShardGzip: Math.max(...sizes.map((s) => s.gzip)),
        medianShardGzip: sizes.map((s) => s.gzip).sort((a, b) => a - b)[Math.floor(sizes.length / 2)],
      },
      seconds: (Date.now() - started) / 1000,
      samples: sampleCount > 0 ? Object.fromEntries([...samples].map(([kind, list]) => [kind, sample(list, sampleCount, random)])) : undefined,
    },
    null,
    2,
  ),
);

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function countBy<T>(items: T[], by: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[by(item)] = (counts[by(item)] ?? 0) + 1;
  return counts;
}
