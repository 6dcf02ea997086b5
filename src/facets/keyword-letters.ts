/**
 * The keyword index, one page per letter: 2,053 keywords with their counts
 * are 140 KB of links, too much for one page.
 *
 * Most keywords are `kb` tags (`kbnetwork`, `kberrmsg`): filed under their
 * own first letter they would make one letter of 1,400 and 25 small ones, and
 * `kbnetwork` would sit far from `network`. So a keyword is filed and sorted
 * by what follows a leading `kb`: `kbnetwork` under N, next to `netware`.
 */
import type { FacetEntry, KeywordLetter } from './types.ts';

const OTHER = 'other';
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The keyword without a leading `kb` (unless that leaves nothing): the part a reader looks for. */
export function keywordStem(label: string): string {
  return label.length > 2 && label.startsWith('kb') ? label.slice(2) : label;
}

/** `a` ... `z` by the stem's first letter, `other` for digits and `_`. */
export function keywordLetter(label: string): string {
  const first = keywordStem(label)[0]?.toLowerCase() ?? '';
  return first >= 'a' && first <= 'z' ? first : OTHER;
}

export function keywordLetterLabel(letter: string): string {
  return letter === OTHER ? '0-9 and _' : letter.toUpperCase();
}

export function keywordLetterUrl(letter: string): string {
  return `/browse/keyword/${letter}/`;
}

/** The letters that have keywords, A to Z then the rest; no empty letter. */
export function keywordLetters(keywords: readonly FacetEntry[]): KeywordLetter[] {
  const byLetter = new Map<string, FacetEntry[]>();
  for (const entry of keywords) {
    const letter = keywordLetter(entry.label);
    const list = byLetter.get(letter) ?? [];
    list.push(entry);
    byLetter.set(letter, list);
  }
  return [...byLetter]
    .sort(([a], [b]) => (a === OTHER ? 1 : b === OTHER ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([letter, entries]) => ({
      letter,
      label: keywordLetterLabel(letter),
      url: keywordLetterUrl(letter),
      entries: entries.sort((a, b) => collator.compare(keywordStem(a.label), keywordStem(b.label)) || collator.compare(a.label, b.label) || (a.slug < b.slug ? -1 : 1)),
    }));
}
