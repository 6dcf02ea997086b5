/**
 * The static files the build writes for search, as the browser reads them.
 * The writers (article-index.ts, code-index.ts, index-worker.ts) and the
 * client (client/) both import these shapes, so the two cannot drift apart.
 * Arrays instead of objects keep the files small: they are fetched cold.
 */

/** What a result list shows of an article: `[title, product, date, permalink]`; date '' when unknown, permalink only when not `permalinkFor(number)`. */
export type ArticleBrief = [title: string, product: string, date: string, permalink?: string];

/** The articles citing a number, newest first, the first CODE_DETAILED with their briefs. */
export interface Citers {
  ids: number[];
  top: ArticleBrief[];
}

/** `/search/articles/NNN.json`: the articles of one corpus folder, and who cites the numbers of its range. */
export interface ArticleFolderFile {
  /** Article number -> brief. */
  articles: Record<string, ArticleBrief>;
  /**
   * Article number -> the first sentence of its text (its description), the
   * excerpt of an article-number result; absent when the article has none.
   */
  leads: Record<string, string>;
  /** Any cited number of the range, in the archive or not -> the articles citing it. */
  citedBy: Record<string, Citers>;
}

/** A key's first mention in an article as plain text: `[words before, the code as written, words after]`, '…' where cut. */
export type CodeSnippet = [before: string, code: string, after: string];

/** One key of the exact-code index. */
export interface CodeEntry {
  /** Every article with the key, best first: the key in the title, then most mentions, then newest. */
  ids: number[];
  /**
   * Briefs of the first CODE_DETAILED ids, with the section that first
   * mentions the key (`slug`, `section`: '' when none) and the words around
   * that mention.
   */
  top: Array<[title: string, product: string, date: string, permalink: string, slug: string, section: string, ...snippet: CodeSnippet]>;
  /** What the code means, for the line above a code query's results (src/codes/search-line.ts); keys with a code page only. */
  meaning?: CodeShardMeaning;
}

/** `[symbolic name or '', family, one-line description or '']`. */
export type CodeShardMeaning = [name: string, family: string, description: string];

/** `/search/codes/<shard>.json`: key -> entry, or the number of articles of a key too common to list. */
export type CodeShardFile = Record<string, CodeEntry | { common: number; meaning?: CodeShardMeaning }>;

/** `/search/meta.json`: what the client needs before it can load Pagefind. */
export interface SearchMeta {
  /** Pagefind bundle folders, oldest dates first. */
  pagefind: string[];
  articles: number;
}

/** How many files the exact-code index is spread over (`shardName(key, CODE_SHARDS)`). */
export const CODE_SHARDS = 512;
/** How many of a key's (or a missing number's citing) articles carry their brief, so the first pages need no other file. */
export const CODE_DETAILED = 20;
/** Keys in more articles than this (years, `256`) are not listed: a search for them goes to the full-text index. */
export const CODE_MAX_ARTICLES = 1000;

export const SEARCH_FILES = {
  articleFolder: (folder: string) => `/search/articles/${folder}.json`,
  codeShard: (shard: string) => `/search/codes/${shard}.json`,
  meta: '/search/meta.json',
} as const;

/**
 * One term of the word index: `[df, ids, scores, titled?, best?]`, the
 * articles with the term, best first, by a BM25F score (title and keywords
 * weighted) in hundredths. When `df` is larger than WORD_TOP, the list is
 * the best WORD_TOP, then (up to WORD_TITLE_EXTRA, best first) the articles
 * with the term in their title that scored below them; `best` then says
 * how many lead the list by score, so every article left out scores at most
 * `scores[best - 1]`. `titled` holds the positions in `ids` of the articles
 * whose title has the term.
 */
export type WordEntry = [df: number, ids: number[], scores: number[], titled?: number[], best?: number];

/** A name typed in a query: `[its words as terms, space-separated, kind, label, slug, articles]`. */
export type NameEntry = [terms: string, kind: 'product' | 'version' | 'os' | 'keyword', label: string, slug: string, count: number];

/** `/search/words/<shard>.json`: terms of one hash shard, and the names whose first term falls in it. */
export interface WordShardFile {
  terms: Record<string, WordEntry>;
  /** First term -> names starting with it, most articles first. */
  names: Record<string, NameEntry[]>;
}

/** `/search/prefixes/<shard>.json`: the first three letters of a word -> the indexed words starting with them, with their article counts, most first. */
export type PrefixShardFile = Record<string, Array<[word: string, df: number]>>;

/** `/search/spelling/<letter><length>.json`: the words a misspelling can be corrected to, `[word, df]`, most articles first. */
export type SpellingFile = Array<[word: string, df: number]>;

/** `/search/rows/<shard>.json`: article number -> `[title, product, date, permalink or '', the first sentence of its summary or symptoms]`. */
export type RowShardFile = Record<string, [title: string, product: string, date: string, permalink: string, description: string]>;

/** How many files the word index is spread over. */
export const WORD_SHARDS = 2048;
/** How many of a term's articles are listed; the rest are Pagefind's to find. */
export const WORD_TOP = 100;
/**
 * How many more of a term's articles are listed because their title has it:
 * a query of title words then finds its article in every word's list, and
 * the word index can answer it without Pagefind (docs/search-design.md,
 * "Title postings").
 */
export const WORD_TITLE_EXTRA = 1000;
export const PREFIX_SHARDS = 512;
export const ROW_SHARDS = 2048;

export const WORD_FILES = {
  words: (shard: string) => `/search/words/${shard}.json`,
  prefixes: (shard: string) => `/search/prefixes/${shard}.json`,
  spelling: (letter: string, length: number) => `/search/spelling/${letter}${length}.json`,
  rows: (shard: string) => `/search/rows/${shard}.json`,
} as const;

/** Every file and folder the index writes under `/search/` (beside the search page itself). */
export const SEARCH_ENTRIES = ['articles', 'codes', 'words', 'prefixes', 'spelling', 'rows', 'meta.json'] as const;
