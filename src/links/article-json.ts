/** The public JSON of one article and the compact index of all of them. */
import type { ArticleFactsJson, ArticleIndex, ArticleJson, ArticleRecord, ArticleSummary, FacetLinkJson } from '../article/model.ts';
import { facetUrl } from '../facets/paginate.ts';
import type { ArticleFacets, FacetRef } from '../facets/types.ts';
import type { SimilarListing } from '../lib/similar-articles.ts';
import { citationMarkdown, citationText } from './citation.ts';
import { sourcePath } from './paths.ts';
import { siteUrl } from './site-url.ts';

export const ARTICLE_SCHEMA = '/schema/article.schema.json';
export const INDEX_SCHEMA = '/schema/article-index.schema.json';

/**
 * The article model as ticket tools want it: metadata, the sections' headings
 * and anchors, references resolved to permalinks (null when not in the
 * archive), and the articles citing it, similar articles and same-text twins.
 * The text itself is the source file `sourceUrl` points to (and the page).
 */
export function articleJson(
  record: ArticleRecord,
  site: string,
  permalinkOf: (id: string) => string | null,
  citedBy: readonly ArticleSummary[],
  facets: Pick<ArticleFacets, 'products' | 'source' | 'facets'>,
  related: SimilarListing = { similar: [], duplicates: [] },
): ArticleJson {
  const url = siteUrl(record.permalink, site);
  const citable = { id: record.id, title: record.title, lastModified: record.header.lastModified };
  return {
    $schema: siteUrl(ARTICLE_SCHEMA, site),
    schemaVersion: 1,
    id: record.id,
    number: record.number,
    title: record.title,
    tag: record.tag,
    url,
    permalink: record.permalink,
    description: record.description,
    header: record.header,
    appliesTo: record.appliesTo,
    sourceUrl: siteUrl(sourcePath(record.permalink), site),
    // Without their text: it is in `sourceUrl` and on the page (ArticleJson says why).
    sections: record.sections.map(({ title, slug, depth }) => ({ title, slug, depth })),
    footer: record.footer,
    additionalQueryWords: record.additionalQueryWords,
    references: record.references.map(({ id, title }) => ({ id, title, permalink: permalinkOf(id) })),
    citedBy: citedBy.map(({ id, title, permalink }) => ({ id, title, permalink })),
    citation: { text: citationText(citable, url), markdown: citationMarkdown(citable, url) },
    facts: articleFacts(facets, site),
    similar: related.similar.map(({ summary: { id, title, permalink }, reason }) => ({ id, title, permalink, reason })),
    duplicates: related.duplicates.map(({ id, title, permalink }) => ({ id, title, permalink })),
  };
}

/** The article's facet values as the JSON names them: label and browse page. */
export function articleFacts(facets: Pick<ArticleFacets, 'products' | 'source' | 'facets'>, site: string): ArticleFactsJson {
  const link = (ref: FacetRef): FacetLinkJson => ({ name: ref.label, url: siteUrl(facetUrl(ref.kind, ref.slug), site) });
  return {
    source: facets.source,
    products: facets.products.map(({ product, editions, versions }) => ({ ...link(product), editions, versions: versions.map(link) })),
    operatingSystems: facets.facets.os.map(link),
  };
}

export function articleIndex(summaries: readonly ArticleSummary[], site: string): ArticleIndex {
  return {
    $schema: siteUrl(INDEX_SCHEMA, site),
    schemaVersion: 1,
    site: siteUrl('/', site),
    count: summaries.length,
    fields: ['id', 'title', 'permalink', 'products', 'lastModified'],
    articles: summaries.map(({ id, title, permalink, products, lastModified }) => [id, title, permalink, products, lastModified]),
  };
}
