/**
 * Up to k similar articles for every article, and the articles that publish
 * the same text, in one pass over the features of the whole corpus.
 *
 * Each article is a sparse vector with one block per kind of feature (body
 * words, title words, error codes, products, versions, keywords, references),
 * TF-IDF weighted; each block is normalised and scaled by the square root of
 * its weight, so the dot product of two articles is the weighted sum of their
 * per-block cosines. An inverted index over the features that at most
 * `maxShare` of the corpus has finds each article's candidates (an article's
 * common features, like its product, would touch thousands); the best
 * candidates are then scored exactly, common features included.
 *
 * Everything is ordered by score, then article number, then position, so the
 * lists are the same from build to build for the same corpus.
 */
import { estimateJaccard, fnv1a } from './fingerprint.ts';
import type { ArticleFeatures } from './features.ts';

export interface Weights {
  body: number;
  title: number;
  codes: number;
  products: number;
  versions: number;
  keywords: number;
  references: number;
}

export interface SimilarOptions {
  /** Neighbours per article. */
  k: number;
  weights: Weights;
  /** Leave cross-references out (the quality check does, to test the rest against them). */
  withoutReferences?: boolean;
  /** Body words kept per article: its most distinctive ones. */
  bodyTerms?: number;
  /** Candidates scored exactly per article. */
  candidates?: number;
  /** Features more common than this share of articles find no candidates (they still score them). */
  maxShare?: number;
}

export const DEFAULT_WEIGHTS: Weights = { body: 1, title: 0.35, codes: 0.25, products: 0.1, versions: 0.15, keywords: 0.1, references: 0.4 };

export const DEFAULTS: SimilarOptions = { k: 5, weights: DEFAULT_WEIGHTS };

const BODY_TERMS = 30;
const CANDIDATES = 30;
const MAX_SHARE = 0.005;
/** However small the corpus, features of up to this many articles find candidates. */
const MIN_MAX_DF = 100;
/** Estimated shingle overlap from which two texts count as the same text. */
export const SAME_TEXT = 0.8;
/** Texts with fewer distinct shingles (about this many words) are not compared as duplicates: many are stubs. */
const MIN_DUPLICATE_SHINGLES = 20;

export interface SimilarDoc {
  id: string;
  number: number;
  features: ArticleFeatures;
}

export interface Neighbour {
  index: number;
  score: number;
}

export interface Neighbours {
  /** Per article (same order as the input): its similar articles, best first; duplicates never among them. */
  similar: Neighbour[][];
  /** Per article: the articles with the same or near-identical text, by article number. */
  duplicates: number[][];
  /** How many articles have a word in their body or in their title: the rarer, the better it says what two articles share. */
  wordFrequency: (word: string) => number;
}

type Block = keyof Weights;
const BLOCKS: Block[] = ['body', 'title', 'codes', 'products', 'versions', 'keywords', 'references'];

/** One article's raw features: feature ids with their term weight (1 + ln tf), by block. */
type Raw = Array<{ block: Block; ids: number[]; tf: number[] }>;

