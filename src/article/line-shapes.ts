/** Small predicates over one body line, shared by the zone splitter, the block parser and the lossless check. */

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Columns of leading white space (a tab counts as one: only "indented or not" and relative depth matter). */
export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** A line made only of `=` or only of `-` (two or more), or of `_` (three or more): an underline or a separator, never text. */
export function isRuleLine(text: string): boolean {
  return /^\s*(?:={2,}|-{2,}|_{3,})\s*$/.test(text);
}

/** The character of a line that can underline a heading (`=` or `-`), or null. */
export function ruleChar(text: string): '=' | '-' | null {
  const match = /^\s*(?:(=){2,}|(-){2,})\s*$/.exec(text);
  return match ? ((match[1] ?? match[2]) as '=' | '-') : null;
}

/** Columns separated by runs of spaces, or drawn with `|` and `+--+`: spacing that must be kept. */
export function isTabular(text: string): boolean {
  return /\S {3,}\S/.test(text) || /^\s*\|/.test(text) || /\|\s*$/.test(text) || /^\s*\+[-=+]{2,}/.test(text);
}

export type ListKind = 'dash' | 'star' | 'o' | 'bullet' | 'decimal' | 'decimal-paren' | 'decimal-parens' | 'lower' | 'upper' | 'lower-paren' | 'upper-paren' | 'lower-parens' | 'upper-parens';

export interface ListMarker {
  /** Columns before the marker. */
  indent: number;
  kind: ListKind;
  /** 1-based position in the list (`3.` -> 3, `c)` -> 3); 0 for bullets. */
  ordinal: number;
  /** Columns from the line start to the item text. */
  contentColumn: number;
}

// `-`, `*`, `o`, `•` bullets; `1.` `1)` `(1)` numbers (two digits: `(800) 555-1212` is a phone number);
// `a.` `a)` `(a)` letters; then white space and text.
const MARKER = /^([ \t]*)(?:([-*o\u2022])|(\d{1,2})([.)])|\((\d{1,2})\)|([a-zA-Z])([.)])|\(([a-zA-Z])\))([ \t]+)(?=\S)/;

/** The list marker that starts a line, or null. */
export function listMarker(text: string): ListMarker | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const indent = m[1]!.length;
  const contentColumn = m[0].length;
  const [, , bullet, number, numberClose, parenNumber, letter, letterClose, parenLetter] = m;
  if (bullet !== undefined) {
    const kind: ListKind = bullet === '-' ? 'dash' : bullet === '*' ? 'star' : bullet === 'o' ? 'o' : 'bullet';
    return { indent, kind, ordinal: 0, contentColumn };
  }
  if (number !== undefined) return { indent, kind: numberClose === '.' ? 'decimal' : 'decimal-paren', ordinal: Number(number), contentColumn };
  if (parenNumber !== undefined) return { indent, kind: 'decimal-parens', ordinal: Number(parenNumber), contentColumn };
  const char = (letter ?? parenLetter)!;
  const lower = char === char.toLowerCase();
  const suffix = parenLetter !== undefined ? '-parens' : letterClose === ')' ? '-paren' : '';
  return { indent, kind: `${lower ? 'lower' : 'upper'}${suffix}` as ListKind, ordinal: char.toLowerCase().charCodeAt(0) - 96, contentColumn };
}

export function isOrdered(kind: ListKind): boolean {
  return kind !== 'dash' && kind !== 'star' && kind !== 'o' && kind !== 'bullet';
}
