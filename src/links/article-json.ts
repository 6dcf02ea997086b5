/** The public JSON of one article and the compact index of all of them. */
import type { ArticleIndex, ArticleJson, ArticleRecord, ArticleSummary } from '../article/model.ts';
import { citationMarkdown, citationText } from './citation.ts';
import { siteUrl } from './site-url.ts';

export const ARTICLE_SCHEMA = '/schema/article.schema.json';
export const INDEX_SCHEMA = '/schema/article-index.schema.json';

/**
 * The article model as ticket tools want it: metadata, sections as text,
 * references resolved to permalinks (null when not in the archive), and the
 * articles citing it. The raw source and rendered HTML stay on the page.
 */
export function articleJson(
  record: ArticleRecord,
  site: string,
  permalinkOf: (id: string) => string | null,
  citedBy: readonly ArticleSummary[],
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
    sections: record.sections,
    footer: record.footer,
    additionalQueryWords: record.additionalQueryWords,
    references: record.references.map(({ id, title }) => ({ id, title, permalink: permalinkOf(id) })),
    citedBy: citedBy.map(({ id, title, permalink }) => ({ id, title, permalink })),
    citation: { text: citationText(citable, url), markdown: citationMarkdown(citable, url) },
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
