import type { ArticleSummary } from '../../../src/article/model.ts';

/** A summary with empty header fields, overridden by `fields`; the number follows the id. */
export function summary(fields: Partial<ArticleSummary> = {}): ArticleSummary {
  const id = fields.id ?? 'Q100001';
  const number = Number(id.slice(1));
  return {
    id,
    number,
    title: `Article ${id}`,
    tag: null,
    permalink: `/kb/${String(number).slice(0, 3)}/${id}/`,
    sourcePath: `kb/${String(number).slice(0, 3)}/${id}/README.md`,
    products: [],
    versionsRaw: '',
    operatingSystems: [],
    keywords: [],
    lastModified: null,
    appliesTo: [],
    footerKeywords: [],
    references: [],
    ...fields,
  };
}
