/**
 * Writes the article-number and exact-code indexes and the search meta file
 * under `<outDir>/search/`, next to the Pagefind bundles.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../article/model.ts';
import { articleBrief, buildArticleFolders } from './article-index.ts';
import type { CodeIndex } from './code-index.ts';
import { shardNames } from './code-shard.ts';
import { addCodeMeanings } from '../codes/shard-meanings.ts';
import { CODE_SHARDS, SEARCH_FILES, type SearchMeta } from './search-files.ts';

export interface WrittenSearchFiles {
  articleFolders: number;
  codeShards: number;
}

async function writeJson(outDir: string, urlPath: string, value: unknown): Promise<void> {
  const file = path.join(outDir, urlPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

/** `leads`: article number -> the first sentence of its text, as `buildArticleFolders` takes it. */
export async function writeSearchFiles(
  outDir: string,
  catalog: readonly ArticleSummary[],
  codes: CodeIndex,
  meta: SearchMeta,
  leads: ReadonlyMap<number, string> = new Map(),
): Promise<WrittenSearchFiles> {
  const folders = buildArticleFolders(catalog, leads);
  for (const [folder, file] of folders) await writeJson(outDir, SEARCH_FILES.articleFolder(folder), file);
  const byNumber = new Map(catalog.map((summary) => [summary.number, summary]));
  const shards = addCodeMeanings(codes.shards((n) => articleBrief(byNumber.get(n)!)));
  // every shard, empty ones too: the client asks for a key's shard before it knows the key exists,
  // and a 404 is an error in the browser's console
  for (const name of shardNames(CODE_SHARDS)) await writeJson(outDir, SEARCH_FILES.codeShard(name), shards.get(name) ?? {});
  await writeJson(outDir, SEARCH_FILES.meta, meta);
  return { articleFolders: folders.size, codeShards: CODE_SHARDS };
}
