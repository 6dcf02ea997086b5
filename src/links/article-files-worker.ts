/**
 * Writes the data files beside the pages, in a worker thread while Astro
 * renders the pages: for every article the short-link page `/Q<n>/`, the
 * JSON `/kb/NNN/Q<n>.json` and the source text `/kb/NNN/Q<n>.txt`, and for
 * every error code its JSON `/code/<key>.json`. All come from the corpus
 * cache alone; as Astro routes each cost the main thread ~2 ms of its page
 * pipeline, here they use the core the search index leaves free.
 */
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { routeParam } from '../article/permalink.ts';
import { createFileWriter } from '../build/file-writer.ts';
import { citingArticles, loadCatalog, loadRecord, summaryById } from '../lib/corpus-cache.ts';
import { articleFacets } from '../lib/facet-index.ts';
import { similarTo } from '../lib/similar-articles.ts';
import { codeModel } from '../lib/code-model.ts';
import { codeJson } from '../codes/code-json.ts';
import { codeJsonPath } from '../codes/paths.ts';
import { answerOnce } from '../lib/worker-messages.ts';
import { articleJson } from './article-json.ts';
import { jsonPath, sourcePath } from './paths.ts';
import { shortLinkPage } from './short-link-page.ts';
import { shortPath } from './short-links.ts';

export interface ArticleFilesJob {
  /** The site's output folder; Astro has already emptied it. */
  outDir: string;
  /** The site's origin, for canonical links (`https://kb.example.org/`). */
  site: string;
}

export interface ArticleFiles {
  /** Site paths of the short-link pages (`/Q152941`), for the sitemaps and `_redirects`. */
  shortPages: string[];
  jsonFiles: number;
  /** `/code/<key>.json` files. */
  codeFiles: number;
  seconds: number;
}

async function writeArticleFiles({ outDir, site }: ArticleFilesJob): Promise<ArticleFiles> {
  const started = performance.now();
  // Astro creates folders under kb/NNN/ at the same time; the writer's recursive mkdir accepts them.
  const writeFile = createFileWriter();
  const write = (sitePath: string, text: string) => writeFile(path.join(outDir, sitePath), text);
  const catalog = loadCatalog();
  // One short page per id, for the article cross-references resolve to (the first with that id).
  const shortPages = catalog.filter((summary) => summaryById(summary.id) === summary).map((summary) => {
    const page = shortPath(summary.id);
    write(`${page}index.html`, shortLinkPage(summary, site));
    return page;
  });
  // The pages' own facet index (built once here, and shared with the code JSON below), so the JSON names
  // exactly the values the article's page links to.
  for (const summary of catalog) {
    const { permalink } = summary;
    const record = loadRecord(`/${routeParam(permalink)}/`);
    const json = articleJson(record, site, (id) => summaryById(id)?.permalink ?? null, citingArticles(record.id), articleFacets(summary), await similarTo(record.permalink));
    write(jsonPath(permalink), JSON.stringify(json));
    write(sourcePath(permalink), record.source);
  }
  const codes = codeModel();
  for (const { key } of codes.summaries) write(codeJsonPath(key), JSON.stringify(codeJson(codes, key, site)));
  return { shortPages, jsonFiles: catalog.length, codeFiles: codes.summaries.length, seconds: (performance.now() - started) / 1000 };
}

answerOnce(() => writeArticleFiles(workerData as ArticleFilesJob));
