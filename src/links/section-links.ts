/**
 * The "link to this section" control for headings the page itself writes
 * (Applies to, Referenced by); article headings get theirs from the renderer,
 * so both are the same element.
 */
import { toHtml } from 'hast-util-to-html';
import { sectionLinkElement } from '../article/render-article.ts';

export function sectionLink(slug: string, title: string): string {
  return toHtml(sectionLinkElement(slug, title));
}
