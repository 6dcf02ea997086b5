/**
 * The HTML the full-text index is built from, one per article: the article's
 * title, rendered sections (headings keep their ids, so results can point at
 * the matching section) and additional query words, with Pagefind's filters,
 * sort key and meta. Built from the cached record rather than read back from
 * dist/, so indexing can run while Astro is still writing pages; the page's
 * boilerplate (header block, applies-to list, footer keyword lines, site
 * chrome) is simply not part of it.
 */
import type { ArticleRecord } from '../article/model.ts';
import type { ArticleFacets, FacetKind } from '../facets/types.ts';
import type { ArticleCodes } from './article-codes.ts';
import { sectionStarts } from './section-text.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Filter names as the search UI shows them. */
export const FILTER_KINDS: readonly FacetKind[] = ['product', 'version', 'os', 'year', 'keyword'];

/**
 * The sort value of an article. Pagefind leaves pages without the sort key
 * out of sorted results, so an undated article sorts as the oldest.
 */
export function sortDate(record: { header: { lastModified: string | null } }): string {
  return record.header.lastModified ?? '0000-00-00';
}

// The leading space keeps an alias from being glued to the word before it ("Q157686zzvjihzz").
const hidden = (words: string[]) => (words.length > 0 ? ` <span hidden>${escapeText(words.join(' '))}</span>` : '');

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
    html += record.html.slice(i === 0 ? 0 : starts[i], end) + hidden(aliases.get(section.slug) ?? []);
  }
  return html;
}

export function searchDocument(
  record: ArticleRecord,
  facets: ArticleFacets,
  codes: Pick<ArticleCodes, 'sectionAliases' | 'otherAliases'>,
): string {
  const meta = [
    `<span data-pagefind-meta="id">${escapeText(record.id)}</span>`,
    `<span data-pagefind-meta="date">${escapeText(record.header.lastModified ?? '')}</span>`,
    `<span data-pagefind-meta="product">${escapeText(record.header.products.join(', '))}</span>`,
  ];
  const filters = FILTER_KINDS.flatMap((kind) =>
    facets.facets[kind].map((ref) => `<span data-pagefind-filter="${kind}">${escapeText(ref.label)}</span>`),
  );
  const queryWords = record.additionalQueryWords ? `<p>${escapeText(record.additionalQueryWords)}</p>` : '';
  return (
    `<!doctype html><html lang="en"><head><title>${escapeText(record.title)}</title></head><body>` +
    `<main data-pagefind-body data-pagefind-sort="date:${escapeAttr(sortDate(record))}">` +
    `<h1 data-pagefind-meta="title">${escapeText(record.title)}</h1>` +
    `<div data-pagefind-ignore>${meta.join('')}${filters.join('')}</div>` +
    `<p>${escapeText(record.id)}${hidden(codes.otherAliases)}</p>` +
    // before the first heading: the words describe the whole article, not its last section
    queryWords +
    withSectionAliases(record, codes.sectionAliases) +
    `</main></body></html>`
  );
}
