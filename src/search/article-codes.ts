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
import { aliasTokens, extractCodes, impliedKeys, numberMentions } from './codes.ts';
import { sectionTexts } from './section-text.ts';

export interface ArticleCodes {
  /** Every key with its number of mentions (implied keys count their code's mentions). */
  counts: Map<string, number>;
  /** Keys that the title mentions: those articles rank first for the key. */
  inTitle: Set<string>;
  /** The first section mentioning each key, when that section has a title (the lead has none). */
  firstSection: Map<string, { slug: string; title: string }>;
  /** Alias words per section slug (the section's own keys, not its subsections'). */
  sectionAliases: Map<string, string[]>;
  /** Alias words of the title and the additional query words. */
  otherAliases: string[];
}

/** Keys of a piece of text with their mentions. */
function mentions(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // "STOP 0x0000000A" is one mention of 0x0000000a though two rules see it: overlapping hits count once
  const lastEnd = new Map<string, number>();
  for (const hit of extractCodes(text)) {
    for (const key of [hit.key, ...impliedKeys(hit.key)]) {
      if (hit.index < (lastEnd.get(key) ?? -1)) continue;
      lastEnd.set(key, hit.index + hit.text.length);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  // "Error 1311" is also a mention of the number 1311: count each number once, whichever way it was found.
  const numbers = new Map<string, number>();
  for (const key of numberMentions(text)) numbers.set(key, (numbers.get(key) ?? 0) + 1);
  for (const [key, n] of numbers) counts.set(key, Math.max(n, counts.get(key) ?? 0));
  return counts;
}

export function articleCodes(record: Pick<ArticleRecord, 'title' | 'sections' | 'html' | 'additionalQueryWords'>): ArticleCodes {
  const counts = new Map<string, number>();
  const count = (keys: Map<string, number>) => {
    for (const [key, n] of keys) counts.set(key, (counts.get(key) ?? 0) + n);
  };

  const titleKeys = mentions(record.title);
  count(titleKeys);
  const firstSection = new Map<string, { slug: string; title: string }>();
  const sectionAliases = new Map<string, string[]>();
  // a key first met in the untitled lead links to the article itself
  const seen = new Set<string>();
  for (const section of sectionTexts(record)) {
    const keys = mentions(section.text);
    count(keys);
    for (const key of keys.keys()) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (section.title !== null) firstSection.set(key, { slug: section.slug, title: section.title });
    }
    const aliases = aliasTokens(keys.keys());
    if (aliases.length > 0) sectionAliases.set(section.slug, aliases);
  }
  const queryWordKeys = mentions(record.additionalQueryWords);
  count(queryWordKeys);

  return {
    counts,
    inTitle: new Set(titleKeys.keys()),
    firstSection,
    sectionAliases,
    otherAliases: aliasTokens([...titleKeys.keys(), ...queryWordKeys.keys()]),
  };
}
