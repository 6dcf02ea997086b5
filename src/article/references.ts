/** Cross-references: `Q151261`, `KB151261` and `Q151261 Title` reference lines. */
import type { Link, PhrasingContent } from 'mdast';
import type { Reference } from './model.ts';

/**
 * A KB number in running text. Not preceded by a word character, `/`, `\`
 * or `.` (URLs, paths), not followed by one, nor by `.x`, `/` or `\`
 * (`Q249142.exe` is a hotfix file, `.../Q249142/...` a download folder).
 */
const REFERENCE = /(?<![\w/\\.])(Q|KB)(\d{5,6})(?![\w/\\]|\.\w)/g;

/**
 * `Q151261 OFF97: How to ...`, `Q121786: LPR ...`, `Q249142<A0>Gtwy: ...`
 * (`<A0>` marks a no-break space), `Q86085`: a whole line naming an article,
 * its title capitalised.
 */
const REFERENCE_LINE = /^(\s*)((?:Q|KB)(\d{5,6}))(?![\w/\\]|\.\w)\s*(?:(?:[:,-]|<A0>)\s*)?(.*)$/;

/** `KB151261` and `Q012345` -> `Q151261`, `Q12345`. */
export function normaliseId(digits: string): string {
  return `Q${Number(digits)}`;
}

export interface ReferenceLine {
  id: string;
  /** The title after the number and its separator, or null when the line is only the number. */
  title: string | null;
}

/** The reference a whole line names, or null when the line is prose that starts with a number. */
export function referenceLine(text: string): ReferenceLine | null {
  const match = REFERENCE_LINE.exec(text);
  if (!match) return null;
  const title = match[4]!.trim();
  if (/^[a-z]/.test(title)) return null;
  return { id: normaliseId(match[3]!), title: title === '' ? null : title };
}

/** Every reference in a text, as `[start, end, id]` spans in order. */
export function findReferences(text: string): Array<[number, number, string]> {
  const spans: Array<[number, number, string]> = [];
  if (!text.includes('Q') && !text.includes('KB')) return spans;
  for (const match of text.matchAll(REFERENCE)) spans.push([match.index, match.index + match[0].length, normaliseId(match[2]!)]);
  return spans;
}

export function referenceLink(id: string, children: PhrasingContent[]): Link {
  return { type: 'link', url: `kb:${id}`, children };
}

/** Text with every reference turned into a `kb:` link whose text is the number as written. */
export function linkify(text: string, found: (id: string) => void): PhrasingContent[] {
  const spans = findReferences(text);
  if (spans.length === 0) return text === '' ? [] : [{ type: 'text', value: text }];
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const [start, end, id] of spans) {
    if (start > at) nodes.push({ type: 'text', value: text.slice(at, start) });
    nodes.push(referenceLink(id, [{ type: 'text', value: text.slice(start, end) }]));
    found(id);
    at = end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

/** Distinct references in order of first appearance; a title, once known, sticks. */
export class ReferenceCollector {
  readonly #byId = new Map<string, Reference>();
  readonly #self: string;

  constructor(self: string) {
    this.#self = self;
  }

  add(id: string, title: string | null = null): void {
    if (id === this.#self) return;
    const known = this.#byId.get(id);
    if (!known) this.#byId.set(id, { id, title });
    else if (known.title === null && title !== null) known.title = title;
  }

  list(): Reference[] {
    return [...this.#byId.values()];
  }
}
