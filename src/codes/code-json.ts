/** `/code/<key>.json`: a code page as data for tools (schema: public/schema/code.schema.json). */
import { siteUrl } from '../links/site-url.ts';
import type { CodeModel } from './code-pages.ts';
import { FAMILY_NAMES } from './meaning.ts';
import { CODE_SCHEMA_PATH } from './paths.ts';
import { facetUrl } from '../facets/paginate.ts';

export function codeJson(model: CodeModel, key: string, site: string) {
  const { code, meaning, spellings, products, related, rows } = model.full(key);
  return {
    $schema: siteUrl(CODE_SCHEMA_PATH, site),
    schemaVersion: 1 as const,
    key: code.key,
    label: code.label,
    url: siteUrl(code.url, site),
    family: code.family,
    familyName: FAMILY_NAMES[code.family].one,
    names: meaning.names.map(({ name, table, source, reading }) => ({ name, table, source, reading })),
    description: meaning.description,
    bits: meaning.bits && { ...meaning.bits, facilityName: meaning.facilityName },
    wraps: meaning.wrapped && { key: meaning.wrapped.key, label: meaning.wrapped.label, how: meaning.wrapped.how, url: model.summary(meaning.wrapped.key) ? siteUrl(model.summary(meaning.wrapped.key)!.url, site) : null },
    note: meaning.note,
    articleCount: code.articles,
    mentions: code.mentions,
    spellings: spellings.map(([text, mentions]) => ({ text, mentions })),
    products: products.map(({ ref, label, count }) => ({ label, url: ref ? siteUrl(facetUrl('product', ref.slug), site) : null, count })),
    related: related.map((other) => ({ key: other.key, label: other.label, name: other.name, url: siteUrl(other.url, site), articles: other.shared })),
    articles: rows.map((row) => ({
      id: row.summary.id,
      title: row.summary.title,
      url: siteUrl(row.url, site),
      section: row.section,
      lastModified: row.summary.lastModified,
      mentions: row.mentions,
      inTitle: row.inTitle,
      excerpt: row.excerpt,
    })),
  };
}
