/**
 * The word index: term -> its best articles by a precomputed BM25F score,
 * spread over WORD_SHARDS files by the term's hash, so a query of a few words
 * costs a few small files and never Pagefind's metadata (docs/search-design.md,
 * "First contact"). Articles are added one at a time as the index worker
 * reads them; postings are kept as packed integers (a whole-corpus index is
 * ~15 million of them) and scored once at the end.
 */
import { htmlText } from '../section-text.ts';
import { WORD_TITLE_EXTRA, WORD_TOP, type WordEntry } from '../search-files.ts';
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

export function createWordIndex(top = WORD_TOP, titleExtra = WORD_TITLE_EXTRA): WordIndex {
  // Every surface word gets a number the first time it is seen, with its term's number and its article count
  // beside it in arrays: one lookup in a large map per distinct word of an article, where a map per purpose
  // (stems, term ids, surface counts) cost four, and those lookups were most of the index's build time.
  const wordIds = new Map<string, number>();
  const wordNames: string[] = [];
  const wordTerm = new Growable();
  const wordArticles = new Growable();
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const postingTerm = new Growable();
  const postingDoc = new Growable();
  const postingTf = new Growable();
  const numbers: number[] = [];
  const bodyLengths: number[] = [];
  // While an article is added: a term's place in its `counts` plus one (0: not in the article yet), and the
  // terms it has, to reset those places after it.
  let slotOf = new Int32Array(1 << 16);
  const touched: number[] = [];

  const count = (words: string[]) => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };

  const wordId = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordNames.length;
      wordIds.set(word, id);
      wordNames.push(word);
      const term = termOf(word);
      let termId = termIds.get(term);
      if (termId === undefined) {
        termId = termNames.length;
        termIds.set(term, termId);
        termNames.push(term);
      }
      wordTerm.push(termId);
      wordArticles.push(0);
    }
    return id;
  };

  return {
    add(doc) {
      const body = surfaceWords(htmlText(doc.html));
      // Counted once per field first: a word repeats ~2.5 times in an article, and every later step (the
      // word's number, the term's tallies) is then one lookup per distinct word instead of one per occurrence.
      const fields = [count(body), count(surfaceWords(doc.title)), count(surfaceWords(`${doc.additionalQueryWords} ${doc.keywords.join(' ')}`))];
      const seen = new Set<number>();
      // each touched term's counts in the three fields, in the order the terms were first met
      const counts: Array<[body: number, title: number, extra: number]> = [];
      fields.forEach((words, field) => {
        for (const [word, n] of words) {
          const id = wordId(word);
          if (!seen.has(id)) {
            seen.add(id);
            wordArticles.data[id]!++;
          }
          const term = wordTerm.data[id]!;
          if (term >= slotOf.length) {
            const grown = new Int32Array(Math.max(slotOf.length * 2, term + 1));
            grown.set(slotOf);
            slotOf = grown;
          }
          let slot = slotOf[term]!;
          if (slot === 0) {
            touched.push(term);
            counts.push([0, 0, 0]);
            slot = slotOf[term] = counts.length;
          }
          counts[slot - 1]![field]! += n;
        }
      });
      const doc_ = numbers.length;
      numbers.push(doc.number);
      bodyLengths.push(body.length);
      touched.forEach((term, i) => {
        const [b, t, e] = counts[i]!;
        postingTerm.push(term);
        postingDoc.push(doc_);
        postingTf.push(Math.min(b, BODY_MAX) | (Math.min(t, SMALL_MAX) << 16) | (Math.min(e, SMALL_MAX) << 23));
        slotOf[term] = 0;
      });
      touched.length = 0;
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
        const scored: Array<[number, number, boolean]> = [];
        for (let k = from; k < from + df; k++) {
          const i = order[k]!;
          const doc = postingDoc.data[i]!;
          const packed = postingTf.data[i]!;
          const body = packed & BODY_MAX;
          const title = (packed >>> 16) & SMALL_MAX;
          const extra = (packed >>> 23) & SMALL_MAX;
          const weighted = body / (1 - B + (B * bodyLengths[doc]!) / avgLength) + TITLE_WEIGHT * title + KEYWORD_WEIGHT * extra;
          scored.push([numbers[doc]!, Math.round((100 * idf * weighted * (K1 + 1)) / (weighted + K1)), title > 0]);
        }
        // best first; ties newest-numbered first would be arbitrary, so by number
        scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        const best = scored.slice(0, top);
        const extra: typeof scored = [];
        for (let k = top; k < scored.length && extra.length < titleExtra; k++) if (scored[k]![2]) extra.push(scored[k]!);
        const kept = extra.length > 0 ? best.concat(extra) : best;
        const entry: WordEntry = [df, kept.map((p) => p[0]), kept.map((p) => p[1])];
        const titled = kept.flatMap((p, i) => (p[2] ? [i] : []));
        if (titled.length > 0) entry.push(titled);
        if (extra.length > 0) entry.push(best.length);
        terms.set(termNames[t]!, entry);
      }
      const surface = new Map<string, number>();
      for (let w = 0; w < wordNames.length; w++) surface.set(wordNames[w]!, wordArticles.data[w]!);
      return { terms, surface, articles };
    },
  };
}
