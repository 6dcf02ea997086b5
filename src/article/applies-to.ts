/** The "information in this article applies to" block as a list of product lines. */
import type { BodyLine } from './source-body.ts';

/**
 * One entry per `- product` line, nested lines included (flattened: the
 * nesting only groups editions under a product family, whose line reads
 * well on its own). Empty `- ` lines give no entry.
 */
export function parseAppliesTo(lines: BodyLine[]): string[] {
  const items: string[] = [];
  for (const { text } of lines) {
    const match = /^\s*-\s+(\S.*)$/.exec(text);
    if (match) items.push(match[1]!.trim());
  }
  return items;
}
