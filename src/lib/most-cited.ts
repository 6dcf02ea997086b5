/** The articles other articles cite most: a way in for readers who do not know what to look for. */
import type { ArticleSummary } from '../article/model.ts';
import { citingArticles, loadCatalog } from './corpus-cache.ts';

export interface Cited {
  summary: ArticleSummary;
  /** Distinct articles citing it. */
  citedBy: number;
}

let ranked: Cited[] | undefined;

/** The `limit` most cited articles, most cited first, ties by article number; computed once. */
export function mostCited(limit: number): Cited[] {
  ranked ??= loadCatalog()
    .map((summary) => ({ summary, citedBy: citingArticles(summary.id).length }))
    .filter(({ citedBy }) => citedBy > 0)
    .sort((a, b) => b.citedBy - a.citedBy || a.summary.number - b.summary.number);
  return ranked.slice(0, limit);
}
