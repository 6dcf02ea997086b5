/**
 * An article too long for one page (issue #17: every article page at most
 * 25 KB gzipped) is published in parts: the rendered sections are cut into
 * pages of at most PART_GZIP bytes of gzipped text each, at block boundaries
 * (a section, paragraph, list item, sub-heading's block), and inside a long
 * listing between its lines, never inside a line. An element cut in two is
 * closed at the end of one part and opened again, as a copy of its start tag,
 * at the top of the next, so each part is whole HTML and the parts together
 * hold the text exactly once, in order (the lossless check reads them in
 * turn). In-page links (`#slug`: "On this page", an article's own contents)
 * that point into another part name that part's address.
 *
 * Works on the hast tree before it is written out, so article text is never
 * touched as a string: it only moves between parts.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { gzipSync } from 'node:zlib';
import type { ArticlePart } from './model.ts';

/**
 * Gzipped text per part. A page adds ~9 KB of gzipped stylesheets and
 * scripts and up to ~6 KB of its own chrome (head, facts, details, and the
 * "On this page" of a long article, which lists every heading of the article
 * twice: in a drawer and beside the text): 9 KB keeps a part's page under 25 KB.
 */
export const PART_GZIP = 9_000;

/** The site path of part `k` (1-based): the article's own address for the first. */
export function partPath(permalink: string, k: number): string {
  return k === 1 ? permalink : `${permalink}${k}/`;
}

/** Elements a cut may go inside of: containers of blocks, and a listing's code. */
const SPLITTABLE = new Set(['section', 'ol', 'ul', 'blockquote', 'div', 'pre', 'code', 'dl', 'table', 'tbody']);

interface Atom {
  /** The original ancestors of the node, outermost first. */
  path: Element[];
  node: ElementContent;
  size: number;
}

/**
 * The parts of a rendered article, or null when it fits one page. `html` is
 * the tree already written out (the whole page's text), `href(k)` the address
 * of part k under the site's base.
 */
export function splitParts(tree: Root, html: string, href: (k: number) => string, budget = PART_GZIP): ArticlePart[] | null {
  // Gzip never makes text much smaller than a third of it; most articles are decided without compressing.
  if (html.length <= budget) return null;
  const gzipped = gzipSync(html).length;
  if (gzipped <= budget) return null;

  const atoms: Atom[] = [];
  const limit = Math.max(1024, Math.floor(html.length / Math.ceil(gzipped / budget) / 4));
  collect(tree.children as ElementContent[], [], limit, atoms);

  for (let count = Math.ceil(gzipped / budget); count <= atoms.length; count++) {
    const groups = pack(atoms, html.length / count);
    const opened = new Set<Element>();
    const contexts = headingContexts(groups);
    const trees = groups.map((group, k) => [...contexts[k]!, ...rebuild(group, opened)]);
    const ids = trees.map(headingIds);
    const partOf = new Map(ids.flatMap((list, k) => list.map((id) => [id, k + 1] as const)));
    const parts = trees.map((children, k) => {
      relink(children, k + 1, partOf, href);
      return { html: toHtml({ type: 'root', children }), ids: ids[k]! };
    });
    if (parts.every((part) => gzipSync(part.html).length <= budget)) return parts;
  }
  // Blocks that cannot be cut further (one line over the budget): one part each.
  return null;
}

/** Flattens the tree into the units a part boundary may fall between. */
function collect(nodes: ElementContent[], path: Element[], limit: number, atoms: Atom[]): void {
  for (const node of nodes) {
    if (node.type === 'element' && SPLITTABLE.has(node.tagName) && node.children.length > 0) {
      const size = toHtml(node).length;
      if (size > limit) {
        collect(node.children, [...path, node], limit, atoms);
        continue;
      }
      atoms.push({ path, node, size });
    } else if (node.type === 'text' && node.value.length > limit && path.some((el) => el.tagName === 'pre')) {
      // A listing's text: its lines, each with its line break.
      for (const line of node.value.match(/[^\n]*\n|[^\n]+$/g) ?? []) atoms.push({ path, node: { type: 'text', value: line } satisfies Text, size: line.length });
    } else {
      atoms.push({ path, node, size: node.type === 'text' ? node.value.length : toHtml(node).length });
    }
  }
}

