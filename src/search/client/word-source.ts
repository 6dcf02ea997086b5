/**
 * The results of a word-index answer as a result source: its own list from
 * the article rows; past the end of a list the index cut (a word in more
 * articles than it lists), Pagefind's, without the articles already listed.
 */
import type { ResultSource } from './result-source.ts';
import { rowHits } from './row-hits.ts';
import type { WordAnswer } from './word-search.ts';
import { articleIdFor } from '../../article/permalink.ts';

export function wordSource(answer: Extract<WordAnswer, { kind: 'ranked' }>, pagefind: () => Promise<ResultSource>): ResultSource {
  const own = answer.ids;
  const listed = new Set(own.map(articleIdFor));
  let rest: Promise<ResultSource> | undefined;
  let total = answer.total;
  return {
    get total() {
      return total;
    },
    async page(offset, limit) {
      const hits = await rowHits(own.slice(offset, offset + limit), answer.terms);
      const need = limit - Math.max(0, Math.min(limit, own.length - offset));
      if (answer.complete || need <= 0) return hits;
      rest ??= pagefind();
      const source = await rest;
      // Pagefind's count is exact; its list holds this one's articles too, wherever it ranks them
      total = Math.max(own.length, source.total);
      const from = Math.max(0, offset - own.length);
      const more = await source.page(from, need + Math.min(own.length, 20));
      return [...hits, ...more.filter((hit) => !listed.has(hit.id)).slice(0, need)];
    },
  };
}
