/** Splitting the main text at its headings: a line underlined with `===` (depth 2) or `---` (depth 3). */
import type { BodyLine } from './source-body.ts';
import { indentOf, isBlank, isTabular, listMarker, ruleChar } from './line-shapes.ts';

export interface RawSection {
  /** Heading text as written, trimmed; null for the lead before the first heading. */
  title: string | null;
  depth: 2 | 3;
  /** Source line of the heading, or of the first line of the lead. */
  line: number;
  lines: BodyLine[];
}

/**
 * The depth of the heading whose text is `lines[i]`, or null. A heading
 * starts at column 0 after a blank line (or the start), is not a bullet or a
 * table row, and its underline is about as long as it is: a longer or shorter
 * rule after text is a separator, and a rule after a `- product` line closes
 * the applies-to block.
 */
export function headingDepth(lines: BodyLine[], i: number): 2 | 3 | null {
  const title = lines[i]?.text;
  const underline = lines[i + 1]?.text;
  if (title === undefined || underline === undefined) return null;
  const char = ruleChar(underline);
  if (!char || indentOf(underline) > 0 || indentOf(title) > 0 || isBlank(title) || ruleChar(title)) return null;
  if (i > 0 && !isBlank(lines[i - 1]!.text)) return null;
  if (isTabular(title)) return null;
  const marker = listMarker(title);
  if (marker && !/^(decimal|upper|lower)/.test(marker.kind)) return null;
  const length = title.trim().length;
  const rule = underline.trim().length;
  if (rule < 3 || rule - length > 4 || length - rule > 3 || rule * 2 < length) return null;
  return char === '=' ? 2 : 3;
}

/** The lead (lines before the first heading, when it has any text) and one section per heading. */
export function splitSections(lines: BodyLine[]): RawSection[] {
  const sections: RawSection[] = [];
  let current: RawSection = { title: null, depth: 2, line: lines[0]?.line ?? 1, lines: [] };
  for (let i = 0; i < lines.length; i++) {
    const depth = headingDepth(lines, i);
    if (depth === null) {
      current.lines.push(lines[i]!);
      continue;
    }
    if (current.title !== null || current.lines.some(({ text }) => !isBlank(text))) sections.push(current);
    current = { title: lines[i]!.text.trim(), depth, line: lines[i]!.line, lines: [] };
    i++;
  }
  if (current.title !== null || current.lines.some(({ text }) => !isBlank(text))) sections.push(current);
  return sections;
}

/**
 * `MORE INFORMATION` -> `more-information`; spaced-out words (`S E R V P A C K`)
 * close up (`servpack`). Unique within the article: `-2`, `-3` on repeats;
 * `overview` is kept for the lead.
 */
export function slugs(titles: Array<string | null>): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = title === null ? 'overview' : slugify(title);
    let slug = base;
    for (let n = 2; used.has(slug) || (title !== null && slug === 'overview'); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}

export function slugify(title: string): string {
  const closed = /^(\S )+\S$/.test(title.trim()) ? title.replace(/\s+/g, '') : title;
  const slug = closed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'section' : slug;
}
