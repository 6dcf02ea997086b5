/**
 * The words similarity compares: lower-cased runs of letters and digits
 * that start with a letter (`win32`, `sp2`, `mfc42` are words; `4.0` and
 * `0x0000000A` are not: numbers and codes are compared as error codes),
 * without English stop words and without the few words every KB article
 * has (the header's labels, "Microsoft"), which would only add noise.
 */
import { eng } from 'stopword';

const ARCHIVE_STOP_WORDS = [
  'microsoft', 'article', 'articles', 'information', 'applies', 'following', 'version', 'versions', 'product',
  'products', 'may', 'can', 'will', 'use', 'using', 'used', 'also', 'one', 'two', 'see', 'get', 'set', 'new', 'must',
  'might', 'like', 'need', 'way', 'example', 'note', 'however', 'contains', 'contain', 'click', 'type',
];
const STOP = new Set([...eng, ...ARCHIVE_STOP_WORDS]);

const WORD = /(?<![a-z0-9])[a-z][a-z0-9]*/g;

/** Longest word kept: longer runs are hex dumps, paths run together, base64. */
const MAX_WORD = 24;

/** The words of a text, in order, repeats kept. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (word.length < 2 || word.length > MAX_WORD || STOP.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** Each distinct word of a text with how often it occurs, in first-seen order. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}