export function findNeighbours(docs: readonly SimilarDoc[], options: SimilarOptions = DEFAULTS): Neighbours {
  const n = docs.length;
  // Feature ids: body words by their hash, every other feature by kind and text.
  const words = new Map<number, number>();
  const vocabulary = new Map<string, number>();
  const next = (): number => words.size + vocabulary.size;
  const intern = (key: string) => {
    let id = vocabulary.get(key);
    if (id === undefined) vocabulary.set(key, (id = next()));
    return id;
  };
  const internWord = (hash: number) => {
    let id = words.get(hash);
    if (id === undefined) words.set(hash, (id = next()));
    return id;
  };
  const raws: Raw[] = docs.map(({ id, features }) => rawFeatures(id, features, intern, internWord, options.withoutReferences === true));
  const featureCount = next();
  // Ids in an order that does not depend on the input order (body words by hash, then the rest by text), so
  // every dot product adds its terms in the same order and equal scores stay equal, whatever the input order.
  const rank = new Uint32Array(featureCount);
  let ranked = 0;
  for (const id of [...words].sort((a, b) => a[0] - b[0]).map(([, id]) => id)) rank[id] = ranked++;
  for (const id of [...vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, id]) => id)) rank[id] = ranked++;
  for (const raw of raws) for (const block of raw) block.ids = block.ids.map((f) => rank[f]!);
  for (const map of [words, vocabulary] as Array<Map<unknown, number>>) for (const [key, id] of map) map.set(key, rank[id]!);
  const df = new Uint32Array(featureCount);
  for (const raw of raws) for (const { ids } of raw) for (const f of ids) df[f]!++;

  // Sparse vectors, sorted by feature id, in one flat store.
  const start = new Uint32Array(n + 1);
  const vectors = raws.map((raw) => vectorOf(raw, df, n, options.weights, options.bodyTerms ?? BODY_TERMS));
  for (let d = 0; d < n; d++) start[d + 1] = start[d]! + vectors[d]!.ids.length;
  const fid = new Uint32Array(start[n]!);
  const val = new Float32Array(start[n]!);
  for (let d = 0; d < n; d++) {
    fid.set(vectors[d]!.ids, start[d]!);
    val.set(vectors[d]!.values, start[d]!);
  }
  vectors.length = 0;

  // Inverted index over features shared by at least two and at most maxDf articles.
  const maxDf = Math.max(MIN_MAX_DF, Math.floor(n * (options.maxShare ?? MAX_SHARE)));
  const indexed = (f: number) => df[f]! >= 2 && df[f]! <= maxDf;
  const postingStart = new Uint32Array(featureCount + 1);
  for (let i = 0; i < fid.length; i++) if (indexed(fid[i]!)) postingStart[fid[i]! + 1]!++;
  for (let f = 0; f < featureCount; f++) postingStart[f + 1]! += postingStart[f]!;
  const fill = postingStart.slice(0, featureCount);
  const postingDoc = new Uint32Array(postingStart[featureCount]!);
  const postingVal = new Float32Array(postingStart[featureCount]!);
  for (let d = 0; d < n; d++) {
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      const f = fid[i]!;
      if (!indexed(f)) continue;
      postingDoc[fill[f]!] = d;
      postingVal[fill[f]!++] = val[i]!;
    }
  }

  const dot = (a: number, b: number) => {
    let i = start[a]!;
    let j = start[b]!;
    const endA = start[a + 1]!;
    const endB = start[b + 1]!;
    let sum = 0;
    while (i < endA && j < endB) {
      if (fid[i]! < fid[j]!) i++;
      else if (fid[i]! > fid[j]!) j++;
      else sum += val[i++]! * val[j++]!;
    }
    return sum;
  };

  const sameText = exactGroups(docs);
  const similar: Neighbour[][] = [];
  const duplicates: number[][] = [];
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const order = (a: Neighbour, b: Neighbour) => b.score - a.score || docs[a.index]!.number - docs[b.index]!.number || a.index - b.index;
  for (let d = 0; d < n; d++) {
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      const f = fid[i]!;
      if (!indexed(f)) continue;
      const v = val[i]!;
      for (let p = postingStart[f]!; p < postingStart[f + 1]!; p++) {
        const e = postingDoc[p]!;
        if (acc[e] === 0) touched.push(e);
        acc[e]! += v * postingVal[p]!;
      }
    }
    const candidates = topByScore(touched, acc, d, options.candidates ?? CANDIDATES, docs);
    for (const e of touched) acc[e] = 0;
    touched.length = 0;

    const same = new Set(sameText.get(d) ?? []);
    const scored: Neighbour[] = [];
    for (const e of candidates) {
      if (docs[e]!.id === docs[d]!.id || same.has(e)) continue;
      if (nearSameText(docs[d]!.features, docs[e]!.features)) same.add(e);
      else scored.push({ index: e, score: dot(d, e) });
    }
    similar.push(scored.sort(order));
    duplicates.push([...same]);
  }
  // Same text is mutual: an article that found a twin among its candidates tells the twin too.
  duplicates.forEach((twins, d) => {
    for (const e of twins) if (!duplicates[e]!.includes(d)) duplicates[e]!.push(d);
  });
  duplicates.forEach((twins, d) => {
    twins.sort((a, b) => docs[a]!.number - docs[b]!.number || a - b);
    similar[d] = similar[d]!.filter(({ index }) => !twins.includes(index)).slice(0, options.k);
  });
  const wordFrequency = (word: string) => Math.max(df[words.get(fnv1a(word)) ?? -1] ?? 0, df[vocabulary.get(`t${word}`) ?? -1] ?? 0);
  return { similar, duplicates, wordFrequency };
}

