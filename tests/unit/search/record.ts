/** Records and summaries for the search tests, made by the real parser from small KB sources. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, ArticleSummary } from '../../../src/article/model.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { summarize } from '../../../src/article/summarize.ts';
import { toRecord } from '../../../src/article/to-record.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/search');

/** The fixture `tests/fixtures/search/<id>.md` as the build caches it. */
export function fixtureRecord(id: string): { record: ArticleRecord; summary: ArticleSummary } {
  const source = readFileSync(path.join(FIXTURES, `${id}.md`), 'utf8');
  const article = parseArticle(source, `kb/${id.slice(1, 4)}/${id}/README.md`);
  return { record: toRecord(article, renderSections(article, () => null), source), summary: summarize(article) };
}
