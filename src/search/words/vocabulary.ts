/**
 * Where a word is looked up besides its term shard, the same at build time
 * and in the browser: its three-letter prefix (is it the start of an indexed
 * word?), its spelling list (first letter and length), and the terms of a
 * product, version, system or keyword name.
 */
import { joinedWords, termOf } from './tokens.ts';

/** Words of these lengths can be corrected; shorter ones have too many neighbours, longer ones are not typed. */
export const SPELLING_LENGTHS = { min: 3, max: 20 } as const;

/** The prefix file key of a word: its first three characters, or null for shorter words. */
export function prefixKey(word: string): string | null {
  return word.length >= 3 ? word.slice(0, 3) : null;
}

/** The spelling list of a word (`n7` for `network`), or null when it cannot be corrected. */
export function spellingKey(word: string): string | null {
  return /^[a-z]+$/.test(word) && word.length >= SPELLING_LENGTHS.min && word.length <= SPELLING_LENGTHS.max ? `${word[0]}${word.length}` : null;
}

/**
 * A facet label's terms as a query would type them: `Microsoft Exchange 4.0`
 * -> `exchang 40` (the maker's name is left out, nobody types it).
 */
export function nameTerms(label: string): string[] {
  const words = joinedWords(label.split(' · ')[0]!);
  const start = words[0] === 'microsoft' && words.length > 1 ? 1 : 0;
  return words.slice(start).map(termOf);
}
