/**
 * "On this page": which articles get a list of their headings, and which
 * headings it shows, as a tree for nested lists.
 */
import type { OutlineEntry } from '../article/model.ts';

/** An article with this many headings gets the list... */
export const MIN_HEADINGS = 4;
/** ...and so does one whose source is longer than about three screens of text, if it has two headings to list. */
export const LONG_SOURCE = 9000;
/** Levels of headings listed, from the top one down: a list of every 1.1.1 would be longer than useful. */
const LEVELS_SHOWN = 3;

export interface OutlineNode extends OutlineEntry {
  children: OutlineNode[];
}

export function wantsOutline(outline: readonly OutlineEntry[], sourceLength: number): boolean {
  return outline.length >= MIN_HEADINGS || (outline.length >= 2 && sourceLength > LONG_SOURCE);
}

/** The top LEVELS_SHOWN levels of headings, nested. */
export function outlineTree(outline: readonly OutlineEntry[]): OutlineNode[] {
  if (outline.length === 0) return [];
  const top = Math.min(...outline.map(({ level }) => level));
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of outline) {
    if (entry.level >= top + LEVELS_SHOWN) continue;
    const node: OutlineNode = { ...entry, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}
