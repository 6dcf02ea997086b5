/**
 * The error codes and whole-token numbers of one article, found once and
 * used twice: the exact-code index files the article under every key (ranked
 * by where and how often it appears), and the full-text document writes each
 * section's alias words at the end of that section, so a mixed query's
 * sub-result points at the section that has the code.
 *
 * Read from what the reader sees as the article's text: the title, the
 * sections (headings included, as rendered: see section-text.ts) and the
 * "Additional query words"; not the header block or the footer keyword
 * lines, which the full-text index ignores too.
 */
import type { ArticleRecord } from '../article/model.ts';
import type { CodeSnippet } from './search-files.ts';
import { aliasTokens, extractCodes, impliedKeys, numberMentions } from './codes.ts';
import { sectionTexts } from './section-text.ts';

export interface ArticleCodes {
  /** Every key with its number of mentions (implied keys count their code's mentions). */
  counts: Map<string, number>;
  /** Keys that the title mentions: those articles rank first for the key. */
  inTitle: Set<string>;
  /** The first section mentioning each key, when that section has a title (the lead has none). */
  firstSection: Map<string, { slug: string; title: string }>;
  /**
   * A few words around each key's first mention, for the exact-code results'
   * excerpt: the first section's mention (the one the deep link opens at),
   * else the title's or the additional query words'.
   */
  firstMention: Map<string, CodeSnippet>;
  /** How each key is written (`c0000005`, `0xC0000005`, `STOP 0xA`), white space collapsed, with mentions; the code pages list them. */
  spellings: Map<string, Map<string, number>>;
  /** Alias words per section slug (the section's own keys, not its subsections'). */
  sectionAliases: Map<string, string[]>;
  /** Alias words of the title and the additional query words. */
  otherAliases: string[];
}

/**
 * `ArticleCodes` as JSON, kept in the article's cache record: the corpus worker
 * extracts the codes once, and the search index reads them back instead of
 * scanning every article's text a second time (~30 s of CPU on the full corpus).
 */
export interface ArticleCodesJson {
  counts: Array<[string, number]>;
  inTitle: string[];
  firstSection: Array<[string, { slug: string; title: string }]>;
  firstMention: Array<[string, CodeSnippet]>;
  spellings: Array<[string, Array<[string, number]>]>;
  sectionAliases: Array<[string, string[]]>;
  otherAliases: string[];
}

export function codesToJson(codes: ArticleCodes): ArticleCodesJson {
  return {
    counts: [...codes.counts],
    inTitle: [...codes.inTitle],
    firstSection: [...codes.firstSection],
    firstMention: [...codes.firstMention],
    spellings: [...codes.spellings].map(([key, texts]) => [key, [...texts]]),
    sectionAliases: [...codes.sectionAliases],
    otherAliases: codes.otherAliases,
  };
}

export function codesFromJson(json: ArticleCodesJson): ArticleCodes {
  return {
    counts: new Map(json.counts),
    inTitle: new Set(json.inTitle),
    firstSection: new Map(json.firstSection),
    firstMention: new Map(json.firstMention),
    spellings: new Map(json.spellings.map(([key, texts]) => [key, new Map(texts)])),
    sectionAliases: new Map(json.sectionAliases),
    otherAliases: json.otherAliases,
  };
}

interface Mentions {
  counts: Map<string, number>;
  /** The key's own hits (not those that only imply it) by their text. */
  spellings: Map<string, Map<string, number>>;
  /** Where each key is first written: offset and length of its text. */
  first: Map<string, { index: number; length: number }>;
}

/** Keys of a piece of text with their mentions. */
function mentions(text: string): Mentions {
  const counts = new Map<string, number>();
  const first = new Map<string, { index: number; length: number }>();
  // "STOP 0x0000000A" is one mention of 0x0000000a though two rules see it: overlapping hits count once
  const lastEnd = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const hit of extractCodes(text)) {
    for (const key of [hit.key, ...impliedKeys(hit.key)]) {
      if (!first.has(key)) first.set(key, { index: hit.index, length: hit.text.length });
      if (hit.index < (lastEnd.get(key) ?? -1)) continue;
      lastEnd.set(key, hit.index + hit.text.length);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (key === hit.key) addSpelling(spellings, key, hit.text.replace(/\s+/g, ' '), 1);
    }
  }
  // "Error 1311" is also a mention of the number 1311: count each number once, whichever way it was found.
  const numbers = new Map<string, number>();
  for (const { key, index, length } of numberMentions(text)) {
    numbers.set(key, (numbers.get(key) ?? 0) + 1);
    if (!first.has(key)) first.set(key, { index, length });
  }
  for (const [key, n] of numbers) counts.set(key, Math.max(n, counts.get(key) ?? 0));
  return { counts, first, spellings };
}

