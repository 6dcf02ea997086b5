/**
 * A corpus worker: parses its share of the sources, keeps the models, and once
 * the main thread knows every article's permalink, renders and caches them.
 * Holding the models between the two phases means each file is read, parsed
 * and rendered exactly once, on both cores.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeSource } from '../article/decode-source.ts';
import { parseArticle } from '../article/parse-article.ts';
import { toHtml } from 'hast-util-to-html';
import { renderSectionTree } from '../article/render-article.ts';
import { partPath, splitParts } from '../article/split-parts.ts';
import { toRecord } from '../article/to-record.ts';
import { summarize } from '../article/summarize.ts';
import type { Article, Problem } from '../article/model.ts';
import { answerRequests } from '../lib/worker-messages.ts';
import type { FromWorker, Parsed, ToWorker } from './corpus-protocol.ts';
import { articleFeatures, type ArticleFeatures } from '../similar/features.ts';
import { articleCodes, codesToJson } from '../search/article-codes.ts';
import { createFileWriter } from './file-writer.ts';
import { MAX_READ_BYTES, MAX_SOURCE_BYTES, recordFile, similarWanted } from './paths.ts';
import { articleCodeRow, type ArticleCodeRow } from '../codes/article-code-row.ts';
import { withBase } from '../links/site-url.ts';

const held: Array<{ file: string; article: Article; text: string }> = [];

function parse(root: string, files: string[]): Parsed[] {
  const parsed: Parsed[] = [];
  for (const file of files) {
    const problem = (kind: Problem['kind'], message: string): Problem => ({ kind, file, line: 1, message });
    let bytes: Buffer;
    try {
      const size = statSync(path.join(root, file)).size;
      if (size > MAX_READ_BYTES) {
        parsed.push({ file, summary: null, problems: [problem('file-too-large', `${megabytes(size)}, over the ${megabytes(MAX_READ_BYTES)} a file may have to be read at all; not published`)] });
        continue;
      }
      bytes = readFileSync(path.join(root, file));
    } catch (error) {
      parsed.push({ file, summary: null, problems: [problem('unreadable', `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); not published`)] });
      continue;
    }
    const decoded = decodeSource(bytes, file);
    const article = parseArticle(decoded.text, file);
    article.problems.unshift(...decoded.problems);
    const large = bytes.length > MAX_SOURCE_BYTES;
    if (large) {
      article.problems.unshift(problem('file-too-large', `${megabytes(bytes.length)}, over the ${megabytes(MAX_SOURCE_BYTES)} limit of an article; published (its page holds the text once; the source is its own file)`));
    }
    held.push({ file, article, text: decoded.text });
    parsed.push({ file, summary: summarize(article), problems: article.problems });
  }
  return parsed;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function render(message: Extract<ToWorker, { type: 'render' }>): Extract<FromWorker, { type: 'rendered' }> {
  const permalinks = new Map(message.permalinks);
  const published = new Map(message.published);
  // Cross-references are links in the page's HTML, so they go under the site's base (the cache is rebuilt each build).
  const resolve = (id: string) => {
    const permalink = permalinks.get(id);
    return permalink === undefined ? null : withBase(permalink);
  };
  const write = createFileWriter();
  const codes: ArticleCodeRow[] = [];
  let written = 0;
  const features: Array<[string, ArticleFeatures]> = [];
  const withSimilar = similarWanted();
  const split: Array<[string, number]> = [];
  for (const { file, article, text } of held) {
    const permalink = published.get(file);
    if (permalink === undefined) continue;
    article.permalink = permalink;
    written++;
    const tree = renderSectionTree(article, resolve);
    const html = toHtml(tree);
    const record = toRecord(article, html, text);
    const parts = splitParts(tree, html, (k) => withBase(partPath(permalink, k)));
    if (parts) {
      record.parts = parts;
      split.push([file, parts.length]);
    }
    // One code extraction serves the code pages, similarity and (through the record) the search index.
    const found = articleCodes(record);
    record.codes = codesToJson(found);
    write(recordFile(message.cache, article.permalink), JSON.stringify(record));
    codes.push(articleCodeRow(file, record, found));
    if (withSimilar) features.push([file, articleFeatures(record, summarize(article), found.counts.keys())]);
  }
  held.length = 0;
  return { type: 'rendered', written, codes, features, split };
}

answerRequests((message: ToWorker): FromWorker => (message.type === 'parse' ? { type: 'parsed', parsed: parse(message.root, message.files) } : render(message)));
