/**
 * The words of the word index, read the same way from an article at build
 * time and from a query in the browser: lower-cased letters and digits,
 * split on white space. A word with punctuation inside (`0xC0000005`,
 * `TCP/IP`, `4.0`) counts as its joined form (`tcpip`, `40`) and as each of
 * its pieces, as Pagefind reads it. Letter-only words are stemmed (Porter),
 * so `crashes` finds `crash`.
 */
import { stemmer } from 'stemmer';

/** Longer words are run-together junk (hex dumps, base64), never typed. */
export const MAX_WORD = 32;

const PIECE = /[\p{L}\p{N}]+/gu;
const LETTERS = /^\p{L}+$/u;
const SIMPLE = /^[a-z0-9]+$/;

/** The surface words of a text, lower-cased, in order (pieces after their joined form). */
export function surfaceWords(text: string): string[] {
  const words: string[] = [];
  for (const chunk of text.toLowerCase().split(/\s+/)) {
    // most chunks are plain ASCII words: no need for the Unicode piece scan
    if (SIMPLE.test(chunk)) {
      if (chunk.length <= MAX_WORD) words.push(chunk);
      continue;
    }
    const pieces = chunk.match(PIECE);
    if (!pieces) continue;
    const joined = pieces.join('');
    if (joined.length <= MAX_WORD) words.push(joined);
    if (pieces.length > 1) for (const piece of pieces) if (piece.length >= 2 && piece.length <= MAX_WORD) words.push(piece);
  }
  return words;
}

/** The words of a text as typed, each in its joined form only (`TCP/IP 4.0` -> `tcpip`, `40`): how names are matched. */
export function joinedWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((chunk) => (chunk.match(PIECE) ?? []).join(''))
    .filter((word) => word !== '' && word.length <= MAX_WORD);
}

/** The index term of a surface word: its stem when it is letters only. */
export function termOf(word: string): string {
  if (word.length < 3) return word;
  let term = stems.get(word);
  if (term === undefined) {
    term = LETTERS.test(word) ? stemmer(word) : word;
    // the build stems every word of the corpus: remember them (a few hundred thousand distinct words)
    if (stems.size < MAX_REMEMBERED) stems.set(word, term);
  }
  return term;
}

const MAX_REMEMBERED = 1_000_000;
const stems = new Map<string, string>();

/** True for a word made of letters only: the words spelling suggestions are made of. */
export function isLetterWord(word: string): boolean {
  return LETTERS.test(word);
}
