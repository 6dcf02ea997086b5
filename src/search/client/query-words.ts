/**
 * The words handed to Pagefind for a full-text query. Pagefind scores every
 * page that has a word, and keeps stop words (upstream issue #48): `the` alone
 * costs seconds on this archive and adds nothing to a query with other words,
 * since every query word must match anyway. A quoted phrase is kept whole.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from how i if in into is it its of on or that the their then there these this to was what when where which while who why will with you your'.split(' '),
);

export function withoutStopWords(words: string): string {
  const trimmed = words.trim();
  if (/^".*"$/.test(trimmed)) return trimmed;
  const all = trimmed.split(/\s+/).filter(Boolean);
  const kept = all.filter((word) => !STOP_WORDS.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return (kept.length > 0 ? kept : all).join(' ');
}
