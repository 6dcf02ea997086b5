/**
 * Splitting the body into the zones a page shows in different places: the
 * header fields (metadata panel), the applies-to block, the main text
 * (sections), the additional query words and the footer fields.
 *
 * Both the parser and the lossless check read the body through this one
 * function, so they agree on where each line is shown; the check then holds
 * the rendered page to every character of every zone.
 */
import type { BodyLine } from './source-body.ts';
import { isBlank, isRuleLine } from './line-shapes.ts';

export const HEADER_LABELS = ['Article', 'Product(s)', 'Version(s)', 'Operating System(s)', 'Keyword(s)', 'Last Modified'] as const;
export type HeaderLabel = (typeof HEADER_LABELS)[number];

/** Footer fields with a slot of their own in the model, in the order the page shows them. */
export const FOOTER_LABELS = ['Keywords', 'Technology', 'Version', 'Issue type', 'Solution Type'] as const;
/** Labels that may open a footer besides FOOTER_LABELS (seen in the archive; any label may follow). */
const FOOTER_OPENERS = new Set([...FOOTER_LABELS, 'Hardware', 'Component', 'Platform'].map((label) => label.toLowerCase()));

export interface Field {
  label: string;
  value: string;
  /** The line as written: the check drops exactly its label part (`Keywords          :`). */
  source: BodyLine;
  /** Length of the label part of `source.text`, colon included. */
  labelLength: number;
}

export interface Zones {
  /** Known header fields, at most one per label, in source order. */
  header: Field[];
  /** The other lines of the header block (unknown or repeated labels), shown at the top of the lead section. */
  headerExtra: BodyLine[];
  /** All lines of the applies-to block, separators included; null when the body has none in the usual shape. */
  appliesTo: BodyLine[] | null;
  /** Everything else before the query words and footer: the sections. */
  main: BodyLine[];
  /** The `Additional query words:` paragraph and the blank or separator lines after it; empty when absent. */
  queryWords: BodyLine[];
  /** Footer fields in source order; empty when the body has no footer in the usual shape. */
  footer: Field[];
  /** Every line of the footer, separators included. */
  footerLines: BodyLine[];
}

