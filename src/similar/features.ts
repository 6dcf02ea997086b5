/**
 * What similarity compares of one article, taken in the corpus worker that
 * already holds the article (so no article is read twice), small enough to
 * send to the main thread: the body's words with their counts, the title's
 * words, the error codes the search finds in it (`articleCodes`, the same
 * extraction), its facet values (`facetsOf`, the same products, versions and
 * keywords as its chips) and its cross-references; plus the fingerprint that
 * recognises the same text published under another number.
 */
import type { ArticleRecord, ArticleSummary } from '../article/model.ts';
import { facetsOf } from '../facets/facets-of.ts';
import { articleCodes } from '../search/article-codes.ts';
import { impliedKeys } from '../search/codes.ts';
import { fingerprintOf, fnv1a, type Fingerprint } from './fingerprint.ts';
import { tokens, wordCounts, words } from './words.ts';

export interface ArticleFeatures extends Fingerprint {
  /** Distinct words of the applies-to list, sections and additional query words, space-separated (one string clones fast), in the order of their hashes. */
  words: string;
  /** How often each of `words` occurs, in the same order. */
  counts: Uint16Array;
  /** Each of `words` as a number (`fnv1a`), ascending: hashed here in the worker so the main thread never handles the words one by one, and sorted so a word is found by bisection. */
  wordHashes: Uint32Array;
  /** Distinct words of the title (its product tag included). */
  title: string[];
  /** Error-code keys (`0xc0000005`, `event-9405`, `wsa-10060`), without bare numbers or the keys another implies (`error-10060` of `wsa-10060`). */
  codes: string[];
  /** Facet slugs, as the article's chips link them. */
  products: string[];
  versions: string[];
  keywords: string[];
  /** Ids the article cites. */
  references: string[];
}

type Source = Pick<ArticleRecord, 'title' | 'tag' | 'appliesTo' | 'sections' | 'html' | 'additionalQueryWords'>;

/** `codeKeys`: the keys of the record's `articleCodes`, when the caller has them already (the corpus worker does, for the code pages). */
export function articleFeatures(record: Source, summary: ArticleSummary, codeKeys: Iterable<string> = articleCodes(record).counts.keys()): ArticleFeatures {
  // One tokenisation of the body serves its words and its fingerprint.
  const body = tokens(record.sections.map((section) => section.text).join('\n'));
  const counts = [...wordCounts(tokens(record.appliesTo.join('\n')), body, tokens(record.additionalQueryWords))].map(([word, n]) => ({ word, n, hash: fnv1a(word) }));
  counts.sort((a, b) => a.hash - b.hash || (a.word < b.word ? -1 : 1));
  const { facets } = facetsOf(summary);
  return {
    ...fingerprintOf(body),
    words: counts.map(({ word }) => word).join(' '),
    wordHashes: Uint32Array.from(counts, ({ hash }) => hash),
    counts: Uint16Array.from(counts, ({ n }) => Math.min(n, 0xffff)),
    title: [...new Set(words(`${record.tag ?? ''} ${record.title}`))],
    codes: ownCodes([...codeKeys]),
    products: facets.product.map((ref) => ref.slug),
    versions: facets.version.map((ref) => ref.slug),
    keywords: facets.keyword.map((ref) => ref.slug),
    references: summary.references.filter((id) => id !== summary.id),
  };
}

/** Code keys without bare numbers and without the keys another one implies. */
export function ownCodes(keys: string[]): string[] {
  const implied = new Set(keys.flatMap(impliedKeys));
  return keys.filter((key) => !key.startsWith('n-') && !implied.has(key)).sort();
}
