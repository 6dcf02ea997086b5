/** How much of an article's text the parser understood, for the corpus statistics. */
import type { Nodes } from 'mdast';
import type { Article } from './model.ts';

export interface BlockStats {
  /** Non-space characters in fields and recognised blocks (paragraphs, lists, headings, preformatted). */
  recognised: number;
  /** Non-space characters kept in verbatim blocks because the parser did not understand them. */
  verbatim: number;
}

export function blockStats(article: Article): BlockStats {
  const stats: BlockStats = { recognised: 0, verbatim: 0 };
  const { header, footer } = article;
  const fields = [
    ...header.products,
    header.versionsRaw,
    ...header.operatingSystems,
    ...header.keywords,
    header.lastModifiedRaw,
    ...article.appliesTo,
    article.additionalQueryWords,
    ...footer.keywords,
    ...footer.technology,
    footer.version,
    footer.issueType,
    footer.solutionType,
    ...footer.other.map(({ value }) => value),
  ];
  for (const field of fields) stats.recognised += visible(field);
  for (const section of article.sections) {
    stats.recognised += visible(section.title ?? '');
    for (const block of section.blocks) count(block, stats);
  }
  return stats;
}

function count(node: Nodes, stats: BlockStats): void {
  if (node.type === 'code') {
    stats[node.data?.kbBlock === 'verbatim' ? 'verbatim' : 'recognised'] += visible(node.value);
  } else if ('value' in node) {
    stats.recognised += visible(node.value);
  } else if ('children' in node) {
    for (const child of node.children) count(child, stats);
  }
}

function visible(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return n;
}
