/**
 * Writes the word index and what the client needs around it under
 * `<outDir>/search/`: the term shards (with the names of products,
 * versions, systems and keywords a query may type), the word prefixes that
 * tell an unknown word from a partly typed one, the spelling lists typos are
 * corrected from, and a row per article for the first page of results.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSummary } from '../../article/model.ts';
import type { FacetIndex } from '../../facets/types.ts';
import { articleBrief } from '../article-index.ts';
import { shardName, shardNames } from '../code-shard.ts';
import {
  PREFIX_SHARDS,
  ROW_SHARDS,
  WORD_FILES,
  WORD_SHARDS,
  type NameEntry,
  type PrefixShardFile,
  type RowShardFile,
  type SpellingFile,
  type WordEntry,
  type WordShardFile,
} from '../search-files.ts';
import { nameTerms, prefixKey, SPELLING_LENGTHS, spellingKey } from './vocabulary.ts';

/** Names listed per first term: enough for every Windows version people type. */
const NAMES_PER_TERM = 40;
/**
 * Words in fewer articles are too likely typos themselves to be offered as a
 * correction: 3 on the whole archive, 1 on a small sample.
 */
const spellingMinDf = (articles: number) => Math.max(1, Math.round(articles / 20_000));
/** Words listed per three-letter prefix: the commonest, enough to tell a prefix from nothing. */
const PREFIX_WORDS = 200;
/** A row's description is cut here (an excerpt, not the article). */
const DESCRIPTION_MAX = 240;

export interface WordFilesInput {
  terms: Map<string, WordEntry>;
  surface: Map<string, number>;
  facets: FacetIndex;
  catalog: readonly ArticleSummary[];
  descriptions: ReadonlyMap<number, string>;
}

async function writeJson(outDir: string, urlPath: string, value: unknown): Promise<void> {
  const file = path.join(outDir, urlPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

const NAME_KINDS = ['product', 'version', 'os', 'keyword'] as const;

/** First term -> the names starting with it, most articles first. */
export function namesByFirstTerm(facets: FacetIndex): Map<string, NameEntry[]> {
  const names = new Map<string, NameEntry[]>();
  for (const kind of NAME_KINDS) {
    for (const value of facets.values[kind]) {
      const terms = nameTerms(value.label);
      if (terms.length === 0) continue;
      const list = names.get(terms[0]!) ?? [];
      list.push([terms.join(' '), kind, value.label, value.slug, value.ids.length]);
      names.set(terms[0]!, list);
    }
  }
  for (const [term, list] of names) names.set(term, list.sort((a, b) => b[4] - a[4]).slice(0, NAMES_PER_TERM));
  return names;
}

function group<T>(items: Iterable<[string, T]>, fileOf: (key: string) => string): Map<string, Record<string, T>> {
  const files = new Map<string, Record<string, T>>();
  for (const [key, value] of items) {
    const name = fileOf(key);
    let file = files.get(name);
    if (!file) files.set(name, (file = {}));
    file[key] = value;
  }
  return files;
}

export async function writeWordFiles(outDir: string, input: WordFilesInput): Promise<{ wordShards: number; spellingFiles: number }> {
  const byShard = (key: string) => shardName(key, WORD_SHARDS);
  const terms = group(input.terms, byShard);
  const names = group(namesByFirstTerm(input.facets), byShard);
  // every shard is written, empty ones too: the client asks for a term's shard before it knows the term exists
  for (const name of shardNames(WORD_SHARDS)) {
    const file: WordShardFile = { terms: terms.get(name) ?? {}, names: names.get(name) ?? {} };
    await writeJson(outDir, WORD_FILES.words(name), file);
  }

  const byDf = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  const prefixes = new Map<string, Array<[string, number]>>();
  const spelling = new Map<string, Array<[string, number]>>();
  for (const [word, df] of input.surface) {
    const prefix = prefixKey(word);
    if (prefix) {
      const list = prefixes.get(prefix) ?? [];
      list.push([word, df]);
      prefixes.set(prefix, list);
    }
    const key = df >= spellingMinDf(input.catalog.length) ? spellingKey(word) : null;
    if (key) {
      const list = spelling.get(key) ?? [];
      list.push([word, df]);
      spelling.set(key, list);
    }
  }
  const prefixFiles = group(
    [...prefixes].map(([prefix, list]): [string, Array<[string, number]>] => [prefix, list.sort(byDf).slice(0, PREFIX_WORDS)]),
    (key) => shardName(key, PREFIX_SHARDS),
  );
  for (const name of shardNames(PREFIX_SHARDS)) await writeJson(outDir, WORD_FILES.prefixes(name), (prefixFiles.get(name) ?? {}) satisfies PrefixShardFile);
  let spellingFiles = 0;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    for (let length = SPELLING_LENGTHS.min; length <= SPELLING_LENGTHS.max; length++) {
      const file: SpellingFile = (spelling.get(`${letter}${length}`) ?? []).sort(byDf);
      await writeJson(outDir, WORD_FILES.spelling(letter, length), file);
      spellingFiles++;
    }
  }

  const rows = group(
    input.catalog.map((summary): [string, RowShardFile[string]] => {
      const [title, product, date, permalink = ''] = articleBrief(summary);
      return [String(summary.number), [title, product, date, permalink, cut(input.descriptions.get(summary.number) ?? '', DESCRIPTION_MAX)]];
    }),
    (key) => shardName(key, ROW_SHARDS),
  );
  for (const name of shardNames(ROW_SHARDS)) await writeJson(outDir, WORD_FILES.rows(name), rows.get(name) ?? {});
  return { wordShards: WORD_SHARDS, spellingFiles };
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, at > max / 2 ? at : max - 1)}…`;
}
