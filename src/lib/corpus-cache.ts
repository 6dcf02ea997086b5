/**
 * The page side of the corpus cache: the catalog, loaded once per build
 * process, and one article record at a time, so memory stays flat however
 * many articles there are.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, ArticleSummary } from '../article/model.ts';
import { prefersForId } from '../article/permalink.ts';
import { CATALOG } from '../build/build-corpus.ts';
import { cacheDir, recordFile } from '../build/paths.ts';

const cache = () => cacheDir(process.cwd());

let catalog: ArticleSummary[] | undefined;
let byId: Map<string, ArticleSummary> | undefined;
let citedBy: Map<string, ArticleSummary[]> | undefined;

export function loadCatalog(): ArticleSummary[] {
  catalog ??= JSON.parse(readFileSync(path.join(cache(), CATALOG), 'utf8')) as ArticleSummary[];
  return catalog;
}

export function loadRecord(permalink: string): ArticleRecord {
  return JSON.parse(readFileSync(recordFile(cache(), permalink), 'utf8')) as ArticleRecord;
}

/** The article an id means: the first with that id, as cross-references resolve (see assign-permalinks). */
export function summaryById(id: string): ArticleSummary | undefined {
  if (!byId) {
    byId = new Map();
    for (const summary of loadCatalog()) {
      const first = byId.get(summary.id);
      if (!first || prefersForId(summary.id, first, summary)) byId.set(summary.id, summary);
    }
  }
  return byId.get(id);
}

/** The articles that cite `id`, computed once for the whole corpus, oldest id first. */
export function citingArticles(id: string): ArticleSummary[] {
  if (!citedBy) {
    citedBy = new Map();
    for (const summary of loadCatalog()) {
      for (const target of summary.references) {
        if (target === summary.id) continue;
        const list = citedBy.get(target) ?? [];
        list.push(summary);
        citedBy.set(target, list);
      }
    }
    // By number, whatever order the catalog keeps (path order puts kb/000/Q10 before kb/000/Q9).
    for (const list of citedBy.values()) list.sort((a, b) => a.number - b.number || (a.permalink < b.permalink ? -1 : 1));
  }
  return citedBy.get(id) ?? [];
}
