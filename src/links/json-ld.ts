/**
 * schema.org JSON-LD for an article page, so link previews and search engines
 * know what it is. Only what the page's other tags do not already say: the
 * description, language and canonical URL are the meta description, `lang`
 * and the canonical link (each property here is written 60,335 times).
 */
import type { ArticleRecord } from '../article/model.ts';

export function articleJsonLd(record: ArticleRecord, url: string, site: string): Record<string, unknown> {
  const { id, title, header } = record;
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: title,
    identifier: id,
    url,
    ...(header.lastModified ? { dateModified: header.lastModified } : {}),
    about: header.products.map((name) => ({ '@type': 'Product', name })),
    ...(header.keywords.length ? { keywords: header.keywords.join(', ') } : {}),
    author: { '@type': 'Organization', name: 'Microsoft' },
    isPartOf: { '@type': 'WebSite', url: site },
  };
}

/** JSON safe inside `<script>`: no `</script>`, `<!--` or line separators can end or confuse it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
