/**
 * The text of a section as mdast blocks: paragraphs (hard-wrapped lines
 * joined, see paragraph.ts), lists, reference lists, preformatted blocks
 * (preformatted.ts) and separators, with a verbatim block for text that fits
 * none of them. Every non-space character
 * of the input lines ends up in exactly one block; only list markers and
 * separator lines are dropped.
 */
import type { BlockContent, Heading, List, ListItem, ThematicBreak } from 'mdast';
import type { BodyLine } from './source-body.ts';
import { indentOf, isBlank, isOrdered, isRuleLine, isTabular, listMarker, type ListMarker } from './line-shapes.ts';
import { isCodeLine, isProseLine, isSymbolLine } from './code-shapes.ts';
import { linkify, referenceLine, referenceLink, type ReferenceCollector } from './references.ts';
import { hangingIndent, paragraph } from './paragraph.ts';
import { codeBlock, emitPreformatted } from './preformatted.ts';
import { subheadingAt } from './subheadings.ts';

/** Deepest indentation at which a marker or reference line still starts a list rather than a preformatted block. */
const MAX_LIST_INDENT = 4;
/** Lists nest no deeper than this (a line like `- - - - x` must not recurse without end). */
const MAX_LIST_DEPTH = 8;

export function parseBlocks(lines: BodyLine[], refs: ReferenceCollector, depth = 0): BlockContent[] {
  const blocks: BlockContent[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i]!.text;
    const subheading = depth === 0 && !isBlank(text) ? subheadingAt(lines, i) : null;
    if (isBlank(text)) {
      i++;
    } else if (subheading) {
      // The slug (the heading's id) is given once the whole article is parsed, unique among all its headings.
      const { shape, number, text: title, end } = subheading;
      blocks.push({ type: 'heading', depth: 3, children: linkify(title, (id) => refs.add(id)), data: { kbSubheading: { shape, number, slug: '' } } } satisfies Heading);
      i = end;
    } else if (isRuleLine(text)) {
      blocks.push({ type: 'thematicBreak' } satisfies ThematicBreak);
      i++;
    } else if (startsReferences(text)) {
      i = readReferences(lines, i, blocks, refs);
    } else if (chunkIsPreformatted(lines, i)) {
      i = readPreformatted(lines, i, blocks, refs);
    } else if (depth < MAX_LIST_DEPTH && startsList(text)) {
      i = readList(lines, i, listMarker(text)!, blocks, refs, depth);
    } else if (indentOf(text) > 0) {
      i = readPreformatted(lines, i, blocks, refs);
    } else {
      i = readParagraph(lines, i, blocks, refs);
    }
  }
  return blocks;
}

function startsReferences(text: string): boolean {
  const body = bulletless(text);
  return indentOf(text) <= MAX_LIST_INDENT && referenceLine(body) !== null;
}

/** A reference may be written as a bullet item (`- Q152734 How to ...`). */
function bulletless(text: string): string {
  const marker = listMarker(text);
  return marker && (marker.kind === 'dash' || marker.kind === 'star') ? text.slice(marker.contentColumn) : text;
}

function startsList(text: string): boolean {
  const marker = listMarker(text);
  if (!marker || marker.indent > MAX_LIST_INDENT || isTabular(text.slice(marker.contentColumn))) return false;
  // A letter list starts at a or A; `c)` or `Q.` alone is a sentence, not a list.
  return !/^(lower|upper)/.test(marker.kind) || marker.ordinal === 1;
}

/** Index of the first blank line at or after `i`. */
function chunkEnd(lines: BodyLine[], i: number): number {
  while (i < lines.length && !isBlank(lines[i]!.text)) i++;
  return i;
}

function nextNonBlank(lines: BodyLine[], i: number): number {
  while (i < lines.length && isBlank(lines[i]!.text)) i++;
  return i;
}

/**
 * A chunk whose spacing matters: it starts with a table row or reads as code
 * rather than prose. Checked before lists, so that `* comment` lines in
 * FoxPro code stay code.
 */
function chunkIsPreformatted(lines: BodyLine[], i: number): boolean {
  const first = lines[i]!.text;
  if (isTabular(first)) return true;
  // `Type the following:` introduces the code below it; it is not part of it.
  if (first.trimEnd().endsWith(':') && !isCodeLine(first)) return false;
  let code = 0;
  let prose = 0;
  let tabular = 0;
  let k = i;
  for (; k < lines.length && !isBlank(lines[k]!.text); k++) {
    const text = lines[k]!.text;
    if (isTabular(text)) tabular++;
    if (isCodeLine(text)) code++;
    else if (isProseLine(text)) prose++;
  }
  return (code > 0 && code >= prose) || (tabular >= 2 && tabular * 3 >= k - i);
}

/** Consecutive chunks that are indented, tabular or code, blank lines between them kept. */
function readPreformatted(lines: BodyLine[], i: number, blocks: BlockContent[], refs: ReferenceCollector): number {
  let end = chunkEnd(lines, i);
  for (;;) {
    const next = nextNonBlank(lines, end);
    if (next >= lines.length) break;
    const text = lines[next]!.text;
    const continues =
      !isRuleLine(text) &&
      !startsReferences(text) &&
      (indentOf(text) > 0 ? !startsList(text) || indentOf(text) > MAX_LIST_INDENT : chunkIsPreformatted(lines, next));
    if (!continues) break;
    end = chunkEnd(lines, next);
  }
  emitPreformatted(lines.slice(i, end), blocks, refs);
  return end;
}

