/**
 * The exact-code index: key -> every article with that error code or whole
 * number, ranked, spread over CODE_SHARDS files by `shardName(key)`. A code
 * query fetches one small file per key and needs neither Pagefind nor its
 * wasm. Articles are added one at a time as the index worker reads them; only
 * the postings are kept, titles come from the catalog at the end.
 */
import type { ArticleBrief, CodeEntry, CodeShardFile, CodeSnippet } from './search-files.ts';
import { CODE_DETAILED, CODE_MAX_ARTICLES, CODE_SHARDS } from './search-files.ts';
import type { ArticleCodes } from './article-codes.ts';
import { shardName } from './code-shard.ts';

export type RankFields = Pick<Posting, 'number' | 'inTitle' | 'mentions' | 'date'>;

interface Posting {
  number: number;
  inTitle: boolean;
  mentions: number;
  date: string;
  section: { slug: string; title: string } | undefined;
  snippet: CodeSnippet | undefined;
}

/** The key in the title first, then more mentions, then newer, then the lower number (the code pages rank by it too). */
export function byRank(a: RankFields, b: RankFields): number {
  return (
    Number(b.inTitle) - Number(a.inTitle) ||
    b.mentions - a.mentions ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    a.number - b.number
  );
}

export interface CodeIndex {
  add(number: number, date: string | null, codes: Pick<ArticleCodes, 'counts' | 'inTitle' | 'firstSection' | 'firstMention'>): void;
  /** Shard name -> file; `brief` gives the title etc. of an article number. */
  shards(brief: (number: number) => ArticleBrief): Map<string, CodeShardFile>;
}

export function createCodeIndex(): CodeIndex {
  const postings = new Map<string, Posting[]>();
  return {
    add(number, date, codes) {
      for (const [key, mentions] of codes.counts) {
        let list = postings.get(key);
        if (!list) postings.set(key, (list = []));
        list.push({ number, inTitle: codes.inTitle.has(key), mentions, date: date ?? '', section: codes.firstSection.get(key), snippet: codes.firstMention.get(key) });
      }
    },
    shards(brief) {
      const files = new Map<string, CodeShardFile>();
      for (const key of [...postings.keys()].sort()) {
        const list = postings.get(key)!;
        const name = shardName(key, CODE_SHARDS);
        let file = files.get(name);
        if (!file) files.set(name, (file = {}));
        if (list.length > CODE_MAX_ARTICLES) {
          file[key] = { common: list.length };
          continue;
        }
        list.sort(byRank);
        const entry: CodeEntry = {
          ids: list.map((posting) => posting.number),
          top: list.slice(0, CODE_DETAILED).map((posting) => {
            const [title, product, date, permalink = ''] = brief(posting.number);
            return [title, product, date, permalink, posting.section?.slug ?? '', posting.section?.title ?? '', ...(posting.snippet ?? ['', '', ''])];
          }),
        };
        file[key] = entry;
      }
      return files;
    },
  };
}