function addSpelling(spellings: Map<string, Map<string, number>>, key: string, text: string, n: number): void {
  let forKey = spellings.get(key);
  if (!forKey) spellings.set(key, (forKey = new Map()));
  forKey.set(text, (forKey.get(text) ?? 0) + n);
}

const SNIPPET_BEFORE = { words: 4, chars: 32 };
const SNIPPET_AFTER = { words: 6, chars: 48 };

/** How much text either side of a mention is looked at: far more than a snippet keeps. */
const SNIPPET_WINDOW = 200;

/**
 * At most `limit.words` words and `limit.chars` characters of `text`, taken
 * from its end when `fromEnd`; '…' where words were left out (`more`: the
 * text itself was cut from something longer on that side).
 */
function clip(text: string, limit: { words: number; chars: number }, fromEnd: boolean, more: boolean): string {
  const all = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  let chars = 0;
  for (const word of fromEnd ? [...all].reverse() : all) {
    if (kept.length === limit.words || chars + word.length + 1 > limit.chars) break;
    kept.push(word);
    chars += word.length + 1;
  }
  if (fromEnd) kept.reverse();
  const cut = more || kept.length < all.length;
  const joined = kept.join(' ');
  return fromEnd ? (cut ? `…${joined}` : joined) : cut ? `${joined}…` : joined;
}

/** A few words either side of `text[index, index + length)`, white space collapsed; glued punctuation stays with its side. */
export function snippetAt(text: string, index: number, length: number): CodeSnippet {
  // only a window around the mention: a stack dump section can have hundreds of keys
  const from = Math.max(0, index - SNIPPET_WINDOW);
  const to = Math.min(text.length, index + length + SNIPPET_WINDOW);
  // a word the window cut in two is not shown
  const head = text.slice(from, index).replace(from > 0 ? /^\S+/ : /^$/, '');
  const tail = text.slice(index + length, to).replace(to < text.length ? /\S+$/ : /^$/, '');
  const before = clip(head, SNIPPET_BEFORE, true, from > 0);
  const after = clip(tail, SNIPPET_AFTER, false, to < text.length);
  return [
    before && (/\s$/.test(head) ? `${before} ` : before),
    text.slice(index, index + length).replace(/\s+/g, ' '),
    after && (/^\s/.test(tail) ? ` ${after}` : after),
  ];
}

export function articleCodes(record: Pick<ArticleRecord, 'title' | 'sections' | 'html' | 'additionalQueryWords'>): ArticleCodes {
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const count = ({ counts: keys, spellings: written }: Mentions) => {
    for (const [key, n] of keys) counts.set(key, (counts.get(key) ?? 0) + n);
    for (const [key, texts] of written) for (const [text, n] of texts) addSpelling(spellings, key, text, n);
  };

  const title = mentions(record.title);
  const titleKeys = title.counts;
  count(title);
  const firstMention = new Map<string, CodeSnippet>();
  const firstSection = new Map<string, { slug: string; title: string }>();
  const sectionAliases = new Map<string, string[]>();
  // a key first met in the untitled lead links to the article itself
  const seen = new Set<string>();
  for (const section of sectionTexts(record)) {
    const found = mentions(section.text);
    const keys = found.counts;
    count(found);
    for (const key of keys.keys()) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (section.title !== null) firstSection.set(key, { slug: section.slug, title: section.title });
      const at = found.first.get(key)!;
      firstMention.set(key, snippetAt(section.text, at.index, at.length));
    }
    const aliases = aliasTokens(keys.keys());
    if (aliases.length > 0) sectionAliases.set(section.slug, aliases);
  }
  const queryWords = mentions(record.additionalQueryWords);
  const queryWordKeys = queryWords.counts;
  count(queryWords);
  for (const [text, found] of [[record.title, title], [record.additionalQueryWords, queryWords]] as const) {
    for (const [key, at] of found.first) if (!firstMention.has(key)) firstMention.set(key, snippetAt(text, at.index, at.length));
  }

  return {
    counts,
    inTitle: new Set(titleKeys.keys()),
    firstSection,
    firstMention,
    spellings,
    sectionAliases,
    otherAliases: aliasTokens([...titleKeys.keys(), ...queryWordKeys.keys()]),
  };
}
