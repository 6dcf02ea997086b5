/**
 * Spelling: how far a typed word is from the index's words, and which of
 * them it may have meant. Pure functions over a word list `[word, articles]`,
 * so they are tested on a small vocabulary; the client feeds them the
 * spelling files of the word's first letter and nearby lengths.
 */

/**
 * The optimal string alignment distance (Levenshtein plus the swap of two
 * neighbours, the commonest typo: `netwrok`), or `max + 1` as soon as it
 * must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

export interface Candidate {
  word: string;
  /** Articles with the word. */
  articles: number;
  distance: number;
}

/** The words within `max` edits of `word` (itself excluded), closest first, then in the most articles. */
export function nearWords(word: string, vocabulary: Iterable<readonly [string, number]>, max = 2): Candidate[] {
  const found: Candidate[] = [];
  for (const [candidate, articles] of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, max);
    if (distance <= max) found.push({ word: candidate, articles, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || b.articles - a.articles || (a.word < b.word ? -1 : 1));
}

/** What to offer for a word that matches nothing: up to `limit` near words, in the most articles first. */
export function suggestions(candidates: readonly Candidate[], limit = 5): Candidate[] {
  return [...candidates].sort((a, b) => b.articles - a.articles || a.distance - b.distance || (a.word < b.word ? -1 : 1)).slice(0, limit);
}