const HEADER_FIELD = /^(Article|Product\(s\)|Version\(s\)|Operating System\(s\)|Keyword\(s\)|Last Modified):(.*)$/;
const FOOTER_FIELD = /^([A-Za-z][A-Za-z0-9 ()/#&.+-]{0,39}?)\s*:(?:\s(.*))?$/;
const APPLIES_TO = /^The information in this article applies to:\s*$/;
const DASH_RULE = /^-{10,}\s*$/;
const EQUALS_RULE = /^={10,}\s*$/;
export const QUERY_WORDS = /^Additional query words\s*:/i;

export function headerField(line: BodyLine): Field | null {
  const match = HEADER_FIELD.exec(line.text);
  if (!match) return null;
  const label = match[1]!;
  const value = match[2]!.trim();
  if (label === 'Article' && !/^Q\d+$/.test(value)) return null;
  return { label, value, source: line, labelLength: label.length + 1 };
}

export function footerField(line: BodyLine): Field | null {
  const match = FOOTER_FIELD.exec(line.text);
  if (!match) return null;
  const label = match[1]!.trim();
  const colon = line.text.indexOf(':');
  return { label, value: (match[2] ?? '').trim(), source: line, labelLength: colon + 1 };
}

export function splitZones(lines: BodyLine[]): Zones {
  const zones: Zones = { header: [], headerExtra: [], appliesTo: null, main: [], queryWords: [], footer: [], footerLines: [] };

  // Header: the first block of lines, if any of them is a known field.
  let start = 0;
  while (start < lines.length && isBlank(lines[start]!.text)) start++;
  let blockEnd = start;
  while (blockEnd < lines.length && !isBlank(lines[blockEnd]!.text) && !isRuleLine(lines[blockEnd]!.text)) blockEnd++;
  const block = lines.slice(start, blockEnd);
  const fields = block.map(headerField);
  if (fields.some(Boolean)) {
    const seen = new Set<string>();
    block.forEach((line, k) => {
      const field = fields[k];
      if (field && !seen.has(field.label)) {
        seen.add(field.label);
        zones.header.push(field);
      } else {
        zones.headerExtra.push(line);
      }
    });
  } else {
    start = blockEnd = 0;
  }

  // Footer and query words, found from the end.
  let end = lines.length;
  const footerStart = findFooter(lines, blockEnd);
  if (footerStart >= 0) {
    zones.footerLines = lines.slice(footerStart);
    zones.footer = zones.footerLines.map(footerField).filter((field): field is Field => field !== null);
    end = footerStart;
  }
  const queryWordsStart = findQueryWords(lines, blockEnd, end);
  if (queryWordsStart >= 0) {
    zones.queryWords = lines.slice(queryWordsStart, end);
    end = queryWordsStart;
  }

  const main = lines.slice(blockEnd, end);
  const appliesTo = findAppliesTo(main);
  if (appliesTo) {
    zones.appliesTo = main.slice(appliesTo[0], appliesTo[1]);
    main.splice(appliesTo[0], appliesTo[1] - appliesTo[0]);
  }
  zones.main = main;
  return zones;
}

/**
 * The footer starts at a line of `=` followed by a known footer field, and
 * only fields, blank lines and `=` lines may follow it; otherwise there is
 * no footer and those lines stay text.
 */
function findFooter(lines: BodyLine[], from: number): number {
  for (let i = lines.length - 2; i >= from; i--) {
    if (!EQUALS_RULE.test(lines[i]!.text)) continue;
    const first = footerField(lines[i + 1]!);
    if (!first || !FOOTER_OPENERS.has(first.label.toLowerCase())) continue;
    for (let k = i + 2; k < lines.length; k++) {
      const text = lines[k]!.text;
      if (!isBlank(text) && !EQUALS_RULE.test(text) && !footerField(lines[k]!)) return -1;
    }
    return i;
  }
  return -1;
}

/** The last paragraph before the footer (or the end), from its `Additional query words:` line on. */
function findQueryWords(lines: BodyLine[], from: number, end: number): number {
  let k = end - 1;
  while (k >= from && (isBlank(lines[k]!.text) || isRuleLine(lines[k]!.text))) k--;
  for (; k >= from && !isBlank(lines[k]!.text) && !isRuleLine(lines[k]!.text); k--) {
    if (QUERY_WORDS.test(lines[k]!.text)) return k;
  }
  return -1;
}

/** `[start, end)` of the first `----` / `The information in this article applies to:` / `- item`... / `----` block. */
function findAppliesTo(lines: BodyLine[]): [number, number] | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!DASH_RULE.test(lines[i]!.text) || !APPLIES_TO.test(lines[i + 1]!.text)) continue;
    for (let k = i + 2; k < lines.length; k++) {
      const text = lines[k]!.text;
      if (DASH_RULE.test(text)) return [i, k + 1];
      if (!isBlank(text) && !/^\s*-(\s|$)/.test(text)) break;
    }
  }
  return null;
}

/** Header fields in the order of HEADER_LABELS: the order of the metadata panel. */
export function orderedHeader(fields: Field[]): Field[] {
  return HEADER_LABELS.flatMap((label) => fields.filter((field) => field.label === label));
}

/**
 * Footer fields in the order the page shows them: the first field of each
 * FOOTER_LABELS label in that order, then every other field in source order.
 */
export function orderedFooter(fields: Field[]): { known: Map<string, Field>; other: Field[] } {
  const known = new Map<string, Field>();
  const other: Field[] = [];
  for (const field of fields) {
    const label = FOOTER_LABELS.find((candidate) => candidate.toLowerCase() === field.label.toLowerCase());
    if (label && !known.has(label)) known.set(label, field);
    else other.push(field);
  }
  return { known, other };
}
