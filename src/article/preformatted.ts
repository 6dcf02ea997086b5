/** Preformatted regions: kept line for line, except the plain prose a region may hold. */
import type { BlockContent, Blockquote, Code } from 'mdast';
import type { BodyLine } from './source-body.ts';
import { indentOf, isBlank, isTabular } from './line-shapes.ts';
import { isCodeLine, isProseLine } from './code-shapes.ts';
import { findReferences, type ReferenceCollector } from './references.ts';
import { paragraph } from './paragraph.ts';

/**
 * A preformatted region as blocks: its chunks of plain indented sentences (a
 * quoted note, an explanation between two listings) are set off as
 * quotations that wrap, chunks of prose where only some lines are indented
 * are paragraphs written with a first-line indent, and the rest stays
 * preformatted, blank lines and all.
 */
export function emitPreformatted(region: BodyLine[], blocks: BlockContent[], refs: ReferenceCollector): void {
  const chunks: BodyLine[][] = [[]];
  for (const line of region) {
    if (isBlank(line.text)) chunks.push([]);
    chunks[chunks.length - 1]!.push(line);
  }
  let pending: BodyLine[] = [];
  let quote: Blockquote | null = null;
  const flush = () => {
    if (pending.some((line) => !isBlank(line.text))) blocks.push(codeBlock(trimBlank(pending), 'preformatted', refs));
    pending = [];
  };
  for (const chunk of chunks) {
    const text = chunk.filter((line) => !isBlank(line.text));
    const indents = new Set(text.map((line) => indentOf(line.text)));
    const indented = indents.size === 2 && indents.has(0) && indentOf(text[0]!.text) > 0 ? firstLineIndented(text) : null;
    if (!indents.has(0) && text.length >= 2 && isProseChunk(text)) {
      flush();
      if (!quote) blocks.push((quote = { type: 'blockquote', children: [] }));
      quote.children.push(paragraph(text.map((line) => line.text), refs));
    } else if (indented && indented.every(isProseChunk)) {
      flush();
      quote = null;
      for (const lines of indented) blocks.push(paragraph(lines.map((line) => line.text), refs));
    } else {
      quote = null;
      pending.push(...chunk);
    }
  }
  flush();
}

/** Paragraphs written with a first-line indent and no blank line between them: split before each indented line. */
function firstLineIndented(lines: BodyLine[]): BodyLine[][] {
  const paragraphs: BodyLine[][] = [];
  for (const line of lines) {
    if (indentOf(line.text) > 0 || paragraphs.length === 0) paragraphs.push([line]);
    else paragraphs[paragraphs.length - 1]!.push(line);
  }
  return paragraphs;
}

/** Plain sentences: every line but the last reads as prose, and none as code or a table. */
function isProseChunk(chunk: BodyLine[]): boolean {
  return chunk.every(({ text }) => !isTabular(text) && !isCodeLine(text)) && chunk.slice(0, -1).every(({ text }) => isProseLine(text));
}

function trimBlank(lines: BodyLine[]): BodyLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]!.text)) start++;
  while (end > start && isBlank(lines[end - 1]!.text)) end--;
  return lines.slice(start, end);
}

/** A `code` node keeping the lines as written, less their common indentation and trailing spaces. */
export function codeBlock(lines: BodyLine[], kind: 'preformatted' | 'verbatim', refs: ReferenceCollector): Code {
  const texts = lines.map(({ text }) => text.trimEnd());
  let indent = Infinity;
  for (const text of texts) if (text !== '') indent = Math.min(indent, indentOf(text));
  if (indent === Infinity) indent = 0;
  const value = texts.map((text) => text.slice(indent)).join('\n');
  for (const [, , id] of findReferences(value)) refs.add(id);
  return { type: 'code', lang: null, meta: null, value, data: { kbBlock: kind } };
}

export function verbatimBlock(lines: BodyLine[], refs: ReferenceCollector): Code {
  return codeBlock(lines, 'verbatim', refs);
}
