/**
 * The article-number index: one small file per corpus folder
 * (`/search/articles/152.json` for Q152000-Q152999), so a query like
 * `KB 152941` costs one file of a few KB and no full-text index. Each file
 * also holds each article's first sentence (the excerpt of its result) and,
 * for every number of its range that other articles cite, those articles: an
 * article's result is followed by them, and a number the archive lacks is
 * never a dead end (only the first few with titles: Q194022 has 443 citers).
 */
import type { ArticleSummary } from '../article/model.ts';
import { folderFor, permalinkFor } from '../article/permalink.ts';
import { CODE_DETAILED, type ArticleBrief, type ArticleFolderFile } from './search-files.ts';

/** What a result list shows of an article. */
export function articleBrief(summary: Pick<ArticleSummary, 'number' | 'title' | 'products' | 'lastModified' | 'permalink'>): ArticleBrief {
  const brief: ArticleBrief = [summary.title, summary.products.join(', '), summary.lastModified ?? ''];
  if (summary.permalink !== permalinkFor(summary.number)) brief.push(summary.permalink);
  return brief;
}

/** Newest first, undated last, then by number. */
function byRecency(a: ArticleSummary, b: ArticleSummary): number {
  const da = a.lastModified ?? '';
  const db = b.lastModified ?? '';
  return da < db ? 1 : da > db ? -1 : a.number - b.number;
}

/**
 * Folder name -> file, for every folder holding an article or a cited number.
 * `leads`: article number -> its first sentence (`ArticleRecord.description`
 * when it is more than the title).
 */
export function buildArticleFolders(catalog: readonly ArticleSummary[], leads: ReadonlyMap<number, string> = new Map()): Map<string, ArticleFolderFile> {
  const files = new Map<string, ArticleFolderFile>();
  const fileOf = (n: number) => {
    const folder = folderFor(n);
    let file = files.get(folder);
    if (!file) files.set(folder, (file = { articles: {}, leads: {}, citedBy: {} }));
    return file;
  };
  for (const summary of [...catalog].sort((a, b) => a.number - b.number)) {
    const file = fileOf(summary.number);
    file.articles[summary.number] = articleBrief(summary);
    const lead = leads.get(summary.number);
    if (lead) file.leads[summary.number] = lead;
  }
  const citers = new Map<number, ArticleSummary[]>();
  for (const summary of catalog) {
    for (const id of new Set(summary.references)) {
      const m = /^Q0*(\d{1,7})$/.exec(id);
      const n = m ? Number(m[1]) : 0;
      if (n <= 0 || n === summary.number) continue;
      const list = citers.get(n) ?? [];
      list.push(summary);
      citers.set(n, list);
    }
  }
  for (const [n, list] of [...citers].sort((a, b) => a[0] - b[0])) {
    list.sort(byRecency);
    fileOf(n).citedBy[n] = { ids: list.map((summary) => summary.number), top: list.slice(0, CODE_DETAILED).map(articleBrief) };
  }
  return files;
}
