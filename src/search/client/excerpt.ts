/**
 * Excerpts: runs of article text, some marked, made into HTML the one way,
 * through src/lib/html.ts (hast-util-to-html escapes every character of the
 * text; nothing is added but `<mark>` elements). Pagefind's excerpts are
 * article text with `<` and `>` escaped and `<mark>` inserted, but `&` and
 * quotes left as they are; they are read back into runs here, never trusted
 * as HTML.
 *
 * What the index holds before a section's words is not text a reader needs
 * again: the title and number open every indexed article, and Pagefind ends
 * each heading with a period, so an excerpt could start "…Windows 98.
 * Q108729." or "SYMPTOMS. When you…". Those labels are cut from the start of
 * an excerpt (`withoutLeadingLabels`); an article found by its title alone
 * shows how its text begins (`openingRuns`).
 */
import type { ElementContent } from 'hast';
import { element, serialise } from '../../lib/html.ts';
import { extractCodes, impliedKeys, stripAliasTokens } from '../codes.ts';
import type { CodeSnippet } from '../search-files.ts';

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/** Words in an excerpt, as many as Pagefind shows (`excerptLength` in pagefind.ts). */
export const EXCERPT_WORDS = 30;

/** Alias words of error codes: plain letters, index-only, meaningless to a reader. */
const ALIAS_WORD = /\bzz[xsvwru][a-p]+zz\b/g;

/**
 * Whitespace collapsed across runs, ends trimmed, empty runs dropped and
 * neighbours of one kind joined; a mark left holding only space is no mark.
 */
export function tidyRuns(runs: readonly ExcerptRun[]): ExcerptRun[] {
  const out: ExcerptRun[] = [];
  for (const run of runs) {
    let text = run.text.replace(/\s+/g, ' ');
    const marked = run.marked && text.trim() !== '';
    const last = out.at(-1);
    if (!last || last.text.endsWith(' ')) text = text.replace(/^ /, '');
    if (!text) continue;
    if (last && last.marked === marked) last.text += text;
    else out.push({ text, marked });
  }
  const last = out.at(-1);
  if (last) last.text = last.text.replace(/ $/, '');
  return out.filter((run) => run.text !== '');
}

/** The runs as HTML: escaped text, marked runs in `<mark>`; '' for none. */
export function runsHtml(runs: readonly ExcerptRun[]): string {
  const nodes: ElementContent[] = tidyRuns(runs).map(({ text, marked }) => (marked ? element('mark', {}, [text]) : { type: 'text', value: text }));
  return serialise(nodes);
}

/** Plain text as an excerpt of one unmarked run. */
export function textExcerpt(text: string): string {
  return runsHtml([{ text, marked: false }]);
}

/** Pagefind escaped only these two in the text it marked up. */
const unescapePagefind = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** A Pagefind excerpt as runs: only its bare `<mark>` and `</mark>` count as markup; alias words removed. */
export function pagefindRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let open = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      // a mark between two runs of text leaves a space where it held only alias words
      open = part === '<mark>';
      continue;
    }
    const text = unescapePagefind(part);
    runs.push(open ? { text: stripAliasTokens(text) || ' ', marked: true } : { text: text.replace(ALIAS_WORD, ''), marked: false });
  }
  return tidyRuns(runs);
}

/** A Pagefind excerpt made safe, with the alias words of error codes removed. */
export function sanitizeExcerpt(excerpt: string): string {
  return runsHtml(pagefindRuns(excerpt));
}

const bare = (word: string) => word.replace(/[.:!?]+$/, '');

/** The runs without their first `chars` characters. */
function dropChars(runs: readonly ExcerptRun[], chars: number): ExcerptRun[] {
  const out: ExcerptRun[] = [];
  let left = chars;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return tidyRuns(out);
}

/**
 * The runs without the labels the index put before the text: while the
 * excerpt starts with the end of a label (all of it, or its last words when
 * Pagefind's window began inside it) closed by a period, that much is cut.
 * `labels`: the title, the article number, the headings.
 */
export function withoutLeadingLabels(runs: readonly ExcerptRun[], labels: readonly string[]): ExcerptRun[] {
  const wordsOf = labels.map((label) => label.split(/\s+/).filter(Boolean)).filter((words) => words.length > 0);
  let current = tidyRuns(runs);
  for (let cut = true; cut; ) {
    cut = false;
    const text = current.map((run) => run.text).join('');
    const words = [...text.matchAll(/\S+/g)];
    for (const label of wordsOf) {
      for (let k = Math.min(label.length, words.length); k > 0 && !cut; k--) {
        const last = words[k - 1]!;
        // the period closing a label is the index's glue; without it the words are the text's own
        if (!/[.:!?]$/.test(last[0])) continue;
        if (words.slice(0, k).every((word, i) => bare(word[0]) === bare(label[label.length - k + i]!))) {
          current = dropChars(current, last.index + last[0].length);
          cut = true;
        }
      }
      if (cut) break;
    }
  }
  return current;
}

/**
 * How an article's text begins, for a result whose words matched only its
 * title: the content's words from its first heading (`from`, Pagefind's word
 * location), labels cut, alias words removed.
 */
export function openingRuns(content: string, labels: readonly string[], from = 0, words = EXCERPT_WORDS): ExcerptRun[] {
  const all = stripAliasTokens(content).split(/\s+/).filter(Boolean);
  const window = all.slice(from, from + words + 2 * labels.join(' ').split(/\s+/).length);
  const runs = withoutLeadingLabels([{ text: window.join(' '), marked: false }], labels);
  const text = runs.map((run) => run.text).join('').split(' ').slice(0, words).join(' ');
  return text ? [{ text, marked: false }] : [];
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
  const plain = (list: string[]) => stripAliasTokens(list.join(' '));
  return runsHtml([
    { text: `${plain(lead)} ${gluedBefore}`, marked: false },
    { text: hit.text.trim(), marked: true },
    { text: `${gluedAfter} ${plain(tail)}`, marked: false },
  ]);
}

/** The exact-code index's words around a code as an excerpt, the code marked; '' without a code. */
export function snippetExcerpt([before, code, after]: Readonly<CodeSnippet>): string {
  if (!code.trim()) return '';
  return runsHtml([
    { text: before, marked: false },
    { text: code.trim(), marked: true },
    { text: after, marked: false },
  ]);
}