function rawFeatures(
  id: string,
  features: ArticleFeatures,
  intern: (key: string) => number,
  internWord: (hash: number) => number,
  withoutReferences: boolean,
): Raw {
  const ones = (block: Block, prefix: string, values: readonly string[]) => {
    const ids = [...new Set(values.map((value) => intern(prefix + value)))];
    return { block, ids, tf: ids.map(() => 1) };
  };
  const raw: Raw = [
    { block: 'body', ids: Array.from(features.wordHashes, internWord), tf: Array.from(features.counts, (count) => 1 + Math.log(count)) },
    ones('title', 't', features.title),
    ones('codes', 'c', features.codes),
    ones('products', 'p', features.products),
    ones('versions', 'v', features.versions),
    ones('keywords', 'k', features.keywords),
  ];
  // An article and the ones it cites share the cited id; two articles citing the same one share it too.
  if (!withoutReferences) raw.push(ones('references', 'r', [id, ...features.references]));
  return raw;
}

function vectorOf(raw: Raw, df: Uint32Array, n: number, weights: Weights, bodyTerms: number): { ids: Uint32Array; values: Float32Array } {
  const ids: number[] = [];
  const values: number[] = [];
  for (const { block, ids: blockIds, tf } of raw) {
    if (weights[block] === 0 || blockIds.length === 0) continue;
    const w = blockIds.map((f, i) => tf[i]! * Math.log(n / df[f]!));
    let kept = blockIds.map((_, i) => i).filter((i) => w[i]! > 0);
    if (block === 'body' && kept.length > bodyTerms) kept = kept.sort((a, b) => w[b]! - w[a]! || blockIds[a]! - blockIds[b]!).slice(0, bodyTerms);
    let norm = 0;
    for (const i of kept) norm += w[i]! * w[i]!;
    const scale = Math.sqrt(weights[block]) / (Math.sqrt(norm) || 1);
    for (const i of kept) {
      ids.push(blockIds[i]!);
      values.push(w[i]! * scale);
    }
  }
  const order = ids.map((_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
  return { ids: Uint32Array.from(order, (i) => ids[i]!), values: Float32Array.from(order, (i) => values[i]!) };
}

/** The `limit` best-scored touched articles other than `self`, by score then number. */
function topByScore(touched: readonly number[], acc: Float64Array, self: number, limit: number, docs: readonly SimilarDoc[]): number[] {
  const better = (a: number, b: number) => acc[a]! > acc[b]! || (acc[a] === acc[b] && (docs[a]!.number - docs[b]!.number || a - b) < 0);
  // A small sorted list: touched lists are long, the kept list short.
  const kept: number[] = [];
  for (const e of touched) {
    if (e === self) continue;
    if (kept.length === limit) {
      if (!better(e, kept[limit - 1]!)) continue;
      kept.pop();
    }
    let at = kept.length;
    kept.push(e);
    while (at > 0 && better(e, kept[at - 1]!)) {
      kept[at] = kept[at - 1]!;
      at--;
    }
    kept[at] = e;
  }
  return kept;
}

/** Articles whose text is exactly the same, by index: each maps to the others of its group. */
function exactGroups(docs: readonly SimilarDoc[]): Map<number, number[]> {
  const groups = new Map<string, number[]>();
  docs.forEach(({ features }, d) => {
    if (features.sketch.length < MIN_DUPLICATE_SHINGLES) return;
    const group = groups.get(features.exact) ?? [];
    group.push(d);
    groups.set(features.exact, group);
  });
  const byDoc = new Map<number, number[]>();
  for (const group of groups.values()) if (group.length > 1) for (const d of group) byDoc.set(d, group.filter((e) => e !== d));
  return byDoc;
}

function nearSameText(a: ArticleFeatures, b: ArticleFeatures): boolean {
  if (a.sketch.length < MIN_DUPLICATE_SHINGLES || b.sketch.length < MIN_DUPLICATE_SHINGLES) return false;
  return a.exact === b.exact || estimateJaccard(a.sketch, b.sketch) >= SAME_TEXT;
}
