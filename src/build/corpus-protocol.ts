/** Messages between the corpus step and its parse/render workers. */
import type { ArticleSummary, Problem } from '../article/model.ts';
import type { ArticleCodeRow } from '../codes/article-code-row.ts';
import type { ArticleFeatures } from '../similar/features.ts';

export type ToWorker =
  | { type: 'parse'; root: string; files: string[] }
  | {
      type: 'render';
      cache: string;
      /** id -> permalink, for cross-references. */
      permalinks: Array<[id: string, permalink: string]>;
      /** file -> permalink of each article to render; held articles not listed are dropped. */
      published: Array<[file: string, permalink: string]>;
    };

/** One parsed file: its summary, the file it came from and its problems. */
export interface Parsed {
  file: string;
  /** Null when the file could not be read, or is too large to read: its problems say which. */
  summary: ArticleSummary | null;
  problems: Problem[];
}

export type FromWorker =
  | { type: 'parsed'; parsed: Parsed[] }
  /**
   * `codes`: what the code pages need of each rendered article (src/codes/); `features`: what similarity compares, by source file
   * (src/similar/); `split`: the articles published in more than one part, with their number of parts.
   */
  | { type: 'rendered'; written: number; codes: ArticleCodeRow[]; features: Array<[file: string, features: ArticleFeatures]>; split: Array<[file: string, parts: number]> };
