/** `/code/<key>.json`: a code page as data for tools (schema: public/schema/code.schema.json). */
import { absoluteUrl } from '../links/paths.ts';
import type { CodeModel } from './code-pages.ts';
import { FAMILY_NAMES } from './meaning.ts';
import { CODE_SCHEMA_PATH } from './paths.ts';
import { facetUrl } from '../facets/paginate.ts';

export function codeJson(model: CodeModel, key: string, site: string) {
  const { code, meaning, spellings, products, related, rows } = model.full(key);
  return {
    $schema: absoluteUrl(CODE_SCHEMA_PATH, site),
    schemaVersion: 1 as const,
    key: code.key,
    label: code.label,
    url: absoluteUrl(code.url, site),
    family: code.family,
    familyName: FAMILY_NAMES[code.family].one,
    names: meaning.names.map(({ name, table, source, reading }) => ({ name, table, source, reading })),
    description: meaning.description,
    bits: meaning.bits && { ...meaning.bits, facilityName: meaning.facilityName },
    wraps: meaning.wrapped && { key: meaning.wrapped.key, label: meaning.wrapped.label, how: meaning.wrapped.how, url: model.summary(meaning.wrapped.key) ? absoluteUrl(model.summary(meaning.wrapped.key)!.url, site) : null },
    note: meaning.note,
    articleCount: code.articles,
    mentions: code.mentions,
    spellings: spellings.map(([text, mentions]) => ({ text, mentions })),
    products: products.map(({ ref, label, count }) => ({ label, url: ref ? absoluteUrl(facetUrl('product', ref.slug), site) : null, count })),
    related: related.map((other) => ({ key: other.key, label: other.label, name: other.name, url: absoluteUrl(other.url, site), articles: other.shared })),
    articles: rows.map((row) => ({
      id: row.summary.id,
      title: row.summary.title,
      url: absoluteUrl(row.url, site),
      section: row.section,
      lastModified: row.summary.lastModified,
      mentions: row.mentions,
      inTitle: row.inTitle,
      excerpt: row.excerpt,
    })),
  };
}
