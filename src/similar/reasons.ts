/**
 * Why two articles are listed together, in a few words built from what they
 * share, strongest first: a link between them, cited articles in common,
 * error codes, the same product and keywords, title words, then the rarest
 * body words they share.
 */
import type { ArticleFeatures } from './features.ts';
import { fnv1a } from './fingerprint.ts';

/** One side of a pair: the article whose page shows the list, or a similar article. */
export interface Side {
  id: string;
  title: string;
  features: ArticleFeatures;
}

/** How many articles have a word: the rarer, the more it says about a pair. */
export interface Frequencies {
  /** Articles with a body word, by its hash (`fnv1a`). */
  body: (hash: number) => number;
  /** Articles with a word in their title. */
  title: (word: string) => number;
  /** Articles in the corpus. */
  articles: number;
}

/** At most this many parts make a reason: "also about 0xC0000005; same product and keywords". */
const PARTS = 2;
/** Words in more than this share of articles say nothing about a pair ("cause", "fix"; in titles "Error", "Server", "HOWTO"). */
const TELLING_SHARE = 0.03;
const TELLING_MIN = 3;
/** Body words named at most. */
const BODY_WORDS = 3;
/**
 * Knowledge Base keyword tokens (`kbvfp600bug`, `kbmm`, `kbhowto`): the footer's keyword lines are part of the
 * text, so two articles share them, but to a reader they are codes, not words (1.8% of full-corpus reasons named one).
 */
const KB_TOKEN = /^kb[a-z][a-z0-9]*$/;

/**
 * Gives reasons for pairs; pairs come grouped by the article whose page shows them, so each article's
 * telling body words (rarest first) are found once for its whole list.
 */
export function reasoner(frequencies: Frequencies): (from: Side, to: Side) => string {
  const telling = Math.max(TELLING_MIN, frequencies.articles * TELLING_SHARE);
  let last: Side | undefined;
  let rare: Array<{ word: string; hash: number }> = [];
  return (from, to) => {
    if (from !== last) {
      last = from;
      const { words, wordHashes } = from.features;
      const frequency = new Map<string, number>();
      rare = (words ? words.split(' ') : []).flatMap((word, i) => {
        const n = frequencies.body(wordHashes[i]!);
        frequency.set(word, n);
        return n <= telling && !KB_TOKEN.test(word) ? [{ word, hash: wordHashes[i]! }] : [];
      });
      rare.sort((x, y) => frequency.get(x.word)! - frequency.get(y.word)! || (x.word < y.word ? -1 : 1));
    }
    return reason(from, to, frequencies, telling, rare);
  };
}

function reason(from: Side, to: Side, frequencies: Frequencies, telling: number, rare: ReadonlyArray<{ word: string; hash: number }>): string {
  const a = from.features;
  const b = to.features;
  const parts: string[] = [];
  if (a.references.includes(to.id)) parts.push('cited by this article');
  else if (b.references.includes(from.id)) parts.push('cites this article');
  const references = shared(a.references, b.references).length;
  if (references > 0) parts.push(references === 1 ? 'shares a reference' : `shares ${references} references`);
  const codes = shared(a.codes, b.codes);
  if (codes.length > 0) parts.push(`also about ${listed(codes.slice(0, 2).map(codeLabel))}`);
  const product = shared(a.products, b.products).length > 0;
  const version = shared(a.versions, b.versions).length > 0;
  const keywords = shared(a.keywords, b.keywords).length > 0;
  if (product && keywords) parts.push(version ? 'same product version and keywords' : 'same product and keywords');
  const titleWords = shared(a.title, b.title);
  const words = titleWords.filter((word) => Math.max(frequencies.title(word), frequencies.body(fnv1a(word))) <= telling);
  if (words.length > 0) parts.push(`title also mentions ${listed(words.slice(0, 3).map((word) => asWritten(word, to.title)))}`);
  if (parts.length < PARTS) {
    const common: string[] = [];
    for (const { word, hash } of rare) {
      if (common.length === BODY_WORDS) break;
      if (!titleWords.includes(word) && hasHash(b.wordHashes, hash)) common.push(word);
    }
    if (common.length > 0) parts.push(`both mention ${listed(common)}`);
  }
  if (parts.length === 0 && product) parts.push(version ? 'same product version' : 'same product');
  return parts.slice(0, PARTS).join('; ') || 'similar text';
}

/** Whether the ascending `hashes` hold `hash`. */
function hasHash(hashes: Uint32Array, hash: number): boolean {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else if (hashes[mid]! > hash) hi = mid - 1;
    else return true;
  }
  return false;
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((value) => other.has(value));
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A code key as people write it: `0xC0000005`, `STOP 0x0000000A`, `event 9405`, `Winsock error 10060`, `error 1311`. */
export function codeLabel(key: string): string {
  const hex = /^(stop-)?0x([0-9a-f]{8})$/.exec(key);
  if (hex) return `${hex[1] ? 'STOP ' : ''}0x${hex[2]!.toUpperCase()}`;
  const decimal = /^(event|wsa|error)-(\d+)$/.exec(key);
  if (!decimal) return key;
  return `${{ event: 'event', wsa: 'Winsock error', error: 'error' }[decimal[1] as 'event' | 'wsa' | 'error']} ${decimal[2]}`;
}

/** The word with the case the title gives it (`MTA`, `Exchange`), lower-case if the title spells it otherwise. */
function asWritten(word: string, title: string): string {
  for (const [token] of title.matchAll(/[a-z0-9]+/gi)) if (token.toLowerCase() === word) return token;
  return word;
}
