/**
 * A query's words answered from the word index (src/search/words/): one
 * small shard per word, its best articles by a precomputed score, summed
 * over the words; no Pagefind. It also says what Pagefind cannot: that a
 * word matches nothing (no indexed word equals it or begins with it), what
 * a misspelt word was closest to, and which product, version, system or
 * keyword names the query typed.
 */
import { shardName } from '../code-shard.ts';
import { PREFIX_SHARDS, WORD_FILES, WORD_SHARDS, type NameEntry, type PrefixShardFile, type SpellingFile, type WordEntry, type WordShardFile } from '../search-files.ts';
import { nearWords, suggestions, type Candidate } from '../words/spelling.ts';
import { joinedWords, termOf } from '../words/tokens.ts';
import { prefixKey, SPELLING_LENGTHS, spellingKey } from '../words/vocabulary.ts';
import { siteJson } from './site-json.ts';
import type { Correction, NameMatch } from './types.ts';


/** A typed word as the index knows it: its own term, or the words it begins. */
interface WordLookup {
  word: string;
  /** Term entries: one for a whole word, up to PREFIX_EXPANSIONS for a word being typed. */
  entries: WordEntry[];
  terms: string[];
  /** The word is no term of its own: it stands for the words it begins. */
  prefix?: boolean;
}

export type WordAnswer =
  | {
      kind: 'ranked';
      /** Article numbers, best first: every article with all the words when `complete`, else the best known. */
      ids: number[];
      /** How many articles have every word: exact when `complete`, else an estimate. */
      total: number;
      complete: boolean;
      /** The first page is certainly the best by the index's scores (rankArticles). */
      exact: boolean;
      /** The first article has every word in its title (rankArticles). When this or `exact` holds, the word index answers; else Pagefind. */
      titleFirst: boolean;
      /** The terms matched, for marking excerpts (stems, and the words a prefix expanded to). */
      terms: string[];
      /** Some word is no term of its own and was read as the start of longer words: likely still being typed. */
      partial: boolean;
      corrections: Correction[];
      names: NameMatch[];
    }
  /** Some word matches nothing and could not be corrected: `suggestions` are whole queries to try instead. */
  | { kind: 'none'; unknown: string[]; suggestions: string[]; names: NameMatch[] };

/** How many near words a misspelling is tried as before the query is a "no". */
const CORRECTION_TRIES = 5;

/** A word is corrected without asking when one edit away, or two in a long word; else it is only offered. */
export function isConfident(word: string, candidate: Pick<Candidate, 'distance'>): boolean {
  return candidate.distance <= 1 || (candidate.distance === 2 && word.length >= 7);
}

/** A partly typed word stands for at most this many of the words it begins (the commonest). */
const PREFIX_EXPANSIONS = 3;

const wordShard = (term: string) => siteJson<WordShardFile>(WORD_FILES.words(shardName(term, WORD_SHARDS)));

async function lookupWord(word: string): Promise<WordLookup> {
  const term = termOf(word);
  const shard = await wordShard(term);
  const entry = shard?.terms[term];
  if (entry) return { word, entries: [entry], terms: [term] };
  const key = prefixKey(word);
  if (!key) return { word, entries: [], terms: [] };
  const prefixes = await siteJson<PrefixShardFile>(WORD_FILES.prefixes(shardName(key, PREFIX_SHARDS)));
  const longer = (prefixes?.[key] ?? []).filter(([candidate]) => candidate.startsWith(word) && candidate !== word).slice(0, PREFIX_EXPANSIONS);
  const terms = [...new Set(longer.map(([candidate]) => termOf(candidate)))];
  const entries = await Promise.all(terms.map(async (t) => (await wordShard(t))?.terms[t]));
  const found = entries.flatMap((e, i) => (e ? [{ e, t: terms[i]! }] : []));
  return { word, entries: found.map((f) => f.e), terms: found.map((f) => f.t), prefix: true };
}

