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
import { sketchOverlap } from './fingerprint.ts';
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
  /** How many articles have a body word, by its hash (`fnv1a`): the rarer, the better it says what two articles share. */
  bodyFrequency: (hash: number) => number;
  /** How many articles have a word in their title. */
  titleFrequency: (word: string) => number;
}

type Block = keyof Weights;


export function findNeighbours(docs: readonly SimilarDoc[], options: SimilarOptions = DEFAULTS): Neighbours {
  const n = docs.length;
  const bodyTerms = options.bodyTerms ?? BODY_TERMS;
  // How many articles have each body word, by hash: millions of words, so a typed table, not a Map.
  const bodyWords = new WordTable();
  for (const { features } of docs) for (const hash of features.wordHashes) bodyWords.add(hash);
  // Every other feature by kind and text, with its article count.
  const vocabulary = new Map<string, number>();
  const others = docs.map(({ id, features }) => otherFeatures(id, features, options.withoutReferences === true));
  for (const blocks of others) for (const { keys } of blocks) for (const key of keys) vocabulary.set(key, (vocabulary.get(key) ?? 0) + 1);
  // Each article's most distinctive body words (tf-idf, ties by hash), chosen before any id is given.
  const topWords = docs.map(({ features }) => topTerms(features, bodyWords, n, bodyTerms));
  // Ids in an order that does not depend on the input order (body words by hash, then the rest by text), so
  // every dot product adds its terms in the same order and equal scores stay equal, whatever the input order.
  const kept = new Set<number>();
  for (const { hashes } of topWords) for (const hash of hashes) kept.add(hash);
  const keptHashes = Uint32Array.from(kept).sort();
  keptHashes.forEach((hash, rank) => bodyWords.setRank(hash, rank));
  const keys = [...vocabulary.keys()].sort();
  const keyId = new Map(keys.map((key, i) => [key, keptHashes.length + i]));
  const featureCount = keptHashes.length + keys.length;
  const df = new Uint32Array(featureCount);
  keptHashes.forEach((hash, rank) => (df[rank] = bodyWords.count(hash)));
  keys.forEach((key, i) => (df[keptHashes.length + i] = vocabulary.get(key)!));

  // Sparse vectors, sorted by feature id, in one flat store; each block normalised and scaled by sqrt(weight).
  let total = 0;
  let widest = 0;
  for (let d = 0; d < n; d++) {
    total += topWords[d]!.hashes.length;
    for (const { keys: blockKeys } of others[d]!) {
      total += blockKeys.length;
      widest = Math.max(widest, blockKeys.length);
    }
  }
  const fid = new Uint32Array(total);
  const val = new Float32Array(total);
  const start = new Uint32Array(n + 1);
  const w = new Float64Array(widest);
  let at = 0;
  for (let d = 0; d < n; d++) {
    const { hashes, weights } = topWords[d]!;
    if (options.weights.body > 0) {
      let norm = 0;
      for (let i = 0; i < weights.length; i++) norm += weights[i]! * weights[i]!;
      const scale = Math.sqrt(options.weights.body) / (Math.sqrt(norm) || 1);
      for (let i = 0; i < hashes.length; i++) {
        fid[at] = bodyWords.rank(hashes[i]!);
        val[at++] = weights[i]! * scale;
      }
    }
    for (const { block, keys: blockKeys } of others[d]!) {
      const weight = options.weights[block];
      if (weight === 0) continue;
      let count = 0;
      let norm = 0;
      for (const key of blockKeys) {
        const f = keyId.get(key)!;
        if (df[f]! >= n) continue;
        fid[at + count] = f;
        w[count] = Math.log(n / df[f]!);
        norm += w[count]! * w[count]!;
        count++;
      }
      const scale = Math.sqrt(weight) / (Math.sqrt(norm) || 1);
      for (let i = 0; i < count; i++) val[at + i] = w[i]! * scale;
      at += count;
    }
    // Insertion sort of the article's few dozen entries by id.
    for (let i = start[d]! + 1; i < at; i++) {
      const f = fid[i]!;
      const v = val[i]!;
      let j = i - 1;
      while (j >= start[d]! && fid[j]! > f) {
        fid[j + 1] = fid[j]!;
        val[j + 1] = val[j]!;
        j--;
      }
      fid[j + 1] = f;
      val[j + 1] = v;
    }
    start[d + 1] = at;
  }

  // Inverted index over features shared by at least two and at most maxDf articles.
  const maxDf = Math.max(MIN_MAX_DF, Math.floor(n * (options.maxShare ?? MAX_SHARE)));
  const indexed = (f: number) => df[f]! >= 2 && df[f]! <= maxDf;
  const postingStart = new Uint32Array(featureCount + 1);
  for (let i = 0; i < start[n]!; i++) if (indexed(fid[i]!)) postingStart[fid[i]! + 1]!++;
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
  // What the loop reads of each article, in flat typed arrays: objects scattered over the heap cost a cache miss each.
  const numbers = Float64Array.from(docs, ({ number }) => number);
  const articleIds = new Map<string, number>();
  const idOf = Int32Array.from(docs, ({ id }) => articleIds.get(id) ?? (articleIds.set(id, articleIds.size), articleIds.size - 1));
  const texts = new Map<string, number>();
  const textOf = Int32Array.from(docs, ({ features }) => texts.get(features.exact) ?? (texts.set(features.exact, texts.size), texts.size - 1));
  const sketchStart = new Uint32Array(n + 1);
  docs.forEach(({ features }, d) => (sketchStart[d + 1] = sketchStart[d]! + features.sketch.length));
  const sketches = new Uint32Array(sketchStart[n]!);
  docs.forEach(({ features }, d) => sketches.set(features.sketch, sketchStart[d]!));
  const nearSameText = (a: number, b: number) => {
    if (sketchStart[a + 1]! - sketchStart[a]! < MIN_DUPLICATE_SHINGLES || sketchStart[b + 1]! - sketchStart[b]! < MIN_DUPLICATE_SHINGLES) return false;
    return textOf[a] === textOf[b] || sketchOverlap(sketches, sketchStart[a]!, sketchStart[a + 1]!, sketches, sketchStart[b]!, sketchStart[b + 1]!) >= SAME_TEXT;
  };

  const similar: Neighbour[][] = [];
  const duplicates: number[][] = [];
  const acc = new Float64Array(n);
  const touched = new Uint32Array(n);
  const order = (a: Neighbour, b: Neighbour) => b.score - a.score || numbers[a.index]! - numbers[b.index]! || a.index - b.index;
  const limit = options.candidates ?? CANDIDATES;
  for (let d = 0; d < n; d++) {
    let touches = 0;
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      const f = fid[i]!;
      if (!indexed(f)) continue;
      const v = val[i]!;
      for (let p = postingStart[f]!; p < postingStart[f + 1]!; p++) {
        const e = postingDoc[p]!;
        if (acc[e] === 0) touched[touches++] = e;
        acc[e]! += v * postingVal[p]!;
      }
    }
    const candidates = topByScore(touched, touches, acc, d, limit, numbers);
    for (let t = 0; t < touches; t++) acc[touched[t]!] = 0;

    const same = new Set(sameText.get(d) ?? []);
    const scored: Neighbour[] = [];
    for (const e of candidates) {
      if (idOf[e] === idOf[d] || same.has(e)) continue;
      if (nearSameText(d, e)) same.add(e);
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
  return { similar, duplicates, bodyFrequency: (hash) => bodyWords.count(hash), titleFrequency: (word) => vocabulary.get(`t${word}`) ?? 0 };
}

/** An article's features other than body words, by block, each key once: kind prefix and text. */
function otherFeatures(id: string, features: ArticleFeatures, withoutReferences: boolean): Array<{ block: Block; keys: string[] }> {
  const ones = (block: Block, prefix: string, values: readonly string[]) => ({ block, keys: [...new Set(values.map((value) => prefix + value))] });
  const blocks = [
    ones('title', 't', features.title),
    ones('codes', 'c', features.codes),
    ones('products', 'p', features.products),
    ones('versions', 'v', features.versions),
    ones('keywords', 'k', features.keywords),
  ];
  // An article and the ones it cites share the cited id; two articles citing the same one share it too.
  if (!withoutReferences) blocks.push(ones('references', 'r', [id, ...features.references]));
  return blocks;
}

/** The article's `limit` body words of highest tf-idf (1 + ln tf, ln n/df), ties by hash; words every article has are left out. */
function topTerms(features: ArticleFeatures, table: WordTable, n: number, limit: number): { hashes: Uint32Array; weights: Float64Array } {
  const { wordHashes, counts } = features;
  const w = new Float64Array(wordHashes.length);
  let candidates = 0;
  for (let i = 0; i < wordHashes.length; i++) {
    const df = table.count(wordHashes[i]!);
    // Words every article has weigh 0 and are never kept: -1 sorts them last.
    w[i] = df >= n ? -1 : (1 + Math.log(counts[i]!)) * Math.log(n / df);
    if (w[i]! >= 0) candidates++;
  }
  // The limit-th highest weight; the words are in hash order, so among words of that weight the first ones win the tie.
  const threshold = candidates > limit ? w.slice().sort()[w.length - limit]! : 0;
  let above = 0;
  for (let i = 0; i < w.length; i++) if (w[i]! > threshold) above++;
  let ties = Math.min(limit, candidates) - above;
  const kept: number[] = [];
  for (let i = 0; i < w.length; i++) {
    if (w[i]! > threshold || (w[i] === threshold && w[i]! >= 0 && ties-- > 0)) kept.push(i);
  }
  return { hashes: Uint32Array.from(kept, (i) => wordHashes[i]!), weights: Float64Array.from(kept, (i) => w[i]!) };
}

/**
 * Body words by hash: how many articles have each, and the id of those some article keeps. Open addressing
 * in typed arrays (a Map of the corpus's few hundred thousand words is slow to fill), doubled at half full.
 */
class WordTable {
  private keys = new Uint32Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private ranks = new Int32Array(1 << 16).fill(-1);
  private size = 0;

  /** The slot of `hash`: where it is, or the empty slot (count 0) where it would go. */
  private slot(hash: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    while (this.counts[i]! !== 0 && this.keys[i]! !== hash) i = (i + 1) & mask;
    return i;
  }

  add(hash: number): void {
    let i = this.slot(hash);
    if (this.counts[i] === 0) {
      if (++this.size * 2 > this.keys.length) {
        this.grow();
        i = this.slot(hash);
      }
      this.keys[i] = hash;
    }
    this.counts[i]!++;
  }

  count(hash: number): number {
    return this.counts[this.slot(hash)]!;
  }

  setRank(hash: number, rank: number): void {
    this.ranks[this.slot(hash)] = rank;
  }

  rank(hash: number): number {
    return this.ranks[this.slot(hash)]!;
  }

  private grow(): void {
    const { keys, counts, ranks } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.ranks = new Int32Array(keys.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (counts[i] === 0) continue;
      const j = this.slot(keys[i]!);
      this.keys[j] = keys[i]!;
      this.counts[j] = counts[i]!;
      this.ranks[j] = ranks[i]!;
    }
  }
}

/** The `limit` best-scored of the first `count` touched articles other than `self`, by score then number. */
function topByScore(touched: Uint32Array, count: number, acc: Float64Array, self: number, limit: number, numbers: Float64Array): number[] {
  const better = (a: number, b: number) => acc[a]! > acc[b]! || (acc[a] === acc[b] && (numbers[a]! - numbers[b]! || a - b) < 0);
  // A small sorted list: touched lists are long (thousands), the kept list short; most touched articles score
  // below the worst kept one, and one comparison with its score turns them away.
  const kept: number[] = [];
  let worst = -Infinity;
  for (let t = 0; t < count; t++) {
    const e = touched[t]!;
    if (acc[e]! < worst || e === self) continue;
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
    if (kept.length === limit) worst = acc[kept[limit - 1]!]!;
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