/** Consecutive atoms, about `target` bytes each, never an empty group. */
function pack(atoms: Atom[], target: number): Atom[][] {
  const groups: Atom[][] = [[]];
  let size = 0;
  for (const atom of atoms) {
    const group = groups[groups.length - 1]!;
    if (group.length > 0 && size + atom.size / 2 > target) {
      groups.push([atom]);
      size = atom.size;
    } else {
      group.push(atom);
      size += atom.size;
    }
  }
  return groups;
}

/**
 * One part's tree: each atom under copies of its ancestors. An ancestor that
 * began in an earlier part (`opened`) is opened again without what names or
 * numbers its start: `aria-labelledby` points at a heading on the earlier
 * page, and an `ol` counts on from where it stopped. Atoms are copied, so
 * relinking one part never touches the tree the next attempt starts from.
 */
function rebuild(group: Atom[], opened: Set<Element>): ElementContent[] {
  const top: ElementContent[] = [];
  const open: Array<{ original: Element; copy: Element }> = [];
  for (const atom of group) {
    let depth = 0;
    while (depth < open.length && depth < atom.path.length && open[depth]!.original === atom.path[depth]) depth++;
    open.length = depth;
    atom.path.slice(depth).forEach((original, i) => {
      const copy: Element = { type: 'element', tagName: original.tagName, properties: { ...original.properties }, children: [] };
      if (opened.has(original)) {
        delete copy.properties.ariaLabelledBy;
        delete copy.properties.id;
        if (original.tagName === 'ol') {
          const child = atom.path[depth + i + 1] ?? atom.node;
          const index = original.children.indexOf(child as ElementContent);
          const before = original.children.slice(0, index).filter((c) => c.type === 'element' && c.tagName === 'li').length;
          copy.properties.start = Number(original.properties.start ?? 1) + before;
        }
      }
      opened.add(original);
      (open.length ? open[open.length - 1]!.copy.children : top).push(copy);
      open.push({ original, copy });
    });
    (open.length ? open[open.length - 1]!.copy.children : top).push(structuredClone(atom.node));
  }
  return top;
}

/**
 * The headings a part opens under, restated at its top: a part cut inside a
 * section would otherwise begin on its text or on a sub-heading two levels
 * below the title, so the reader would not know where they are and the
 * heading levels would jump (h1 to h4). For each part, the last heading of
 * each level still open where it begins, above the level of the part's own
 * first heading, copied as text with "(continued)" and without its id, so
 * links still lead to the original.
 */
function headingContexts(groups: Atom[][]): ElementContent[][] {
  let open: Element[] = [];
  return groups.map((group) => {
    const first = firstHeading(group.map((atom) => atom.node));
    const restated = open
      .filter((heading) => first === undefined || level(heading) < level(first))
      .map((heading): Element => ({
        type: 'element',
        tagName: heading.tagName,
        properties: { className: ['continued'] },
        children: [{ type: 'text', value: `${textOf(heading)} (continued)` }],
      }));
    for (const atom of group) {
      for (const heading of headingsIn([atom.node])) open = [...open.filter((h) => level(h) < level(heading)), heading];
    }
    return restated;
  });
}

const level = (heading: Element) => Number(heading.tagName.slice(1));

function headingsIn(nodes: ElementContent[]): Element[] {
  return nodes.flatMap((node) =>
    node.type !== 'element' ? [] : /^h[2-6]$/.test(node.tagName) ? [node] : headingsIn(node.children),
  );
}

/** The first heading of a part, when nothing but white space comes before it. */
function firstHeading(nodes: ElementContent[]): Element | undefined {
  for (const node of nodes) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (node.type !== 'element') return undefined;
    if (/^h[2-6]$/.test(node.tagName)) return node;
    return firstHeading(node.children);
  }
  return undefined;
}

function textOf(node: ElementContent): string {
  return node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
}

function headingIds(children: ElementContent[]): string[] {
  const ids: string[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (/^h[2-6]$/.test(node.tagName) && typeof node.properties.id === 'string') ids.push(node.properties.id);
      walk(node.children);
    }
  };
  walk(children);
  return ids;
}

/** `#slug` links to a heading in another part name that part. */
function relink(children: ElementContent[], k: number, partOf: ReadonlyMap<string, number>, href: (k: number) => string): void {
  for (const node of children) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) {
      const target = partOf.get(decodeURIComponent(node.properties.href.slice(1)));
      if (target !== undefined && target !== k) node.properties = { ...node.properties, href: href(target) + node.properties.href };
    }
    relink(node.children, k, partOf, href);
  }
}
