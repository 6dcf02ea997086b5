/** The sample articles the e2e build was made from, read from the corpus cache it wrote. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../../src/article/model.ts';

export function loadSampleCatalog(): ArticleSummary[] {
  return JSON.parse(readFileSync(path.join('.cache', 'kb-archive', 'catalog.json'), 'utf8')) as ArticleSummary[];
}
