/**
 * The lossless check: every non-space character of a source body must reach
 * the page, in order. The only characters that may be missing are structure:
 * heading underlines and separator lines, list bullets and numbers, the
 * labels of header and footer fields (`Product(s):`, `Keywords          :`,
 * `Additional query words:`, `The information in this article applies to:`),
 * the separators `|` `,` `;` between header and footer values, and the
 * header's `Article: Qnnn` (the page shows the id in its title). The front
 * matter, the `## Qnnn: title` line and the raw markers are not body.
 *
 * Page contract (the order in which a page must show the text): the text
 * first, then the article's details, so a reader meets the answer before
 * the bookkeeping:
 *   1. the sections (renderSections), the lead starting with any unknown header lines;
 *   2. header values: products, versions, operating systems, keywords, last modified;
 *   3. the applies-to lines;
 *   4. the additional query words;
 *   5. footer values: Keywords, Technology, Version, Issue type, Solution Type, then other fields in source order.
 * A Last Modified date the parser reads is shown the site's one way
 * (`29-MAR-1999` as `29 Mar 1999`, see dates.ts): the page must show that
 * form. One it cannot read must be shown as written.
 * `renderedArticleText` builds exactly that from the model; a built page can
 * be checked with `checkLossless(source, htmlToText(page), { allowExtra: true })`,
 * which tolerates the page's own labels and chrome between the values.
 */
import type { Article } from './model.ts';
import { readFrontMatter } from './front-matter.ts';
import { extractBody, splitLines, type BodyLine } from './source-body.ts';
import { FOOTER_LABELS, orderedFooter, orderedHeader, QUERY_WORDS, splitZones, type Field } from './zones.ts';
import { isRuleLine, listMarker } from './line-shapes.ts';
import { htmlToText } from './html-text.ts';
import { displayDate, parseKbDate } from './dates.ts';

/** A run of source characters (white space removed) that the page must show, or may drop. */
export interface Piece {
  text: string;
  optional: boolean;
  /** 1-based source line. */
  line: number;
}

export interface LosslessResult {
  ok: boolean;
  /** Where the page first stops following the source. */
  firstMismatch?: { line: number; expected: string; found: string };
}

const VALUE_SEPARATOR = /[|,;]/;

/** The source body as pieces, in the order of the page contract. */
export function expectedPieces(source: string): Piece[] {
  const lines = splitLines(source);
  const body = extractBody(lines, readFrontMatter(lines, '').end, '');
  const zones = splitZones(body.lines);
  const pieces: Piece[] = [];
  for (const line of [...zones.headerExtra, ...zones.main]) addBodyLine(pieces, line);
  for (const field of orderedHeader(zones.header)) {
    if (field.label === 'Article') addText(pieces, field.source.text, field.source.line, true);
    else if (field.label === 'Last Modified') addDate(pieces, field);
    else addField(pieces, field);
  }
  for (const line of zones.appliesTo ?? []) {
    const label = /^The information in this article applies to:|^\s*-(?:\s+|$)/.exec(line.text)?.[0] ?? '';
    addText(pieces, label, line.line, true);
    addBodyLine(pieces, { text: line.text.slice(label.length), line: line.line });
  }
  zones.queryWords.forEach((line, k) => {
    const label = k === 0 ? (QUERY_WORDS.exec(line.text)?.[0] ?? '') : '';
    addText(pieces, label, line.line, true);
    addBodyLine(pieces, { text: line.text.slice(label.length), line: line.line });
  });
  const { known, other } = orderedFooter(zones.footer);
  for (const label of FOOTER_LABELS) {
    const field = known.get(label);
    if (field) addField(pieces, field);
  }
  for (const field of other) addField(pieces, field);
  return pieces;
}

/** The required characters of the source body in page order: the source minus what may be dropped, white space removed. */
export function expectedBodyText(source: string): string {
  return expectedPieces(source)
    .filter((piece) => !piece.optional)
    .map((piece) => piece.text)
    .join('');
}

/** The text of a page that follows the contract, built from the model and the rendered sections. */
export function renderedArticleText(article: Article, sectionsHtml: string): string {
  const { header, footer } = article;
  return [
    htmlToText(sectionsHtml),
    header.products.join(' '),
    header.versionsRaw,
    header.operatingSystems.join(' '),
    header.keywords.join(' '),
    shownDate(header),
    ...article.appliesTo,
    article.additionalQueryWords,
    footer.keywords.join(' '),
    footer.technology.join(' '),
    footer.version,
    footer.issueType,
    footer.solutionType,
    ...footer.other.map(({ value }) => value),
  ].join('\n');
}

/**
 * Strict (default): the rendered text, white space removed, must be the
 * source's pieces with some optional ones left out, nothing else.
 * `allowExtra`: the required pieces must appear in order, anything may come
 * between them (for whole pages with labels and navigation).
 */
export function checkLossless(source: string, renderedText: string, options: { allowExtra?: boolean } = {}): LosslessResult {
  const pieces = expectedPieces(source);
  const target = renderedText.replace(/\s+/g, '');
  return options.allowExtra ? matchInOrder(pieces, target) : matchExactly(pieces, target);
}

