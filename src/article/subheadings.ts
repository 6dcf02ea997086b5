/**
 * Headings inside a section, which the KB wrote as plain lines rather than
 * `===`/`---`-underlined section titles (sections.ts):
 *
 *   1.1  Setup Requirements          a numbered heading (`2.3.4 ...`), possibly wrapped onto a second line
 *   ADDITIONAL NOTES                 a short line in capitals
 *   Known Issues                     a line underlined with `---` that sections.ts did not take as a
 *   ------------                     section (indented, or a rule not quite its length)
 *
 * Each stands alone: a blank line (or the section's start) before it and a
 * blank line and more text after it, so a line in a paragraph, a list or a
 * listing is never taken for one.
 */
import type { BodyLine } from './source-body.ts';
import { indentOf, isBlank, isRuleLine, isTabular, listMarker, ruleChar } from './line-shapes.ts';
import { isCodeLine } from './code-shapes.ts';

export type SubheadingShape = 'numbered' | 'caps' | 'underlined';

export interface RawSubheading {
  shape: SubheadingShape;
  /** Heading text, wrapped lines joined with a space. */
  text: string;
  /** `1.1` for `1.1  Setup Requirements`; null for other shapes. */
  number: string | null;
  /** Index just past the heading's lines (and its underline). */
  end: number;
}

/** `1.1  Setup Requirements`, `2.3.4. Title`: two or more numbers, then a capitalised title. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+([A-Z(].*)$/;
/** Longest heading line; longer lines are sentences. */
const MAX_LINE = 78;
/** A capitals heading is a label: a few words at most. */
const MAX_CAPS = 50;
/** Capitals, digits, spaces and the punctuation of titles (`Q&A`, `MS-DOS`, `WINDOWS 95/NT`); nothing code-like. */
const CAPS = /^[A-Z][A-Z0-9 &/',()-]*[A-Z)]:?$/;

export function subheadingAt(lines: BodyLine[], i: number): RawSubheading | null {
  const first = lines[i]?.text;
  if (first === undefined || isBlank(first)) return null;
  if (i > 0 && !isBlank(lines[i - 1]!.text)) return null;
  return underlined(lines, i) ?? numbered(lines, i) ?? capitals(lines, i);
}

/**
 * Followed by a blank line and then text, directly in the source (not text
 * that follows only once the applies-to block between them is taken out): a
 * heading introduces something.
 */
function introduces(lines: BodyLine[], end: number): boolean {
  if (end >= lines.length || !isBlank(lines[end]!.text)) return false;
  let k = end;
  while (k < lines.length && isBlank(lines[k]!.text)) k++;
  return k < lines.length && !isRuleLine(lines[k]!.text) && lines[k]!.line - lines[end - 1]!.line === k - end + 1;
}

function numbered(lines: BodyLine[], i: number): RawSubheading | null {
  const first = lines[i]!.text;
  if (indentOf(first) > 0 || first.trim().length > MAX_LINE) return null;
  const match = NUMBERED.exec(first.trim());
  if (!match) return null;
  // A title may wrap once: `1.1.2  Windows NT Service Packs Must Be Installed on Primary Domain` / `Controller`.
  let end = i + 1;
  const second = lines[end]?.text;
  if (second !== undefined && !isBlank(second)) {
    if (first.trim().length < 50 || second.trim().length > MAX_LINE || NUMBERED.test(second.trim())) return null;
    end++;
  }
  const text = lines.slice(i, end).map(({ text }) => text.trim()).join(' ');
  if (!titleLike(text.slice(match[1]!.length))) return null;
  if (!introduces(lines, end)) return null;
  return { shape: 'numbered', text, number: match[1]!, end };
}

function capitals(lines: BodyLine[], i: number): RawSubheading | null {
  const text = lines[i]!.text;
  const title = text.trim();
  if (indentOf(text) > 0 || title.length > MAX_CAPS || !CAPS.test(title)) return null;
  // At least one word of three letters: `OK`, `A)` or `I/O` alone are not headings.
  if (!/[A-Z]{3}/.test(title) || isCodeLine(title) || isTabular(title)) return null;
  // A line that a `...:` line introduces is what it introduces (a command to type, a message to expect).
  const previous = previousText(lines, i);
  if (previous !== null && previous.trimEnd().endsWith(':')) return null;
  if (!introduces(lines, i + 1)) return null;
  // What follows is a paragraph: at column 0, starting like a sentence, not another label. Not the lead's
  // legacy metadata lines (`WINDOWS` then `kbtool kbdisplay`) or a label in code (`INIT:` then indented code).
  const next = nextText(lines, i + 1)!;
  if (indentOf(next) > 0 || !/^[A-Z0-9"(]/.test(next) || CAPS.test(next.trim())) return null;
  return { shape: 'caps', text: title, number: null, end: i + 1 };
}

function underlined(lines: BodyLine[], i: number): RawSubheading | null {
  const text = lines[i]!.text;
  const rule = lines[i + 1]?.text;
  if (rule === undefined || ruleChar(rule) !== '-') return null;
  const title = text.trim();
  const length = rule.trim().length;
  // About as long as the title (a longer rule is a separator after a paragraph's last line).
  if (title.length > MAX_LINE || length < 3 || length > title.length + 6 || length * 2 < title.length) return null;
  if (isRuleLine(text) || isTabular(title) || isCodeLine(title) || listMarker(title) || /[.:;,]$/.test(title)) return null;
  if (!introduces(lines, i + 2)) return null;
  return { shape: 'underlined', text: title, number: NUMBERED.exec(title)?.[1] ?? null, end: i + 2 };
}

/** Title words, not a sentence: no sentence stop at the end, and capitalised words outnumber small ones. */
function titleLike(title: string): boolean {
  const words = title.trim().split(/\s+/);
  if (/[.:;,]$/.test(title.trim()) || words.length > 24) return false;
  const capitalised = words.filter((word) => /^[A-Z0-9("]/.test(word)).length;
  return capitalised * 2 >= words.length;
}

function nextText(lines: BodyLine[], i: number): string | null {
  for (let k = i; k < lines.length; k++) if (!isBlank(lines[k]!.text)) return lines[k]!.text;
  return null;
}

function previousText(lines: BodyLine[], i: number): string | null {
  for (let k = i - 1; k >= 0; k--) if (!isBlank(lines[k]!.text)) return lines[k]!.text;
  return null;
}
