/**
 * The HTML the full-text index is built from, one per article: the article's
 * title and rendered sections (headings keep their ids, so results can point
 * at the matching section), with Pagefind's filters, sort keys and meta.
 * Built from the cached record rather than read back from dist/, so indexing
 * can run while Astro is still writing pages.
 */
import type { ArticleRecord } from '../article/model.ts';
import type { ArticleFacets, FacetKind } from '../facets/types.ts';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Filter names as the search UI shows them. */
export const FILTER_KINDS: readonly FacetKind[] = ['product', 'version', 'os', 'year', 'keyword'];

export function searchDocument(record: ArticleRecord, facets: ArticleFacets, extraText = ''): string {
  const meta = [
    `<span data-pagefind-meta="id">${escapeText(record.id)}</span>`,
    `<span data-pagefind-meta="date">${escapeText(record.header.lastModified ?? '')}</span>`,
    `<span data-pagefind-meta="product">${escapeText(record.header.products.join(', '))}</span>`,
  ];
  const filters = FILTER_KINDS.flatMap((kind) =>
    facets.facets[kind].map((ref) => `<span data-pagefind-filter="${kind}">${escapeText(ref.label)}</span>`),
  );
  const sort = record.header.lastModified ? ` data-pagefind-sort="date:${escapeAttr(record.header.lastModified)}"` : '';
  return (
    `<!doctype html><html lang="en"><head><title>${escapeText(record.title)}</title></head><body>` +
    `<main data-pagefind-body${sort}>` +
    `<h1 data-pagefind-meta="title">${escapeText(record.title)}</h1>` +
    `<div data-pagefind-ignore>${meta.join('')}${filters.join('')}</div>` +
    `<p>${escapeText(record.id)}</p>` +
    record.html +
    (extraText ? `<p>${escapeText(extraText)}</p>` : '') +
    `</main></body></html>`
  );
}
