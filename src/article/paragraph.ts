/** A paragraph from hard-wrapped lines: which line ends were wrapping and which the writer's. */
import type { Paragraph, PhrasingContent } from 'mdast';
import { indentOf, listMarker } from './line-shapes.ts';
import { linkify, type ReferenceCollector } from './references.ts';

/** Paragraphs are taken to be wrapped at least this wide: lines of a short address are not wrapped text. */
const MIN_WRAP_WIDTH = 40;
/** Wrapping tools leave lines up to this much shorter than the width when the next word is long. */
const WRAP_SLACK = 12;

/**
 * Lines joined with a space where they were wrapped, with a line break where
 * the writer ended them. A sentence that goes on in lower case (or on a
 * hanging indent) after a line of at least half the width was wrapped; an
 * outline entry (`2.1 Priam ...`) starts a line; otherwise a line was
 * wrapped when the next word would (nearly) not have fitted on it. The
 * paragraph's longest line (at least MIN_WRAP_WIDTH) stands in for the width
 * it was wrapped at, which varies with the article's age and the depth of
 * the list it sits in.
 */
export function paragraph(texts: string[], refs: ReferenceCollector): Paragraph {
  const children: PhrasingContent[] = [];
  let width = MIN_WRAP_WIDTH;
  for (const text of texts) width = Math.max(width, text.trim().length);
  let run = texts[0]!.trim();
  for (let k = 1; k < texts.length; k++) {
    const previous = texts[k - 1]!.trim();
    const next = texts[k]!.trim();
    const continues = /^[a-z]/.test(next) || (indentOf(texts[k]!) > 0 && indentOf(texts[k - 1]!) === 0);
    const enumerated = SECTION_NUMBER.test(next);
    const fits = previous.length + 1 + next.split(/\s/, 1)[0]!.length <= width - WRAP_SLACK;
    if (!enumerated && ((continues && !/[.:;!?]$/.test(previous) && previous.length * 2 >= width) || !fits)) {
      run += ' ' + next;
    } else {
      children.push(...linkify(run, (id) => refs.add(id)), { type: 'break' });
      run = next;
    }
  }
  children.push(...linkify(run, (id) => refs.add(id)));
  return { type: 'paragraph', children };
}

/** `2.1 Priam and Everex ...`: an entry of a numbered outline, which starts a line of its own. */
const SECTION_NUMBER = /^\d+(?:\.\d+)+\.?\s+[A-Z]/;

/** Columns from the line start to the text after its list marker or section number, or 0. */
export function hangingIndent(text: string): number {
  return listMarker(text)?.contentColumn ?? /^\d+(?:\.\d+)+\.?\s+/.exec(text)?.[0].length ?? 0;
}
