/**
 * What the search page says about the query's words, above the results:
 * the corrections it made ("Showing results for netwrok → network; search
 * instead for …"), the suggestions when nothing matched ("Did you mean …"),
 * and the products, versions, systems and keywords it recognised, each a
 * filter to apply and a browse page to open. Built as DOM (dom.ts).
 */
import { facetUrl } from '../../facets/paginate.ts';
import { withBase } from '../../links/site-url.ts';
import type { SearchState, WordNotes } from '../client/types.ts';
import { h } from './dom.ts';
import { FILTER_LABELS } from './messages.ts';
import { hasFilter } from '../client/search-state.ts';

const searchLink = (q: string, text: string | Node = q) => h('a', { href: withBase(`/search/?${new URLSearchParams({ q })}`) }, text);

const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;

export function wordNotes(notes: WordNotes | undefined, state: SearchState): HTMLElement[] {
  if (!notes) return [];
  const out: HTMLElement[] = [];
  if (notes.corrections.length > 0) {
    const line = h('p', { class: 'search-correction' }, 'Showing results for ');
    notes.corrections.forEach(({ from, to }, i) => line.append(i > 0 ? ', ' : '', h('del', null, from), ' → ', h('strong', null, to)));
    // quoted, the words are searched exactly as typed, with no correction
    line.append('; search instead for ', searchLink(`"${state.q.replace(/"/g, '')}"`, state.q), '.');
    out.push(line);
  }
  if (notes.unknown.length > 0) {
    const words = notes.unknown.map((word) => `“${word}”`).join(', ');
    const box = h('div', { class: 'search-notice none' }, h('p', null, `No article has a word that is or begins with ${words}.`));
    if (notes.suggestions.length > 0) {
      const list = h('ul', { class: 'search-suggestions' }, ...notes.suggestions.map((q) => h('li', null, searchLink(q))));
      box.append(h('p', null, 'Did you mean:'), list);
    }
    out.push(box);
  }
  if (notes.names.length > 0) {
    const chips = notes.names.map((name) => {
      const applied = hasFilter(state, name.kind, name.label);
      return h(
        'li',
        null,
        h('button', { type: 'button', 'data-name-kind': name.kind, 'data-name-label': name.label, 'data-name-typed': name.typed.join(' '), 'aria-pressed': String(applied) }, `${FILTER_LABELS[name.kind]}: ${name.label} (${count(name.articles)})`),
        ' ',
        h('a', { href: withBase(facetUrl(name.kind, name.slug)) }, 'Browse'),
      );
    });
    out.push(h('div', { class: 'search-names' }, h('p', null, 'Filter by what the search names:'), h('ul', null, ...chips)));
  }
  return out;
}

/** The query without the words that named a filter: once the filter is on, they would only be asked of the text again. */
export function withoutNamedWords(q: string, typed: readonly string[]): string {
  const left = [...typed];
  return q
    .split(/\s+/)
    .filter((chunk) => {
      const joined = (chunk.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');
      if (left[0] !== joined) return true;
      left.shift();
      return false;
    })
    .join(' ');
}
