/**
 * The plain text of each section as Pagefind reads it: from the rendered
 * HTML, heading included, with a line break at every block boundary.
 *
 * Not `SectionText.text`: mdast's toString glues list items together
 * ("...TAPI X25 Ndiswan DriverQ139274: ... STOP 0x0000021aQ139338: ..."), and
 * a code glued to the next word is no code. Headings matter too: Q186551
 * lists its error messages as headings (`Error 1311`).
 */
import { decodeEntities } from '../article/decode-entities.ts';
import type { ArticleRecord } from '../article/model.ts';

/** Where each section's own HTML starts in `record.html` (a subsection starts inside its parent). */
export function sectionStarts(record: Pick<ArticleRecord, 'html' | 'sections'>): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const [i, section] of record.sections.entries()) {
    const found = i === 0 ? 0 : record.html.indexOf(`<section aria-labelledby="${section.slug}"`, at);
    at = found === -1 ? at : found;
    starts.push(at);
  }
  return starts;
}


/** Text of an HTML fragment, a line break where a block or line ends. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>|<\/(?:p|li|pre|h[1-6]|blockquote|tr|td|th|dt|dd|div|section)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

/** Each section's slug, title and text (its heading included, its subsections not). */
export function sectionTexts(record: Pick<ArticleRecord, 'html' | 'sections'>): Array<{ slug: string; title: string | null; text: string }> {
  const starts = sectionStarts(record);
  return record.sections.map((section, i) => ({
    slug: section.slug,
    title: section.title,
    text: htmlText(record.html.slice(starts[i], starts[i + 1] ?? record.html.length)),
  }));
}
