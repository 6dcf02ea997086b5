/**
 * The similar articles and same-text twins of one article, from the corpus
 * step's `similar.json` (loaded once per build process, like the catalog,
 * as soon as its worker has written it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import { cacheDir } from '../build/paths.ts';
import { SIMILAR_FILE, type SimilarEntry } from '../similar/similar-file.ts';
import { similarReady } from '../similar/similar-ready.ts';
import { loadCatalog } from './corpus-cache.ts';

export interface SimilarListing {
  /** Best first, each with why it is listed. */
  similar: Array<{ summary: ArticleSummary; reason: string }>;
  /** The same text published under other numbers. */
  duplicates: ArticleSummary[];
}

let entries: Promise<SimilarEntry[]> | undefined;
let positions: Map<string, number> | undefined;

async function loadEntries(): Promise<SimilarEntry[]> {
  await similarReady();
  return JSON.parse(readFileSync(path.join(cacheDir(process.cwd()), SIMILAR_FILE), 'utf8')) as SimilarEntry[];
}

export async function similarTo(permalink: string): Promise<SimilarListing> {
  const catalog = loadCatalog();
  entries ??= loadEntries();
  positions ??= new Map(catalog.map((summary, i) => [summary.permalink, i]));
  const entry = (await entries)[positions.get(permalink) ?? -1];
  if (!entry) return { similar: [], duplicates: [] };
  const [similar, duplicates] = entry;
  return {
    similar: similar.map(([index, reason]) => ({ summary: catalog[index]!, reason })),
    duplicates: duplicates.map((index) => catalog[index]!),
  };
}
