/**
 * The code catalog: every code key with a page, its articles ranked as the
 * code index ranks them (src/search/code-index.ts `byRank`), how it is
 * written, and the codes found in the same articles. Built once on the main
 * thread from the rows the corpus workers send, written beside the article
 * catalog, and read by the code pages, which never open an article again.
 */
import type { ArticleSummary } from '../article/model.ts';
import { impliedKeys } from '../search/codes.ts';
import { byRank } from '../search/code-index.ts';
import type { ArticleCodeRow } from './article-code-row.ts';
import { parseCodeKey } from './code-key.ts';

/** The code catalog file in the corpus cache. */
export const CODE_CATALOG = 'codes.json';

/** Codes listed as seen in the same articles, at most. */
export const RELATED_CODES = 12;

/** `[catalog index, mentions, in title (1/0), section slug, section title, words before, code as written, words after]`. */
export type CodeArticle = [article: number, mentions: number, inTitle: 0 | 1, slug: string, section: string, before: string, code: string, after: string];

export interface CodeCatalogEntry {
  key: string;
  /** Every article mentioning the code, best first. */
  articles: CodeArticle[];
  /** Mentions over all articles. */
  mentions: number;
  /** How the code is written, most mentions first: `[text, mentions]`. */
  spellings: Array<[text: string, mentions: number]>;
  /** Codes in the most of the same articles (not the ones this key implies or is implied by): `[key, articles]`. */
  related: Array<[key: string, articles: number]>;
}

export interface CodeCatalog {
  /** By key. */
  codes: CodeCatalogEntry[];
}

/** `rows` from the workers, `summaries` the article catalog (its index is the article's number in the code catalog). */
export function buildCodeCatalog(rows: readonly ArticleCodeRow[], summaries: readonly ArticleSummary[]): CodeCatalog {
  const indexOf = new Map(summaries.map((summary, i) => [summary.sourcePath, i]));
  const entries = new Map<string, { articles: CodeArticle[]; spellings: Map<string, number> }>();
  const entry = (key: string) => {
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { articles: [], spellings: new Map() }));
    return found;
  };
  const keysOf: Array<[article: number, keys: string[]]> = [];
  for (const row of rows) {
    const article = indexOf.get(row.file);
    if (article === undefined) continue;
    const postings = row.postings.filter(([key]) => parseCodeKey(key) !== null);
    for (const [key, ...rest] of postings) entry(key).articles.push([article, ...rest]);
    for (const [key, text, n] of row.spellings) {
      if (!entries.has(key)) continue;
      const spellings = entry(key).spellings;
      spellings.set(text, (spellings.get(text) ?? 0) + n);
    }
    keysOf.push([article, postings.map(([key]) => key)]);
  }

  const rank = ([article, mentions, inTitle]: CodeArticle) => ({ number: summaries[article]!.number, inTitle: inTitle === 1, mentions, date: summaries[article]!.lastModified ?? '' });
  const related = relatedCodes(keysOf);
  const codes = [...entries.keys()].sort().map((key): CodeCatalogEntry => {
    const { articles, spellings } = entries.get(key)!;
    articles.sort((a, b) => byRank(rank(a), rank(b)));
    return {
      key,
      articles,
      mentions: articles.reduce((sum, [, mentions]) => sum + mentions, 0),
      spellings: [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
      related: related(key),
    };
  });
  return { codes };
}

/** For each key, the keys sharing the most articles with it. */
function relatedCodes(keysOf: ReadonlyArray<[number, string[]]>): (key: string) => Array<[string, number]> {
  const articlesOf = new Map<string, number[]>();
  const keys = new Map<number, string[]>();
  for (const [article, all] of keysOf) {
    // wsa-10060 implies error-10060: listing both would say the same thing twice
    const implied = new Set(all.flatMap(impliedKeys));
    const list = all.filter((key) => !implied.has(key));
    keys.set(article, list);
    for (const key of list) (articlesOf.get(key) ?? articlesOf.set(key, []).get(key)!).push(article);
  }
  return (key) => {
    const kin = new Set([key, ...impliedKeys(key)]);
    const shared = new Map<string, number>();
    for (const article of articlesOf.get(key) ?? []) {
      for (const other of keys.get(article)!) {
        if (kin.has(other) || impliedKeys(other).includes(key)) continue;
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    return [...shared]
      .filter(([, n]) => n > 1 || (articlesOf.get(key)?.length ?? 0) <= 3)
      .sort((a, b) => b[1] - a[1] || (articlesOf.get(b[0])!.length - articlesOf.get(a[0])!.length) || (a[0] < b[0] ? -1 : 1))
      .slice(0, RELATED_CODES);
  };
}
