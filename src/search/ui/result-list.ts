/** The search results and the notice above them, built as DOM (see dom.ts). */
import type { SearchHit, SearchPage } from '../client/types.ts';
import { h } from './dom.ts';
import { excerptSegments } from './excerpt-segments.ts';
import { formatDate } from './messages.ts';
import { safeHref } from './safe-href.ts';

/** One result: title link, id · product · date, the excerpt, and the matching section. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const meta = h('p', { class: 'hit-meta' }, h('span', { class: 'hit-id' }, hit.id));
  if (hit.product) meta.append(' · ', h('span', null, hit.product));
  if (hit.date) meta.append(' · ', h('time', { datetime: hit.date }, formatDate(hit.date)));
  return h(
    'li',
    { class: 'hit' },
    h('h2', { class: 'hit-title' }, h('a', { href: safeHref(hit.url) }, hit.title || hit.id)),
    meta,
    hit.excerpt ? excerpt(hit.excerpt) : null,
    hit.section
      ? h('p', { class: 'hit-section' }, 'In section ', h('a', { href: safeHref(hit.section.url) }, hit.section.title))
      : null,
  );
}

function excerpt(html: string): HTMLParagraphElement {
  const p = h('p', { class: 'hit-excerpt' });
  for (const { text, marked } of excerptSegments(html)) p.append(marked ? h('mark', null, text) : text);
  return p;
}

/**
 * When the query named an article number the archive lacks: word that it is
 * missing, and that the results cite it. (An article it has is simply the
 * first result, its citers after it.)
 */
export function articleNotice(page: SearchPage): HTMLElement | null {
  if (page.missingArticle) {
    const cited = page.total > 0 ? ` ${page.total === 1 ? 'This article cites' : 'These articles cite'} it:` : '';
    return h(
      'div',
      { class: 'search-notice missing' },
      h('p', null, h('strong', null, page.missingArticle), ` is not in this archive.${cited}`),
    );
  }
  return null;
}
