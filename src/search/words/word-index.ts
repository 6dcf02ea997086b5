/**
 * The word index: term -> its best articles by a precomputed BM25F score,
 * spread over WORD_SHARDS files by the term's hash, so a query of a few words
 * costs a few small files and never Pagefind's metadata (docs/search-design.md,
 * "First contact"). Articles are added one at a time as the index worker
 * reads them; postings are kept as packed integers (a whole-corpus index is
 * ~15 million of them) and scored once at the end.
 */
import { htmlText } from '../section-text.ts';
import { WORD_TOP, type WordEntry } from '../search-files.ts';
import { surfaceWords, termOf } from './tokens.ts';

/** What the index reads of an article. */
export interface WordDocument {
  number: number;
  title: string;
  /** The rendered sections. */
  html: string;
  additionalQueryWords: string;
  /** Keyword labels (`kbnetwork`): a query naming one finds its articles. */
  keywords: readonly string[];
}

/** BM25F: a title word counts as this many body words, a keyword or query word as this many. */
const TITLE_WEIGHT = 8;
const KEYWORD_WEIGHT = 3;
const K1 = 1.2;
const B = 0.75;
/** Per-field term counts are packed into one integer: body 16 bits, title 7, keywords 7. */
const BODY_MAX = 0xffff;
const SMALL_MAX = 0x7f;

class Growable {
  data = new Int32Array(1 << 20);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

export interface WordIndex {
  add(doc: WordDocument): void;
  /** Every term with its entry; `surface` counts articles per surface word (for prefixes and spelling). */
  entries(): { terms: Map<string, WordEntry>; surface: Map<string, number>; articles: number };
}

export function createWordIndex(top = WORD_TOP): WordIndex {
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const surface = new Map<string, number>();
  const postingTerm = new Growable();
  const postingDoc = new Growable();
  const postingTf = new Growable();
  const numbers: number[] = [];
  const bodyLengths: number[] = [];

  const count = (words: string[]) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };

  return {
    add(doc) {
      const body = surfaceWords(htmlText(doc.html));
      // Counted once per field first: a word repeats ~2.5 times in an article, and every later step (the
      // stem, the term's counts) is then one lookup per distinct word instead of one per occurrence.
      const fields = [count(body), count(surfaceWords(doc.title)), count(surfaceWords(`${doc.additionalQueryWords} ${doc.keywords.join(' ')}`))];
      const tf = new Map<string, [body: number, title: number, extra: number]>();
      const inArticle = new Set<string>();
      fields.forEach((counts, field) => {
        for (const [word, n] of counts) {
          inArticle.add(word);
          const term = termOf(word);
          let tally = tf.get(term);
          if (!tally) tf.set(term, (tally = [0, 0, 0]));
          tally[field]! += n;
        }
      });
      for (const word of inArticle) surface.set(word, (surface.get(word) ?? 0) + 1);
      const doc_ = numbers.length;
      numbers.push(doc.number);
      bodyLengths.push(body.length);
      for (const [term, [b, t, e]] of tf) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(term, id);
          termNames.push(term);
        }
        postingTerm.push(id);
        postingDoc.push(doc_);
        postingTf.push(Math.min(b, BODY_MAX) | (Math.min(t, SMALL_MAX) << 16) | (Math.min(e, SMALL_MAX) << 23));
      }
    },

    entries() {
      const articles = numbers.length;
      const avgLength = bodyLengths.reduce((a, b) => a + b, 0) / Math.max(1, articles) || 1;
      // counting sort of the postings by term
      const starts = new Int32Array(termNames.length + 1);
      for (let i = 0; i < postingTerm.length; i++) starts[postingTerm.data[i]! + 1]!++;
      for (let t = 0; t < termNames.length; t++) starts[t + 1]! += starts[t]!;
      const fill = starts.slice(0, termNames.length);
      const order = new Int32Array(postingTerm.length);
      for (let i = 0; i < postingTerm.length; i++) order[fill[postingTerm.data[i]!]!++] = i;

      const terms = new Map<string, WordEntry>();
      for (let t = 0; t < termNames.length; t++) {
        const from = starts[t]!;
        const df = starts[t + 1]! - from;
        const idf = Math.log(1 + (articles - df + 0.5) / (df + 0.5));
        const scored: Array<[number, number]> = [];
        for (let k = from; k < from + df; k++) {
          const i = order[k]!;
          const doc = postingDoc.data[i]!;
          const packed = postingTf.data[i]!;
          const body = packed & BODY_MAX;
          const title = (packed >>> 16) & SMALL_MAX;
          const extra = (packed >>> 23) & SMALL_MAX;
          const weighted = body / (1 - B + (B * bodyLengths[doc]!) / avgLength) + TITLE_WEIGHT * title + KEYWORD_WEIGHT * extra;
          scored.push([numbers[doc]!, Math.round((100 * idf * weighted * (K1 + 1)) / (weighted + K1))]);
        }
        // best first; ties newest-numbered first would be arbitrary, so by number
        scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        const kept = scored.slice(0, top);
        terms.set(termNames[t]!, [df, kept.map((p) => p[0]), kept.map((p) => p[1])]);
      }
      return { terms, surface, articles };
    },
  };
}
