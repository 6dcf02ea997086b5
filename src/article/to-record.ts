/** Reducing a parsed article to the record the build caches for its page. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Article, ArticleRecord, SectionText } from './model.ts';

/** Longest meta description we emit; previews truncate around here anyway. */
const MAX_DESCRIPTION = 200;

/** The article without mdast blocks: each section as plain text, plus the rendered HTML and source. */
export function toRecord(article: Article, html: string, source: string): ArticleRecord {
  const sections: SectionText[] = article.sections.map(({ title, slug, depth, blocks }) => ({
    title,
    slug,
    depth,
    text: blocks.map(blockText).join('\n\n'),
  }));
  return { ...article, sections, html, source, description: describe(article.title, sections) };
}

/**
 * A block's plain text, one line per list item or nested block: mdast's
 * toString alone glues the items of a list into one word ("Windows 95Windows NT").
 */
function blockText(node: Nodes): string {
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return node.children.map(blockText).join('\n');
  return toString(node);
}

/**
 * The first sentence of SUMMARY or SYMPTOMS (what a reader wants in a link
 * preview), else of the first section that has text, else the title.
 */
export function describe(title: string, sections: SectionText[]): string {
  const preferred = ['summary', 'symptoms'];
  const source =
    preferred.map((slug) => sections.find((s) => s.slug === slug && s.text.trim())).find(Boolean) ??
    sections.find((s) => s.text.trim());
  if (!source) return title;
  const text = source.text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?=\s+[A-Z("]|$)/.exec(text)?.[1] ?? text;
  return sentence.length <= MAX_DESCRIPTION ? sentence : sentence.slice(0, MAX_DESCRIPTION - 1).replace(/\s+\S*$/, '') + '…';
}
