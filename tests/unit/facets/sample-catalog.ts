/** The catalog of the sample site in content/, made by the parser as the build makes it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { decodeSource } from '../../../src/article/decode-source.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { summarize } from '../../../src/article/summarize.ts';
import { scanSources } from '../../../src/build/scan-sources.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

export async function sampleCatalog(): Promise<ArticleSummary[]> {
  const files = scanSources(CONTENT).files;
  return files.map((file) => summarize(parseArticle(decodeSource(readFileSync(path.join(CONTENT, file)), file).text, file)));
}
