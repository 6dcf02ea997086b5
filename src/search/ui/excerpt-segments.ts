/**
 * An excerpt as text runs, some marked. The client hands the page excerpt
 * HTML that should hold nothing but escaped text and `<mark>` tags; the page
 * still never parses it as HTML: it reads the marks and entities itself and
 * builds text nodes, so a wrong excerpt shows stray markup as text instead of
 * running it.
 */
import { decodeEntities } from '../../article/decode-entities.ts';

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** The runs of an excerpt, in order; empty runs are dropped and neighbours of the same kind joined. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}
