/**
 * The one way the build turns data into HTML outside the article renderer:
 * hast nodes, serialised by hast-util-to-html, which escapes every text and
 * attribute value. `escapeHtml` is the same escaping for the one place a
 * string template is kept for speed (browse tables: 400,000 rows).
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

export type Child = ElementContent | string | null | undefined | false;

/** A hast element; properties use hast names (`className`, `httpEquiv`, `dataPagefindMeta`); strings become text. */
export function element(tagName: string, properties: Properties = {}, children: Child[] = []): Element {
  return { type: 'element', tagName, properties, children: children.flatMap((child) => (child ? [typeof child === 'string' ? { type: 'text', value: child } : child] : [])) };
}

/** HTML already made by hast-util-to-html (a cached article body), placed as it is. */
export function trusted(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

/** A whole document: `<!doctype html>` and the given root element. */
export function documentHtml(root: Element): string {
  return serialise([{ type: 'doctype' }, root]);
}

export function serialise(nodes: RootContent[]): string {
  return toHtml({ type: 'root', children: nodes } satisfies Root, { allowDangerousHtml: true });
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text or a quoted attribute value, for string templates that must stay templates. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
