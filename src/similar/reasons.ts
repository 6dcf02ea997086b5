/**
 * Why two articles are listed together, in a few words built from what they
 * share, strongest first: a link between them, cited articles in common,
 * error codes, the same product and keywords, title words, then the rarest
 * body words they share.
 */
import type { ArticleFeatures } from './features.ts';

export interface Pair {
  /** The article whose page shows the list. */
  from: { id: string; title: string; features: ArticleFeatures };
  /** The similar article. */
  to: { id: string; title: string; features: ArticleFeatures };
  /** Articles having a word in their body or title (rarer words say more). */
  wordFrequency: (word: string) => number;
  /** Articles in the corpus. */
  articles: number;
}

/** At most this many parts make a reason: "also about 0xC0000005; same product and keywords". */
const PARTS = 2;
/** Words in more than this share of articles say nothing about a pair ("cause", "fix"; in titles "Error", "Server", "HOWTO"). */
const TELLING_SHARE = 0.03;
const TELLING_MIN = 3;

export function reason({ from, to, wordFrequency, articles }: Pair): string {
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
  const telling = Math.max(TELLING_MIN, articles * TELLING_SHARE);
  const titleWords = shared(a.title, b.title);
  const words = titleWords.filter((word) => wordFrequency(word) <= telling);
  if (words.length > 0) parts.push(`title also mentions ${listed(words.slice(0, 3).map((word) => asWritten(word, to.title)))}`);
  if (parts.length < PARTS) {
    const bodyWords = new Set(b.words.split(' '));
    const common = a.words
      .split(' ')
      .filter((word) => word && bodyWords.has(word) && !titleWords.includes(word) && wordFrequency(word) <= telling)
      .sort((x, y) => wordFrequency(x) - wordFrequency(y) || (x < y ? -1 : 1));
    if (common.length > 0) parts.push(`both mention ${listed(common.slice(0, 3))}`);
  }
  if (parts.length === 0 && product) parts.push(version ? 'same product version' : 'same product');
  return parts.slice(0, PARTS).join('; ') || 'similar text';
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
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, 'i').exec(title)?.[0] ?? word;
}
