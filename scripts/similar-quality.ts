/**
 * How good the similar-article lists are, on a whole content folder:
 *
 *   npx node scripts/similar-quality.ts <content-root> [--features file] [--json out.json] [--samples 10] [--seed 18]
 *
 * Check set: the articles linked to at least one other article of the
 * archive by a cross-reference (citing or cited). Figure: the share whose 5
 * similar articles include one they are linked with, the similarity computed
 * WITHOUT cross-references (it would otherwise find the links it is tested
 * against). The same figure for two baselines: the newest articles of the
 * same product, and the same-product articles sharing the most keywords.
 * Also: exact and near-identical duplicates found, the time the neighbour
 * search takes, and a few random articles with their lists, to read.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../src/article/model.ts';
import type { ArticleFeatures } from '../src/similar/features.ts';
import { DEFAULTS, findNeighbours, type SimilarOptions } from '../src/similar/neighbours.ts';
import { similarEntries } from '../src/similar/similar-file.ts';
import { corpusFeatures } from './similar/features-of-corpus.ts';

const K = 5;

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Undirected cross-reference links between archive articles, by catalog index. */
function links(summaries: readonly ArticleSummary[]): Set<number>[] {
  const byId = new Map<string, number>();
  summaries.forEach(({ id }, i) => byId.has(id) || byId.set(id, i));
  const linked = summaries.map(() => new Set<number>());
  summaries.forEach(({ references }, i) => {
    for (const id of references) {
      const j = byId.get(id);
      if (j === undefined || j === i) continue;
      linked[i]!.add(j);
      linked[j]!.add(i);
    }
  });
  return linked;
}

function hitRate(lists: readonly (readonly number[])[], linked: readonly Set<number>[], check: readonly number[]): number {
  return check.filter((d) => lists[d]!.some((e) => linked[d]!.has(e))).length / check.length;
}

const newestFirst = (summaries: readonly ArticleSummary[]) => (a: number, b: number) =>
  (summaries[b]!.lastModified ?? '').localeCompare(summaries[a]!.lastModified ?? '') || summaries[b]!.number - summaries[a]!.number;

/** Baseline 1: the newest articles sharing a product. */
function sameProductNewest(features: readonly ArticleFeatures[], summaries: readonly ArticleSummary[], check: readonly number[]): number[][] {
  const byProduct = new Map<string, number[]>();
  features.forEach(({ products }, i) => products.forEach((p) => byProduct.set(p, byProduct.get(p) ?? []).get(p)!.push(i)));
  const order = newestFirst(summaries);
  const sorted = new Map([...byProduct].map(([p, list]) => [p, list.sort(order).slice(0, K + 1)]));
  const lists: number[][] = features.map(() => []);
  for (const d of check) {
    const pool = [...new Set(features[d]!.products.flatMap((p) => sorted.get(p)!))].filter((e) => e !== d);
    lists[d] = pool.sort(order).slice(0, K);
  }
  return lists;
}

/** Baseline 2: the articles sharing a product with the most keywords in common, newest first among equals. */
function sameProductKeywords(features: readonly ArticleFeatures[], summaries: readonly ArticleSummary[], check: readonly number[]): number[][] {
  const byPair = new Map<string, number[]>();
  const byProduct = new Map<string, number[]>();
  features.forEach(({ products, keywords }, i) => {
    for (const p of products) {
      byProduct.set(p, byProduct.get(p) ?? []).get(p)!.push(i);
      for (const k of keywords) {
        const key = `${p}\u0000${k}`;
        const list = byPair.get(key) ?? [];
        list.push(i);
        byPair.set(key, list);
      }
    }
  });
  const order = newestFirst(summaries);
  const newest = new Map([...byProduct].map(([p, list]) => [p, [...list].sort(order).slice(0, K + 1)]));
  const lists: number[][] = features.map(() => []);
  const count = new Map<number, number>();
  for (const d of check) {
    count.clear();
    for (const k of features[d]!.keywords) {
      // each shared keyword counts once, however many products the two share
      const sharing = new Set(features[d]!.products.flatMap((p) => byPair.get(`${p}\u0000${k}`) ?? []));
      for (const e of sharing) if (e !== d) count.set(e, (count.get(e) ?? 0) + 1);
    }
    const ranked = [...count].sort((a, b) => b[1] - a[1] || order(a[0], b[0])).map(([e]) => e);
    // too few sharing a keyword: fill with the newest of the product
    const fill = features[d]!.products.flatMap((p) => newest.get(p)!).filter((e) => e !== d && !count.has(e)).sort(order);
    lists[d] = [...ranked, ...fill].slice(0, K);
  }
  return lists;
}