/** The words a misspelt word may have meant: its first letter's spelling lists of nearby lengths. */
export async function spellingCandidates(word: string): Promise<Candidate[]> {
  if (!spellingKey(word)) return [];
  const lengths: number[] = [];
  for (let length = Math.max(SPELLING_LENGTHS.min, word.length - 2); length <= Math.min(SPELLING_LENGTHS.max, word.length + 2); length++) lengths.push(length);
  const lists = await Promise.all(lengths.map((length) => siteJson<SpellingFile>(WORD_FILES.spelling(word[0]!, length))));
  return nearWords(word, lists.flatMap((list) => list ?? []));
}

/** One word's articles: its entries merged (a prefix's words: the best score of each article). */
function scoresOf(lookup: WordLookup): { scores: Map<number, number>; titled: Set<number>; df: number; complete: boolean; floor: number } {
  const scores = new Map<number, number>();
  const titled = new Set<number>();
  let df = 0;
  let complete = true;
  let floor = Infinity;
  for (const [count, ids, values, titledAt = [], best = ids.length] of lookup.entries) {
    df += count;
    if (ids.length < count) complete = false;
    ids.forEach((id, i) => scores.set(id, Math.max(scores.get(id) ?? 0, values[i]!)));
    for (const i of titledAt) titled.add(ids[i]!);
    // an article left out scores at most the last of the best listed (those after them are only title articles)
    floor = Math.min(floor, values[best - 1] ?? 0);
  }
  return { scores, titled, df, complete, floor: Number.isFinite(floor) ? floor : 0 };
}

/** The results a first answer must get right: the first page. */
export const EXACT_TOP = 10;

/**
 * The articles having every word, best first by the sum of their scores.
 * An article missing from a word's list that was cut (the word is in more
 * articles than listed) may still have the word: it is kept, scored as if
 * it had half the list's lowest score; one missing from a whole list is not.
 *
 * `exact` says whether the first EXACT_TOP are the true best: a cut list's
 * lowest score bounds the score of every article it leaves out, so an
 * article known in every list whose sum is at least the highest sum any
 * partly known or unseen article could reach is certainly above them (the
 * threshold test of top-k retrieval). Three common title words ("Find
 * Installations Single") fail it: their lists hold other articles, and the
 * one titled with all three is in none of them; without the test it was
 * missing from the first page for a third of such queries.
 *
 * `titleFirst` says that the first article is known in every list and has
 * every word in its title. Title words are common, so such queries are
 * rarely certain; but every list holds the articles titled with its word,
 * and an article titled with all of them is what a reader typing them is
 * looking for (measured in docs/search-design.md, "Title postings").
 */
export function rankArticles(lookups: readonly WordLookup[]): { ids: number[]; total: number; complete: boolean; exact: boolean; titleFirst: boolean } {
  const words = lookups.map(scoresOf);
  const complete = words.every((w) => w.complete);
  const candidates = new Set<number>();
  for (const w of words) for (const id of w.scores.keys()) candidates.add(id);
  const ranked: Array<[number, number, boolean]> = [];
  // The highest sum an article not known in every list could have: a partly listed one, or one in no list.
  let bound = words.some((w) => w.complete) ? -Infinity : words.reduce((sum, w) => sum + w.floor, 0);
  for (const id of candidates) {
    let sum = 0;
    let most = 0;
    let known = true;
    let out = false;
    for (const w of words) {
      const score = w.scores.get(id);
      if (score !== undefined) (sum += score), (most += score);
      else if (w.complete) out = true;
      else (sum += w.floor / 2), (most += w.floor), (known = false);
    }
    if (out) continue;
    ranked.push([id, sum, known]);
    if (!known) bound = Math.max(bound, most);
  }
  ranked.sort((a, b) => Number(b[2]) - Number(a[2]) || b[1] - a[1] || b[0] - a[0]);
  const total = complete ? ranked.length : Math.max(ranked.length, Math.min(...words.map((w) => w.df)));
  const fullyKnown = ranked.filter((r) => r[2]);
  const top = Math.min(EXACT_TOP, total);
  const exact = complete || top === 0 || (fullyKnown.length >= top && fullyKnown[top - 1]![1] >= bound);
  const first = fullyKnown[0]?.[0];
  const titleFirst = first !== undefined && words.every((w) => w.titled.has(first));
  return { ids: ranked.map((r) => r[0]), total, complete, exact, titleFirst };
}

