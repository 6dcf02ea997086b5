/** Messages between the corpus step and its parse/render workers. */
import type { ArticleSummary, Problem } from '../article/model.ts';

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
  | { type: 'rendered'; written: number };
