/**
 * Links the error codes in an article's rendered text to their code pages: a
 * hast pass the renderer runs once over the sections, listings included.
 *
 * Only elements are added: a code's text node is split and its middle piece
 * wrapped in `<a class="code-link">`, so the text reads, selects and copies
 * exactly as written (the lossless check compares the page's text with the
 * source). Codes are found by the search's own rules (`scanCodes`), over each
 * run of inline text as a whole, so a label in bold before its number still
 * counts as context; a code that spans two text nodes, or lies inside a link
 * already, is left alone.
 */
import { withBase } from '../links/site-url.ts';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { scanCodes, type CodeHit } from '../search/code-rules.ts';
import { codePath } from './paths.ts';

/** Elements that sit inside a line of text; everything else starts a new run. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var']);

export const CODE_LINK_CLASS = 'code-link';

type Parent = Root | Element;

interface Piece {
  node: Text;
  parent: Parent;
  /** Offset of the node's text in the run's text. */
  start: number;
  /** Inside an `<a>` already: read for context, never linked. */
  linked: boolean;
}

/** Links every code in `tree` in place; returns the keys it linked, in order of first link. */
export function linkCodes(tree: Parent, href: (key: string) => string = (key) => withBase(codePath(key))): string[] {
  const linked = new Set<string>();
  visitRuns(tree, (pieces, text) => {
    const wraps = new Map<Text, Array<{ from: number; to: number; key: string }>>();
    for (const { index, to, key } of mentions(scanCodes(text, false).filter(looksLikeACode))) {
      const piece = pieces.find((p) => index >= p.start && to <= p.start + p.node.value.length);
      if (!piece || piece.linked) continue;
      const list = wraps.get(piece.node) ?? [];
      list.push({ from: index - piece.start, to: to - piece.start, key });
      wraps.set(piece.node, list);
    }
    for (const piece of pieces) {
      const list = wraps.get(piece.node);
      if (!list) continue;
      const replacement: ElementContent[] = [];
      let at = 0;
      for (const { from, to, key } of list) {
        if (from > at) replacement.push({ type: 'text', value: piece.node.value.slice(at, from) });
        replacement.push({ type: 'element', tagName: 'a', properties: { className: [CODE_LINK_CLASS], href: href(key) }, children: [{ type: 'text', value: piece.node.value.slice(from, to) }] });
        linked.add(key);
        at = to;
      }
      if (at < piece.node.value.length) replacement.push({ type: 'text', value: piece.node.value.slice(at) });
      const siblings = piece.parent.children as RootContent[];
      siblings.splice(siblings.indexOf(piece.node), 1, ...replacement);
    }
  });
  return [...linked];
}

/**
 * The search indexes every 32-bit value, `WM_PAINT = &HF` and `buf_start = 0xa0000` too, and each has a page;
 * but only what reads as a status code is linked in the text: a value with its top bits set (0xC0000005,
 * 80004005, -2147467259), or one written with all eight digits (0x0000000A). Labelled codes (STOP, Event ID,
 * Error, Winsock) always are.
 */
export function looksLikeACode(hit: CodeHit): boolean {
  if (hit.kind !== 'hex') return true;
  if (parseInt(hit.key.slice(2), 16) >= 0x40000000) return true;
  return /^(?:0x|&h)?[0-9a-f]{8}(?:u?l{1,2}|u|&)?$/i.test(hit.text);
}

/** Which key a link takes when rules overlap: "sockets error 10060" is the Winsock error, "STOP 0xA" the bug check. */
const PRECEDENCE: Record<CodeHit['kind'], number> = { stop: 0, wsa: 1, event: 2, error: 3, hex: 4 };

/** Overlapping hits as one mention: their whole span, and the most specific key among them. */
function mentions(hits: readonly CodeHit[]): Array<{ index: number; to: number; key: string }> {
  const merged: Array<{ index: number; to: number; hit: CodeHit }> = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    const to = hit.index + hit.text.length;
    if (last && hit.index < last.to) {
      last.to = Math.max(last.to, to);
      if (PRECEDENCE[hit.kind] < PRECEDENCE[last.hit.kind]) last.hit = hit;
    } else merged.push({ index: hit.index, to, hit });
  }
  return merged.map(({ index, to, hit }) => ({ index, to, key: hit.key }));
}

/** Calls `run` for every run of inline text: its text nodes (with where each sits) and their text joined. */
function visitRuns(tree: Parent, run: (pieces: Piece[], text: string) => void): void {
  let pieces: Piece[] = [];
  let text = '';
  const flush = () => {
    // every code has a digit but a WSA name
    if (pieces.some((p) => !p.linked) && /\d|wsa/i.test(text)) run(pieces, text);
    pieces = [];
    text = '';
  };
  const walk = (parent: Parent, inLink: boolean) => {
    for (const child of [...parent.children]) {
      if (child.type === 'text') {
        pieces.push({ node: child, parent, start: text.length, linked: inLink });
        text += child.value;
      } else if (child.type === 'element') {
        if (INLINE.has(child.tagName)) walk(child, inLink || child.tagName === 'a');
        else {
          flush();
          walk(child, inLink);
          flush();
        }
      }
    }
  };
  walk(tree, false);
  flush();
}

/** The tree with its codes linked: the renderer's one call. */
export function withCodeLinks<T extends Parent>(tree: T): T {
  linkCodes(tree);
  return tree;
}

const LINKED_KEY = new RegExp(`<a class="${CODE_LINK_CLASS}" href="[^"]*/([^"/]+)/"`, 'g');

/** The keys an article's rendered HTML links to, read back from `linkCodes`' anchors. */
export function linkedCodeKeys(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(LINKED_KEY), (m) => m[1]!));
}
