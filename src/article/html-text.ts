/** The text a reader sees in an HTML fragment or page, for checks and plain-text uses. */
import { decodeEntities } from './decode-entities.ts';

const HIDDEN = /<(script|style|template)\b[^]*?<\/\1\s*>|<!--[^]*?-->/gi;
const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const TAG = /<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Tags removed (block tags become line breaks), scripts, styles and comments dropped, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(HIDDEN, '').replace(BLOCK_TAG, '\n').replace(TAG, ''));
}
