/**
 * Error codes for search: one normalisation shared by the index and the query.
 *
 * The index side runs `extractCodes` over an article's text, files the
 * article under `indexKeys(hits)` and `numberKeys(text)` in the exact-code
 * index, and writes `aliasTokens(indexKeys(hits))` into the HTML Pagefind
 * indexes; the query side runs `canonicalTerms` over what the user typed and
 * looks the same keys up. Keys: `0xc0000005` (any 32-bit status value),
 * `stop-0x0000000a`, `event-9405`, `wsa-10060`, `error-1311`, and `n-9405`
 * (that number as a whole token, in a code or anywhere else).
 */
import { parseArticleNumber } from './article-number.ts';
import { numberKey, scanCodes, type CodeHit, type CodeKind } from './code-rules.ts';

export type { CodeHit, CodeKind };

/** Every error code in an article's text, in order of position. */
export function extractCodes(text: string): CodeHit[] {
  return scanCodes(text, false);
}

/**
 * The broader keys a key also answers to: a STOP code is a status value, a
 * Winsock error is an error, and every decimal code is its bare number.
 */
export function impliedKeys(key: string): string[] {
  const m = /^(stop|wsa|error|event)-(.+)$/.exec(key);
  if (!m) return [];
  const [, kind, value] = m;
  if (kind === 'stop') return [value!];
  if (kind === 'wsa') return [`error-${value}`, `n-${value}`];
  return [`n-${value}`];
}

/** The distinct keys an article is indexed under: its hits' keys and all they imply. */
export function indexKeys(hits: Iterable<CodeHit>): string[] {
  const keys = new Set<string>();
  for (const hit of hits) {
    keys.add(hit.key);
    for (const key of impliedKeys(hit.key)) keys.add(key);
  }
  return [...keys].sort();
}

const KIND_LETTER: Record<string, string> = { hex: 'x', stop: 's', event: 'v', wsa: 'w', error: 'r', n: 'u' };

/**
 * The word written into the indexed text for a key: `0xc0000005` ->
 * `zzxcgggggglzz`. Pagefind matches every query word as a prefix, so the `zz`
 * ends keep any alias from being a prefix of another (`10060` cannot reach
 * `100608`) and sort them after all English words, into the last index chunk.
 * Digits are spelt as letters (0-9 -> g-p) because Pagefind 1.6 splits a word
 * at letter/digit boundaries and indexes the pieces too: a readable
 * `zz0xc0000005zz` would add the words `zz`, `xc` and `0000005` to the index.
 */
export function aliasToken(key: string): string {
  const hex = /^(?:(stop)-)?0x([0-9a-f]{8})$/.exec(key);
  const decimal = /^(event|wsa|error|n)-(\d+)$/.exec(key);
  const kind = hex ? (hex[1] ?? 'hex') : decimal?.[1];
  const value = hex ? hex[2] : decimal?.[2];
  if (kind === undefined || value === undefined) throw new Error(`not a code key: ${key}`);
  const letters = value.replace(/\d/g, (digit) => String.fromCharCode(103 + Number(digit)));
  return `zz${KIND_LETTER[kind]}${letters}zz`;
}

/**
 * The alias words to write into an article's indexed text for its keys, once
 * each. Bare-number keys get none: the exact-code index answers a lone number,
 * and Pagefind's quoted search already matches a number as a whole word.
 */
export function aliasTokens(keys: Iterable<string>): string[] {
  return [...new Set([...keys].filter((key) => !key.startsWith('n-')).map(aliasToken))];
}

/**
 * `n-` keys for the whole-token numbers of 3-8 digits in a text, so a lone
 * number finds every article that has it (`9405` in "Additional query words:
 * 9405" too), never one that merely has a longer number. Versions (4.00.950),
 * thousands (1,000), numbers glued to letters (Q151261, x86) and zero-led
 * dump words (00000098) are not numbers here.
 */
export function numberKeys(text: string): string[] {
  return [...new Set(numberMentions(text).map((mention) => mention.key))];
}

/** `numberKeys` once per occurrence, with where it is written, for counting mentions. */
export function numberMentions(text: string): Array<{ key: string; index: number; length: number }> {
  return [...text.matchAll(/(?<![0-9a-z.,_])([1-9]\d{2,7})(?![0-9a-z_]|[.,]\d)/gi)].map((m) => ({ key: numberKey(m[1]!), index: m.index, length: m[0].length }));
}

