/** The catalog record of an article. */
import type { Article, ArticleSummary } from './model.ts';

export function summarize(article: Article): ArticleSummary {
  const { id, number, title, tag, permalink, sourcePath, header, appliesTo, footer, references } = article;
  return {
    id,
    number,
    title,
    tag,
    permalink,
    sourcePath,
    products: header.products,
    versionsRaw: header.versionsRaw,
    operatingSystems: header.operatingSystems,
    keywords: header.keywords,
    lastModified: header.lastModified,
    appliesTo,
    footerKeywords: footer.keywords,
    references: references.map((reference) => reference.id),
  };
}
