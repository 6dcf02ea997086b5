/**
 * The search box on every page: `/` moves focus to search (unless the
 * reader is typing in a field), and a submitted query is noted so a typed
 * article number can open its article. Loaded by the base layout.
 */
import { withBase } from '../../links/site-url.ts';
import { noteSubmittedQuery } from './submitted-query.ts';

/** The header's box: on the search page it is that page's one box. */
const BOX_ID = 'site-search-q';

function searchBox(): HTMLInputElement | null {
  const box = document.getElementById(BOX_ID);
  return box instanceof HTMLInputElement && box.offsetParent !== null ? box : null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (isTyping(event.target)) return;
  const box = searchBox();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

document.getElementById(BOX_ID)?.setAttribute('aria-keyshortcuts', '/');

// Bubbles to window after the search page's own handler, which cancels the
// submits it runs in place.
window.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
  if (new URL(form.action, location.href).pathname !== withBase('/search/')) return;
  const q = new FormData(form).get('q');
  if (typeof q === 'string') noteSubmittedQuery(q);
});
