/** SearchHits made from the briefs the static indexes carry. */
import { articleIdFor, permalinkFor } from '../../article/permalink.ts';
import type { ArticleBrief } from '../search-files.ts';
import type { SearchHit } from './types.ts';

/** `excerpt`: safe HTML (escaped text, `<mark>` added). */
export function briefHit(number: number, [title, product, date, permalink]: ArticleBrief, section?: { slug: string; title: string }, excerpt = ''): SearchHit {
  const url = permalink || permalinkFor(number);
  const deep = section?.slug ? { title: section.title, url: `${url}#${encodeURIComponent(section.slug)}` } : null;
  return { id: articleIdFor(number), title, url: deep?.url ?? url, product, date: date || null, excerpt, section: deep };
}
