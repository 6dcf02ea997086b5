/**
 * Excerpts as safe HTML: every character of the text escaped, and nothing
 * added but `<mark>`/`</mark>` around matched words. Pagefind's excerpts are
 * article text with `<` and `>` escaped and `<mark>` inserted, but `&` and
 * quotes left as they are; they are re-tokenised here, never trusted as HTML.
 */
import { extractCodes, impliedKeys, stripAliasTokens } from '../codes.ts';
import type { CodeSnippet } from '../search-files.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Pagefind escaped only these two in the text it marked up. */
const unescapePagefind = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * A Pagefind excerpt made safe, with the alias words of error codes removed
 * (they are index-only words, meaningless to a reader).
 */
export function sanitizeExcerpt(excerpt: string): string {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let html = '';
  let open = false;
  let marked = '';
  for (const part of parts) {
    if (part === '<mark>') {
      if (!open) (open = true), (marked = '');
      continue;
    }
    if (part === '</mark>') {
      if (open) html += wrapMark(marked);
      open = false;
      continue;
    }
    const text = escapeHtml(unescapePagefind(part));
    if (open) marked += text;
    else html += text;
  }
  if (open) html += wrapMark(marked);
  return tidy(stripAliasHtml(html));
}

function wrapMark(inner: string): string {
  const text = stripAliasTokens(inner);
  return text ? `<mark>${text}</mark>` : ' ';
}

/** Alias words are plain letters, so they survive escaping unchanged and can be removed from the HTML. */
function stripAliasHtml(html: string): string {
  return html.replace(/\bzz[xsvwru][a-p]+zz\b/g, '');
}

function tidy(html: string): string {
  return html.replace(/\s+/g, ' ').trim();
}

/**
 * An excerpt around the first place `text` spells one of `keys`, with the
 * code marked: for code results, whose Pagefind excerpt sits on the alias
 * words at the end of the section rather than on the code as written.
 */
export function codeExcerpt(text: string, keys: readonly string[], words = 24): string {
  const wanted = new Set(keys);
  const hit = extractCodes(text).find((h) => wanted.has(h.key) || impliedKeys(h.key).some((key) => wanted.has(key)));
  if (!hit) return '';
  const head = text.slice(0, hit.index);
  const rest = text.slice(hit.index + hit.text.length);
  const lead = head.split(/\s+/).filter(Boolean).slice(-Math.floor(words / 2));
  const tail = rest.split(/\s+/).filter(Boolean).slice(0, words - lead.length);
  // punctuation glued to the code ("(0xC0000005),") stays glued, outside the mark
  const gluedBefore = /\S$/.test(head) ? (lead.pop() ?? '') : '';
  const gluedAfter = /^\S/.test(rest) ? (tail.shift() ?? '') : '';
  const plain = (list: string[]) => escapeHtml(stripAliasTokens(list.join(' ')));
  return tidy(
    `${plain(lead)} ${escapeHtml(gluedBefore)}<mark>${escapeHtml(hit.text.trim())}</mark>${escapeHtml(gluedAfter)} ${plain(tail)}`,
  );
}

/** The exact-code index's words around a code as an excerpt: escaped text, the code marked; '' without a code. */
export function snippetExcerpt([before, code, after]: Readonly<CodeSnippet>): string {
  if (!code.trim()) return '';
  return tidy(`${escapeHtml(before)}<mark>${escapeHtml(code.trim())}</mark>${escapeHtml(after)}`);
}
