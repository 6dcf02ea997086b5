/**
 * What the code pages need of one article, taken in the corpus worker from
 * the record it has just rendered (the search's own `articleCodes`, so the
 * pages rank and quote articles exactly as the code index does), and sent to
 * the main thread. Bare numbers (`n-` keys) have no page and are left out.
 */
import type { ArticleRecord } from '../article/model.ts';
import { articleCodes, type ArticleCodes } from '../search/article-codes.ts';
import { parseCodeKey } from './code-key.ts';
import { linkedCodeKeys } from './link-codes.ts';

/** `[key, mentions, in title (1/0), section slug, section title, words before, code as written, words after]`; '' when none. */
export type CodePosting = [key: string, mentions: number, inTitle: 0 | 1, slug: string, section: string, before: string, code: string, after: string];

export interface ArticleCodeRow {
  /** The source file, which the main thread maps to the article's catalog entry. */
  file: string;
  postings: CodePosting[];
  /** `[key, as written, mentions]`. */
  spellings: Array<[key: string, text: string, mentions: number]>;
}

/** `codes`: the record's `articleCodes`, when the caller has them already (the corpus worker shares them with similarity). */
export function articleCodeRow(
  file: string,
  record: Pick<ArticleRecord, 'title' | 'sections' | 'html' | 'additionalQueryWords'>,
  codes: ArticleCodes = articleCodes(record),
): ArticleCodeRow {
  const postings: CodePosting[] = [];
  for (const [key, mentions] of codes.counts) {
    if (!parseCodeKey(key)) continue;
    const section = codes.firstSection.get(key);
    const [before, code, after] = codes.firstMention.get(key) ?? ['', '', ''];
    postings.push([key, mentions, codes.inTitle.has(key) ? 1 : 0, section?.slug ?? '', section?.title ?? '', before, code, after]);
  }
  // A link in the text must reach a page that lists this article, even where the two readings of the text differ.
  for (const key of linkedCodeKeys(record.html)) if (!codes.counts.has(key)) postings.push([key, 1, 0, '', '', '', '', '']);
  const spellings: ArticleCodeRow['spellings'] = [];
  for (const [key, texts] of codes.spellings) if (parseCodeKey(key)) for (const [text, n] of texts) spellings.push([key, text, n]);
  return { file, postings, spellings };
}
