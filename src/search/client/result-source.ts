/**
 * A ranked list of hits that can be paged without building all of it: the
 * article-number lead, an exact-code list, a Pagefind result list, or one of
 * these followed by another.
 */
import type { SearchHit } from './types.ts';

export interface ResultSource {
  total: number;
  page(offset: number, limit: number): Promise<SearchHit[]>;
}

export const emptySource: ResultSource = { total: 0, page: async () => [] };

export function listSource(hits: SearchHit[]): ResultSource {
  return { total: hits.length, page: async (offset, limit) => hits.slice(offset, offset + limit) };
}

/** `first`, then `second` without the hits `first` already listed. */
export function concatSources(first: ResultSource, second: ResultSource, firstIds: ReadonlySet<string>): ResultSource {
  return {
    total: first.total + second.total,
    async page(offset, limit) {
      const head = offset < first.total ? await first.page(offset, limit) : [];
      const from = Math.max(0, offset - first.total);
      const need = limit - head.length;
      const tail = need > 0 ? await second.page(from, need) : [];
      return [...head, ...tail.filter((hit) => !firstIds.has(hit.id))];
    },
  };
}