/**
 * Lines at column 0 up to a blank line, an indented line, a separator, or a
 * list or reference that a line ending in `:` introduces. Drawn text
 * (banners, box art) is not a paragraph: it is kept verbatim.
 */
function readParagraph(lines: BodyLine[], i: number, blocks: BlockContent[], refs: ReferenceCollector): number {
  // `Q. I have created an application that ...` and `1.3  Installing a ...` may continue indented, about under their text.
  let hang = hangingIndent(lines[i]!.text);
  let end = i + 1;
  while (end < lines.length) {
    const text = lines[end]!.text;
    const indent = indentOf(text);
    if (isBlank(text) || isRuleLine(text)) break;
    if (indent > 0 && (hang === 0 || indent > hang + 3 || listMarker(text) || isTabular(text))) break;
    if (indent === 0) hang = hangingIndent(text);
    if (lines[end - 1]!.text.trimEnd().endsWith(':') && (startsList(text) || startsReferences(text))) break;
    end++;
  }
  const chunk = lines.slice(i, end);
  if (chunk.some(({ text }) => isSymbolLine(text))) blocks.push(codeBlock(chunk, 'verbatim', refs));
  else blocks.push(paragraph(chunk.map(({ text }) => text), refs));
  return end;
}

/**
 * `Q151261 OFF97: How to ...` lines, blank lines between them allowed. A
 * title may wrap onto the next lines, indented like the number or deeper
 * (deeper only at column 0, where a paragraph may follow directly).
 */
function readReferences(lines: BodyLine[], i: number, blocks: BlockContent[], refs: ReferenceCollector): number {
  const items: ListItem[] = [];
  let k = i;
  while (k < lines.length && startsReferences(lines[k]!.text)) {
    const first = lines[k]!.text;
    const parts = [bulletless(first).trim()];
    const indent = indentOf(first);
    let j = k + 1;
    while (j < lines.length) {
      const text = lines[j]!.text;
      if (isBlank(text) || isRuleLine(text) || startsReferences(text) || listMarker(text)) break;
      if (indentOf(text) < indent || (indent === 0 && indentOf(text) === 0)) break;
      parts.push(text.trim());
      j++;
    }
    const line = parts.join(' ');
    const reference = referenceLine(line)!;
    refs.add(reference.id, reference.title);
    items.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [referenceLink(reference.id, [{ type: 'text', value: line }])] }] });
    const next = nextNonBlank(lines, j);
    if (next >= lines.length || !startsReferences(lines[next]!.text)) {
      k = j;
      break;
    }
    k = next;
  }
  blocks.push({ type: 'list', ordered: false, spread: false, children: items, data: { kbBlock: 'references' } } satisfies List);
  return k;
}

/**
 * Items with the same kind of marker at the same indentation. An item owns
 * the lines indented deeper than its marker (after blank lines too) and
 * unindented lines that directly continue it; they are parsed as blocks in
 * their own right, so items hold paragraphs, code and nested lists.
 */
function readList(lines: BodyLine[], i: number, first: ListMarker, blocks: BlockContent[], refs: ReferenceCollector, depth: number): number {
  const items: ListItem[] = [];
  let k = i;
  let ordinal = first.ordinal;
  while (k < lines.length) {
    const marker = listMarker(lines[k]!.text);
    if (!marker || marker.indent !== first.indent || marker.kind !== first.kind) break;
    if (items.length > 0 && /^(lower|upper)/.test(marker.kind) && marker.ordinal !== ordinal + 1) break;
    if (isTabular(lines[k]!.text.slice(marker.contentColumn))) break;
    ordinal = marker.ordinal;
    const own: BodyLine[] = [{ text: lines[k]!.text.slice(marker.contentColumn), line: lines[k]!.line }];
    let j = k + 1;
    while (j < lines.length) {
      const text = lines[j]!.text;
      if (isBlank(text)) {
        const next = nextNonBlank(lines, j);
        if (next >= lines.length || indentOf(lines[next]!.text) <= first.indent) break;
        for (; j < next; j++) own.push({ text: '', line: lines[j]!.line });
        continue;
      }
      const indent = indentOf(text);
      if (indent > first.indent) {
        own.push({ text: text.slice(Math.min(indent, marker.contentColumn)), line: lines[j]!.line });
      } else if (indent === first.indent && !isBlank(lines[j - 1]!.text) && !isRuleLine(text) && !listMarker(text) && !startsReferences(text)) {
        own.push({ text: text.slice(indent), line: lines[j]!.line });
      } else {
        break;
      }
      j++;
    }
    items.push({ type: 'listItem', spread: false, children: parseBlocks(own, refs, depth + 1) });
    const next = nextNonBlank(lines, j);
    const sibling = next < lines.length ? listMarker(lines[next]!.text) : null;
    if (!sibling || sibling.indent !== first.indent || sibling.kind !== first.kind) {
      k = j;
      break;
    }
    k = next;
  }
  // A lone `o` line is a word (`o (with an umlaut)`), not a bullet; nothing was pushed yet, so read it again as text.
  if (items.length === 0 || (first.kind === 'o' && items.length === 1)) return readParagraph(lines, i, blocks, refs);
  const ordered = isOrdered(first.kind);
  const list: List = { type: 'list', ordered, spread: items.some((item) => item.children.length > 1), children: items };
  if (ordered) list.start = first.ordinal;
  if (/^(lower|upper)/.test(first.kind)) list.data = { hProperties: { type: first.kind.startsWith('lower') ? 'a' : 'A' } };
  blocks.push(list);
  return k;
}
