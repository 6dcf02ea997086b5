/**
 * The article's sections as HTML: mdast -> hast (mdast-util-to-hast) -> HTML
 * (hast-util-to-html, which escapes every text), cross-references resolved.
 *
 *   <section aria-labelledby="symptoms"><h2 id="symptoms">SYMPTOMS</h2><p>...</p></section>
 *
 * Depth-3 sections nest in the depth-2 section before them; heading levels
 * come from outline.ts (never skipping one), as do those of the headings
 * inside sections (`1.1  Setup Requirements`), which carry ids and link
 * controls like section headings. The lead has no heading of its own: `<section class="overview"
 * aria-label="Overview">`. Sections are landmarks named by their heading,
 * except a section whose name an earlier one already has (it stays a plain
 * `<section>`), so no two landmarks of a page share a name.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Code, Heading, Link, List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defaultHandlers, toHast, type Handlers, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Article, Section } from './model.ts';
import { findReferences } from './references.ts';
import { sectionLevels, subheadingLevels } from './outline.ts';
import { withCodeLinks } from '../codes/link-codes.ts';

/** Maps an article id to its permalink, or null when the archive does not have it. */
export type Resolve = (id: string) => string | null;

export function renderSections(article: Article, resolve: Resolve): string {
  return toHtml(renderSectionTree(article, resolve));
}

/** The same as a hast tree, for a caller that cuts it into pages (split-parts.ts) before writing it out. */
export function renderSectionTree(article: Article, resolve: Resolve): Root {
  const children: ElementContent[] = [];
  const names = new Set<string>();
  const levels = sectionLevels(article.sections);
  let parent: Element | null = null;
  article.sections.forEach((section, k) => {
    const level = levels[k]!;
    // Sections are landmarks named by their heading; a second section with the same name would make two indistinguishable ones.
    const name = (section.title ?? 'Overview').trim().toLowerCase();
    const element = sectionElement(section, makeHandlers(resolve, subheadingLevels(section, level)), level, !names.has(name));
    names.add(name);
    if (section.depth === 3 && parent) {
      parent.children.push(element);
    } else {
      children.push(element);
      parent = section.depth === 2 ? element : null;
    }
  });
  return withCodeLinks({ type: 'root', children } satisfies Root);
}

function sectionElement(section: Section, handlers: Handlers, level: 2 | 3, landmark: boolean): Element {
  const body = toHast({ type: 'root', children: section.blocks }, { handlers }) as Root;
  const content = body.children.filter((child): child is ElementContent => child.type !== 'doctype');
  if (section.title === null) {
    return element('section', { className: ['overview'], ariaLabel: 'Overview' }, content);
  }
  const heading = element(`h${level}`, { id: section.slug }, [{ type: 'text', value: section.title }, sectionLinkElement(section.slug, section.title)]);
  return element('section', landmark ? { ariaLabelledBy: [section.slug] } : {}, [heading, ...content]);
}

/**
 * The "link to this section" control a heading carries: a plain link, so it
 * works without JavaScript (a script adds the copying). It has no text of its
 * own, so the heading reads and copies as written: CSS draws the `#` and the
 * label names it for assistive technology; having no text, it adds nothing
 * to the search index either. Nothing else is written on it (the tooltip
 * comes from the page's script): a long article has hundreds of headings.
 */
export function sectionLinkElement(slug: string, title: string): Element {
  return element(
    'a',
    { className: ['section-link'], href: `#${slug}`, ariaLabel: `Link to this section: ${title.trim()}` },
    [],
  );
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function makeHandlers(resolve: Resolve, subheadingLevels: Map<Heading, number>): Handlers {
  return {
    /** `kb:Q123` links: an anchor when the archive has the article, else just the text. */
    link(state: State, node: Link) {
      const children = state.all(node);
      if (!node.url.startsWith('kb:')) return element('a', { href: node.url }, children);
      const href = resolve(node.url.slice(3));
      return href === null ? children : element('a', { href }, children);
    },
    /** A heading inside a section: its level from the outline, an id and a link control like a section's. */
    heading(state: State, node: Heading) {
      const sub = node.data?.kbSubheading;
      if (!sub) return defaultHandlers.heading(state, node);
      const title = toString(node);
      return element(`h${subheadingLevels.get(node) ?? 3}`, { id: sub.slug, className: ['kb-subheading'] }, [...state.all(node), sectionLinkElement(sub.slug, title)]);
    },
    /** Reference lists get a class of their own, for styling. */
    list(state: State, node: List) {
      const result = defaultHandlers.list(state, node);
      if (node.data?.kbBlock === 'references') result.properties.className = ['kb-references'];
      return result;
    },
    /** Preformatted and verbatim blocks keep their text as is; references in them are linked, and contents entries. */
    code(_state: State, node: Code) {
      const kind = node.data?.kbBlock ?? 'preformatted';
      const text = node.data?.kbContents ? contentsText(node.value, node.data.kbContents, resolve) : linkedText(node.value, resolve);
      // A listing keeps its columns and scrolls sideways in its box; a box that scrolls must take keyboard focus
      // (WCAG 2.1.1, axe `scrollable-region-focusable`).
      return element('pre', { className: [kind === 'verbatim' ? 'kb-verbatim' : 'kb-pre'], tabIndex: 0 }, [element('code', {}, text)]);
    },
  };
}

/** A listing that is the article's own table of contents: each entry's text links to its heading, spacing kept. */
function contentsText(text: string, entries: Array<{ line: number; slug: string }>, resolve: Resolve): ElementContent[] {
  const slugs = new Map(entries.map(({ line, slug }) => [line, slug]));
  const nodes: ElementContent[] = [];
  text.split('\n').forEach((line, k) => {
    if (k > 0) nodes.push({ type: 'text', value: '\n' });
    const slug = slugs.get(k);
    if (slug === undefined) return void nodes.push(...linkedText(line, resolve));
    const start = line.length - line.trimStart().length;
    const end = line.trimEnd().length;
    if (start > 0) nodes.push({ type: 'text', value: line.slice(0, start) });
    nodes.push(element('a', { href: `#${slug}` }, [{ type: 'text', value: line.slice(start, end) }]));
    if (end < line.length) nodes.push({ type: 'text', value: line.slice(end) });
  });
  return nodes;
}

function linkedText(text: string, resolve: Resolve): ElementContent[] {
  const nodes: ElementContent[] = [];
  let at = 0;
  for (const [start, end, id] of findReferences(text)) {
    const href = resolve(id);
    if (href === null) continue;
    if (start > at) nodes.push({ type: 'text', value: text.slice(at, start) });
    nodes.push(element('a', { href }, [{ type: 'text', value: text.slice(start, end) }]));
    at = end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}
