/**
 * The HTML the full-text index is built from, one per article: the article's
 * title, rendered sections (headings keep their ids, so results can point at
 * the matching section) and additional query words, with Pagefind's filters,
 * sort key and meta. Built from the cached record rather than read back from
 * dist/, so indexing can run while Astro is still writing pages; the page's
 * boilerplate (header block, applies-to list, footer keyword lines, site
 * chrome) is simply not part of it.
 */
import type { ElementContent } from 'hast';
import type { ArticleRecord } from '../article/model.ts';
import { FACET_KINDS, type ArticleFacets } from '../facets/types.ts';
import { documentHtml, element, serialise, trusted } from '../lib/html.ts';
import type { ArticleCodes } from './article-codes.ts';
import { sectionStarts } from './section-text.ts';

/**
 * The sort value of an article. Pagefind leaves pages without the sort key
 * out of sorted results, so an undated article sorts as the oldest.
 */
export function sortDate(record: { header: { lastModified: string | null } }): string {
  return record.header.lastModified ?? '0000-00-00';
}

// The leading space keeps an alias from being glued to the word before it ("Q157686zzvjihzz").
const hidden = (words: string[]): ElementContent[] => (words.length > 0 ? [{ type: 'text', value: ' ' }, element('span', { hidden: true }, [words.join(' ')])] : []);

/**
 * The rendered sections with each section's alias words at the end of its own
 * text: just before the next section starts (a subsection starts inside its
 * parent), so Pagefind counts them in the sub-result of that section's heading.
 */
export function withSectionAliases(record: Pick<ArticleRecord, 'html' | 'sections'>, aliases: ReadonlyMap<string, string[]>): string {
  if (aliases.size === 0) return record.html;
  const starts = sectionStarts(record);
  let html = '';
  for (const [i, section] of record.sections.entries()) {
    const end = starts[i + 1] ?? record.html.length;
    html += record.html.slice(i === 0 ? 0 : starts[i], end) + serialise(hidden(aliases.get(section.slug) ?? []));
  }
  return html;
}

export function searchDocument(
  record: ArticleRecord,
  facets: ArticleFacets,
  codes: Pick<ArticleCodes, 'sectionAliases' | 'otherAliases'>,
): string {
  const meta = [
    element('span', { dataPagefindMeta: 'id' }, [record.id]),
    element('span', { dataPagefindMeta: 'date' }, [record.header.lastModified ?? '']),
    // The products the article states (its "applies to" list first), not the header's `See article` or category
    element('span', { dataPagefindMeta: 'product' }, [facets.facets.product.map((ref) => ref.label).join(', ')]),
  ];
  // the facet kinds are the Pagefind filter names the search page asks for
  const filters = FACET_KINDS.flatMap((kind) => facets.facets[kind].map((ref) => element('span', { dataPagefindFilter: kind }, [ref.label])));
  const main = element('main', { dataPagefindBody: true, dataPagefindSort: `date:${sortDate(record)}` }, [
    element('h1', { dataPagefindMeta: 'title' }, [record.title]),
    element('div', { dataPagefindIgnore: true }, [...meta, ...filters]),
    // Not the article number: the number index answers it, and as text it only showed up in excerpts ("…Windows 98. Q108729.")
    codes.otherAliases.length > 0 && element('p', {}, hidden(codes.otherAliases)),
    // before the first heading: the words describe the whole article, not its last section
    record.additionalQueryWords && element('p', {}, [record.additionalQueryWords]),
    trusted(withSectionAliases(record, codes.sectionAliases)),
  ]);
  return documentHtml(element('html', { lang: 'en' }, [element('head', {}, [element('title', {}, [record.title])]), element('body', {}, [main])]));
}