function addText(pieces: Piece[], text: string, line: number, optional: boolean): void {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return;
  const last = pieces[pieces.length - 1];
  // Runs of required text merge; optional runs stay apart so each can be dropped on its own.
  if (!optional && last && !last.optional && last.line === line) last.text += compact;
  else pieces.push({ text: compact, optional, line });
}

/** A main-text line: a separator line may go, so may leading list markers (`1. a. text` nests two lists); the rest must stay. */
function addBodyLine(pieces: Piece[], { text, line }: BodyLine): void {
  if (isRuleLine(text)) return addText(pieces, text, line, true);
  let start = 0;
  for (let marker = listMarker(text); marker; marker = listMarker(text.slice(start))) {
    addText(pieces, text.slice(start, start + marker.contentColumn), line, true);
    start += marker.contentColumn;
  }
  if (start > 0 && isRuleLine(text.slice(start))) return addText(pieces, text.slice(start), line, true);
  // Words stay separate pieces so that `allowExtra` can find each one whole.
  for (const word of text.slice(start).split(/\s+/)) if (word) pieces.push({ text: word, optional: false, line });
}

/** Last Modified: the label may go; a readable date must be shown as `29 Mar 1999`, any other value as written. */
function addDate(pieces: Piece[], field: Field): void {
  const iso = parseKbDate(field.value);
  if (iso === null) return addField(pieces, field);
  addText(pieces, field.source.text, field.source.line, true);
  pieces.push({ text: displayDate(iso).replace(/\s+/g, ''), optional: false, line: field.source.line });
}

/** The Last Modified value as the page shows it. */
export function shownDate(header: Pick<Article['header'], 'lastModified' | 'lastModifiedRaw'>): string {
  return header.lastModified ? displayDate(header.lastModified) : header.lastModifiedRaw;
}

/** A header or footer field: the label may go, so may separators between values and a colon with no platform before it. */
function addField(pieces: Piece[], { source, labelLength }: Field): void {
  addText(pieces, source.text.slice(0, labelLength), source.line, true);
  // `Version : :2.0,2.1`: a platform left blank before its versions; the colon introduces nothing and may go.
  const blankPlatform = /^\s*:/.exec(source.text.slice(labelLength))?.[0] ?? '';
  addText(pieces, blankPlatform, source.line, true);
  for (const word of source.text.slice(labelLength + blankPlatform.length).split(/\s+/)) {
    for (const part of word.split(/([|,;])/)) {
      if (part) pieces.push({ text: part, optional: VALUE_SEPARATOR.test(part), line: source.line });
    }
  }
}

/**
 * Depth-first search over which optional pieces the page shows. Required
 * pieces leave no choice, so wrong guesses fail at the next required piece;
 * failed (piece, position) states are remembered, which bounds the work.
 */
function matchExactly(pieces: Piece[], target: string): LosslessResult {
  const width = target.length + 1;
  const failed = new Set<number>();
  const stack: Array<[number, number]> = [[0, 0]];
  let furthest = { at: -1, piece: 0, offset: 0 };
  const reach = (at: number, piece: number, offset: number) => {
    if (at > furthest.at) furthest = { at, piece, offset };
  };
  while (stack.length > 0) {
    let [k, at] = stack.pop()!;
    while (k < pieces.length && !pieces[k]!.optional) {
      const text = pieces[k]!.text;
      if (!target.startsWith(text, at)) {
        const offset = commonPrefix(text, target, at);
        reach(at + offset, k, offset);
        k = -1;
        break;
      }
      at += text.length;
      k++;
    }
    if (k < 0) continue;
    if (k === pieces.length) {
      if (at === target.length) return { ok: true };
      reach(at, k, 0);
      continue;
    }
    const key = k * width + at;
    if (failed.has(key)) continue;
    failed.add(key);
    stack.push([k + 1, at]);
    if (target.startsWith(pieces[k]!.text, at)) stack.push([k + 1, at + pieces[k]!.text.length]);
  }
  return { ok: false, firstMismatch: mismatch(pieces, target, furthest.piece, furthest.offset, furthest.at) };
}

/** Each required piece, in order, somewhere after the previous one. */
function matchInOrder(pieces: Piece[], target: string): LosslessResult {
  let at = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (piece.optional) continue;
    const found = target.indexOf(piece.text, at);
    if (found < 0) return { ok: false, firstMismatch: mismatch(pieces, target, k, 0, at) };
    at = found + piece.text.length;
  }
  return { ok: true };
}

function commonPrefix(text: string, target: string, at: number): number {
  let n = 0;
  while (n < text.length && text[n] === target[at + n]) n++;
  return n;
}

function mismatch(pieces: Piece[], target: string, k: number, offset: number, at: number): NonNullable<LosslessResult['firstMismatch']> {
  const rest = pieces.slice(k).filter((piece) => !piece.optional);
  const expected = ((pieces[k]?.optional ? '' : (pieces[k]?.text.slice(offset) ?? '')) + rest.slice(pieces[k]?.optional ? 0 : 1).map((piece) => piece.text).join('')).slice(0, 40);
  return { line: pieces[k]?.line ?? pieces[pieces.length - 1]?.line ?? 1, expected, found: target.slice(at, at + 40) };
}