const ALIAS = /\bzz[xsvwru][a-p]+zz\b/g;

/** Text with alias words removed, for showing an excerpt that matched them. */
export function stripAliasTokens(text: string): string {
  return text.replace(ALIAS, '').replace(/[ \t]{2,}/g, ' ').trim();
}

export interface QueryTerms {
  /** A candidate article number (it may not exist in the archive). */
  articleNumber?: number;
  /** Keys that all must match, none implied by another (`STOP 0xA` gives only `stop-0x0000000a`). */
  codes: string[];
  /** What is left for full-text search. */
  rest: string;
}

/**
 * Split a query into an article number, error-code keys and the remaining
 * words. A query of nothing but numbers (`10060`, `9405`) asks for each as a
 * whole token (`n-` keys); numbers among other words stay words.
 */
export function canonicalTerms(query: string): QueryTerms {
  let articleNumber = parseArticleNumber(query) ?? undefined;
  if (articleNumber !== undefined && /^\s*(?:q|kb)/i.test(query)) return { articleNumber, codes: [], rest: '' };

  const spans: Array<[number, number]> = [];
  if (articleNumber === undefined) {
    const inline = /(?<![0-9a-z])(?:q|kb)\s?0*(\d{5,7})(?![0-9a-z])/i.exec(query);
    if (inline) {
      articleNumber = Number(inline[1]);
      spans.push([inline.index, inline.index + inline[0].length]);
    }
  }

  const keys: string[] = [];
  const articleSpans = [...spans];
  for (const hit of scanCodes(query, true)) {
    if (overlaps(articleSpans, hit.index)) continue;
    keys.push(hit.key);
    spans.push([hit.index, hit.index + hit.text.length]);
  }

  let rest = removeSpans(query, spans);
  if (/^(?:\d+[\s,;]*)+$/.test(rest)) {
    for (const digits of rest.match(/\d+/g) ?? []) keys.push(numberKey(digits));
    rest = '';
  }
  // "socket error 10060", "Event IDs 4032 and 4057": the labels were part of the codes
  if (keys.length > 0) rest = rest.split(' ').filter((word) => !CODE_LABEL.test(word)).join(' ');

  const unique = [...new Set(keys)];
  const implied = new Set(unique.flatMap(impliedKeys));
  const result: QueryTerms = { codes: unique.filter((key) => !implied.has(key)), rest };
  if (articleNumber !== undefined) result.articleNumber = articleNumber;
  return result;
}

const CODE_LABEL =
  /^(?:a|an|and|or|the|socket|sockets|winsock|error|errors|err|code|event|id|ids|stop|bugcheck|number|exception|hr|hresult|ntstatus|status)[.:,=]?$/i;

/**
 * The string to hand to Pagefind: code keys as their alias words, bare
 * numbers as themselves, then the rest. A lone number is quoted, which makes
 * Pagefind match it as a whole word instead of as a prefix.
 *
 * Only keys the exact-code index holds (`indexed`) become aliases: Pagefind
 * answers a word it does not have with the longest indexed word that is a
 * prefix of it, so an unknown alias would match every article with a `z`.
 */
export function pagefindQuery(terms: QueryTerms, indexed: (key: string) => boolean): string {
  const numbers = terms.codes.filter((key) => key.startsWith('n-')).map((key) => key.slice(2));
  const aliases = aliasTokens(terms.codes.filter(indexed));
  // The indexer keeps only letters and digits of a word ("Schedule+" -> schedule,
  // "Word_Boundaries" -> wordboundaries) but the query normaliser deletes only
  // punctuation, not symbols or "_": delete those here so both sides agree.
  const rest = terms.rest.replace(/[\p{S}\p{Pc}]/gu, '').replace(/\s+/g, ' ').trim();
  const words = [...aliases, ...numbers, rest].filter(Boolean);
  return words.length === 1 && numbers.length === 1 ? `"${numbers[0]}"` : words.join(' ');
}

function overlaps(spans: ReadonlyArray<[number, number]>, index: number): boolean {
  return spans.some(([from, to]) => index >= from && index < to);
}

function removeSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  let kept = '';
  let at = 0;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (from > at) kept += `${text.slice(at, from)} `;
    at = Math.max(at, to);
  }
  kept += text.slice(at);
  // drop what the codes left behind: brackets, commas, a dangling "#"
  return kept
    .split(/\s+/)
    .filter((word) => /[0-9a-z]/i.test(word))
    .join(' ');
}