/** The names typed in the query: the longest ones at each place, most articles first. */
export function namesIn(words: readonly string[], byFirst: ReadonlyMap<string, readonly NameEntry[]>): NameMatch[] {
  const terms = words.map(termOf);
  const spans: Array<{ from: number; to: number; name: NameEntry }> = [];
  terms.forEach((term, i) => {
    for (const name of byFirst.get(term) ?? []) {
      const parts = name[0].split(' ');
      if (parts.every((part, k) => terms[i + k] === part)) spans.push({ from: i, to: i + parts.length, name });
    }
  });
  const longest = spans.filter((s) => !spans.some((o) => o !== s && o.from <= s.from && o.to >= s.to && o.to - o.from > s.to - s.from));
  return longest
    .sort((a, b) => b.name[4] - a.name[4])
    .slice(0, 4)
    .map(({ from, to, name: [, kind, label, slug, articles] }) => ({ kind, label, slug, articles, typed: words.slice(from, to) }));
}

async function namesOf(words: readonly string[]): Promise<NameMatch[]> {
  const terms = words.map(termOf);
  const shards = await Promise.all(terms.map(wordShard));
  const byFirst = new Map<string, NameEntry[]>();
  terms.forEach((term, i) => {
    const names = shards[i]?.names[term];
    if (names) byFirst.set(term, names);
  });
  return namesIn(words, byFirst);
}

/** The query's words (stop words already dropped) as the word index answers them. */
export async function searchWords(text: string): Promise<WordAnswer> {
  const words = [...new Set(joinedWords(text))];
  const [lookups, names] = await Promise.all([Promise.all(words.map(lookupWord)), namesOf(words)]);
  const unknown = lookups.filter((l) => l.entries.length === 0).map((l) => l.word);
  const partial = (list: readonly WordLookup[]) => list.some((l) => l.prefix === true);
  if (unknown.length === 0) return { kind: 'ranked', ...rankArticles(lookups), terms: lookups.flatMap((l) => l.terms), partial: partial(lookups), corrections: [], names };

  // Each unknown word becomes the closest indexed word (a few tried, closest and commonest first) that still
  // finds articles with the other words; a word too far from any (two edits in a short word) is a "no".
  const candidates = new Map(await Promise.all(unknown.map(async (word) => [word, await spellingCandidates(word)] as const)));
  let current = lookups;
  const corrections: Correction[] = [];
  for (const word of unknown) {
    const tries = (candidates.get(word) ?? []).filter((c) => isConfident(word, c)).slice(0, CORRECTION_TRIES);
    for (const candidate of tries) {
      const replaced = await lookupWord(candidate.word);
      const next = current.map((l) => (l.word === word ? replaced : l));
      if (replaced.entries.length === 0 || rankArticles(next.filter((l) => l.entries.length > 0)).ids.length === 0) continue;
      current = next;
      corrections.push({ from: word, to: candidate.word });
      break;
    }
  }
  if (corrections.length === unknown.length) {
    return { kind: 'ranked', ...rankArticles(current), terms: current.flatMap((l) => l.terms), partial: partial(current), corrections, names };
  }
  const first = unknown.find((word) => !corrections.some((c) => c.from === word))!;
  const offered = suggestions(candidates.get(first) ?? []).map((c) => words.map((w) => (w === first ? c.word : (corrections.find((k) => k.from === w)?.to ?? w))).join(' '));
  return { kind: 'none', unknown, suggestions: offered, names };
}
