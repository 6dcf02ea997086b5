/**
 * The similar articles and same-text twins of one article, from the corpus
 * step's `similar.json` (loaded once per build process, like the catalog).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import { cacheDir } from '../build/paths.ts';
import { SIMILAR_FILE, type SimilarEntry } from '../similar/similar-file.ts';
import { loadCatalog } from './corpus-cache.ts';

export interface SimilarListing {
  /** Best first, each with why it is listed. */
  similar: Array<{ summary: ArticleSummary; reason: string }>;
  /** The same text published under other numbers. */
  duplicates: ArticleSummary[];
}

let entries: SimilarEntry[] | undefined;
let positions: Map<string, number> | undefined;

export function similarTo(permalink: string): SimilarListing {
  const catalog = loadCatalog();
  entries ??= JSON.parse(readFileSync(path.join(cacheDir(process.cwd()), SIMILAR_FILE), 'utf8')) as SimilarEntry[];
  positions ??= new Map(catalog.map((summary, i) => [summary.permalink, i]));
  const entry = entries[positions.get(permalink) ?? -1];
  if (!entry) return { similar: [], duplicates: [] };
  const [similar, duplicates] = entry;
  return {
    similar: similar.map(([index, reason]) => ({ summary: catalog[index]!, reason })),
    duplicates: duplicates.map((index) => catalog[index]!),
  };
}