/** A small seeded generator (mulberry32), so the samples are the same each run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = args.find((arg, k) => !arg.startsWith('--') && !args[k - 1]?.startsWith('--'));
  if (!root) {
    console.error('usage: npx node scripts/similar-quality.ts <content-root> [--features file] [--json out.json] [--samples 10] [--seed 18]');
    process.exit(2);
  }
  const cacheFile = option(args, '--features') ?? path.join('.cache', 'similar-features.bin');
  const corpus = await corpusFeatures(root, cacheFile);
  const { summaries, features } = corpus;
  const docs = summaries.map(({ id, number }, i) => ({ id, number, features: features[i]! }));
  const linked = links(summaries);
  const check = linked.flatMap((set, d) => (set.size > 0 ? [d] : []));

  const weights = { ...DEFAULTS.weights, ...JSON.parse(option(args, '--weights') ?? '{}') };
  const options: SimilarOptions = { ...DEFAULTS, weights, withoutReferences: true };
  let started = performance.now();
  const blind = findNeighbours(docs, options);
  console.error(`neighbours without references: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const blindSeconds = (performance.now() - started) / 1000;
  const ours = hitRate(blind.similar.map((list) => list.map(({ index }) => index)), linked, check);
  const withDuplicates = hitRate(blind.similar.map((list, d) => [...list.map(({ index }) => index), ...blind.duplicates[d]!]), linked, check);
  started = performance.now();
  const newest = hitRate(sameProductNewest(features, summaries, check), linked, check);
  const keywords = hitRate(sameProductKeywords(features, summaries, check), linked, check);
  console.error(`baselines: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  const entries = similarEntries(summaries, features);
  const fullSeconds = (performance.now() - started) / 1000;
  const withDuplicate = entries.filter(([, duplicates]) => duplicates.length > 0).length;
  const exactGroups = new Map<string, number>();
  for (const { exact, sketch } of features) if (sketch.length >= 20) exactGroups.set(exact, (exactGroups.get(exact) ?? 0) + 1);
  const exactArticles = [...exactGroups.values()].filter((n) => n > 1).reduce((sum, n) => sum + n, 0);
  const listLengths = entries.reduce((sum, [similar]) => sum + similar.length, 0) / entries.length;
  const noList = entries.filter(([similar]) => similar.length === 0).length;

  const pick = random(Number(option(args, '--seed') ?? 18));
  const samples = Array.from({ length: Number(option(args, '--samples') ?? 10) }, () => Math.floor(pick() * summaries.length));
  const describe = (i: number) => `${summaries[i]!.id} ${summaries[i]!.title} [${features[i]!.products.join(', ')}; ${summaries[i]!.lastModified}]`;

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const report = {
    contentRoot: root,
    articles: summaries.length,
    checkSet: check.length,
    hitAt5: { similar: ours, similarOrDuplicates: withDuplicates, sameProductNewest: newest, sameProductMostKeywords: keywords },
    margin: { points: (ours - Math.max(newest, keywords)) * 100, times: ours / Math.max(newest, keywords) },
    weights,
    duplicates: { articlesWithDuplicates: withDuplicate, inExactGroups: exactArticles },
    averageListLength: listLengths,
    articlesWithoutList: noList,
    seconds: { features: corpus.featureSeconds, featureWall: corpus.wallSeconds, neighboursWithoutReferences: blindSeconds, neighboursAndReasons: fullSeconds },
    samples: samples.map((i) => ({ article: describe(i), similar: entries[i]![0].map(([e, why]) => `${describe(e)} — ${why}`), duplicates: entries[i]![1].map(describe) })),
  };
  const json = option(args, '--json');
  if (json) writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  console.log(
    [
      `articles ${report.articles}, check set ${report.checkSet} (linked by a cross-reference)`,
      `hit@5 similar (references left out)   ${pct(ours)}   (similar or same-text: ${pct(withDuplicates)})`,
      `hit@5 same product, newest            ${pct(newest)}`,
      `hit@5 same product, most keywords     ${pct(keywords)}`,
      `margin over the better baseline       ${report.margin.points.toFixed(1)} points (${report.margin.times.toFixed(2)}x)`,
      `articles with a same-text twin        ${withDuplicate} (${exactArticles} in groups of exactly the same text)`,
      `average list length ${listLengths.toFixed(2)}, articles without a list ${noList}`,
      `seconds: features ${corpus.featureSeconds.toFixed(1)} (in workers, summed), neighbours ${blindSeconds.toFixed(1)}, neighbours + reasons ${fullSeconds.toFixed(1)}`,
    ].join('\n'),
  );
}

await main();
