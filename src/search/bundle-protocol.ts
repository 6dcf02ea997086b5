/** Messages between the index worker and a Pagefind bundle worker (bundle-worker.ts). */

/** A search document for the indexer; `source` names the article in error messages. */
export interface BundleFile {
  url: string;
  content: string;
  source: string;
}

export type BundleRequest =
  | { type: 'add'; files: BundleFile[] }
  | { type: 'write'; outputPath: string }
  | { type: 'close' };

export interface BundleReply {
  errors: string[];
}
