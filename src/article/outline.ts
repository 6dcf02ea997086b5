/**
 * The article's headings as one outline: the level each is rendered at, its
 * anchor, and the links from the article's own table of contents to them.
 * The renderer and the page's "On this page" list both read levels from
 * here, so they cannot disagree.
 */
import type { BlockContent, Code, Heading, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Article, OutlineEntry, Section } from './model.ts';
import { slugify } from './sections.ts';

/**
 * h2 for `===` sections; h3 for a `---` section under a titled `===` one. A
 * `---` section with no titled section above it (first in the article, or
 * under the untitled lead) is h2, so that headings never skip from h1 to h3.
 */
export function sectionLevels(sections: Section[]): Array<2 | 3> {
  let parentHeading = false;
  return sections.map((section) => {
    const level = section.depth === 3 && parentHeading ? 3 : 2;
    if (section.depth === 2) parentHeading = section.title !== null;
    else if (level === 2) parentHeading = false;
    return level;
  });
}

/** A section's sub-headings, top-level blocks only (the parser makes them nowhere else). */
export function subheadingsOf(section: Section): Heading[] {
  return section.blocks.filter((block): block is Heading => block.type === 'heading' && block.data?.kbSubheading !== undefined);
}

/**
 * Sub-headings one level below their section (the untitled lead counts as
 * h1); a numbered one deeper than the section's shallowest (`1.1.1` where
 * `1.1` exists) one more level, never past h6.
 */
export function subheadingLevels(section: Section, level: number): Map<Heading, number> {
  const headings = subheadingsOf(section);
  const base = section.title === null ? 1 : level;
  const depths = headings.map((heading) => heading.data!.kbSubheading!.number?.split('.').length ?? 0);
  const shallowest = Math.min(...depths.filter((depth) => depth > 0));
  return new Map(headings.map((heading, k) => [heading, Math.min(6, base + 1 + (depths[k]! > shallowest ? 1 : 0))]));
}

/** Every heading of the article in page order: sections and sub-headings, with their levels and anchors. */
export function articleOutline(article: Pick<Article, 'sections'>): OutlineEntry[] {
  const levels = sectionLevels(article.sections);
  const entries: OutlineEntry[] = [];
  article.sections.forEach((section, k) => {
    if (section.title !== null) entries.push({ title: section.title, slug: section.slug, level: levels[k]! });
    for (const [heading, level] of subheadingLevels(section, levels[k]!)) {
      entries.push({ title: toString(heading), slug: heading.data!.kbSubheading!.slug, level });
    }
  });
  return entries;
}

/** Gives every sub-heading an anchor unique among all the article's headings (section slugs come first). */
export function assignSubheadingSlugs(sections: Section[]): void {
  const used = new Set(sections.map(({ slug }) => slug));
  used.add('overview');
  for (const section of sections) {
    for (const heading of subheadingsOf(section)) {
      const base = slugify(toString(heading));
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
      heading.data!.kbSubheading!.slug = slug;
    }
  }
}

/** A contents entry: `1.1   Setup Requirements`, or a heading's title alone. */
const ENTRY = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*?)\s*$/;
/** Entries of one section that must name real headings before any is linked: two could be chance. */
const MIN_ENTRIES = 3;

/**
 * Links an article's own table of contents to the headings it lists: lines
 * of a listing (`data.kbContents`) or one-line paragraphs whose number and
 * title (or title alone) name a heading of the article. Only where a section
 * holds at least MIN_ENTRIES such entries.
 */
export function linkContents(sections: Section[]): void {
  const byNumber = new Map<string, { title: string; slug: string }>();
  const byTitle = new Map<string, string>();
  const add = (title: string, slug: string) => {
    const match = ENTRY.exec(title);
    if (match) byNumber.set(match[1]!.replace(/\.0$/, ''), { title: match[2]!, slug });
    byTitle.set(normalise(match ? match[2]! : title), slug);
  };
  for (const section of sections) {
    if (section.title !== null) add(section.title, section.slug);
    for (const heading of subheadingsOf(section)) add(toString(heading), heading.data!.kbSubheading!.slug);
  }
  if (byNumber.size + byTitle.size === 0) return;

  /** The heading a contents line names, or null. */
  const target = (line: string): string | null => {
    const match = ENTRY.exec(line);
    if (match) {
      const heading = byNumber.get(match[1]!.replace(/\.0$/, ''));
      // The title must agree as far as the line goes (a wrapped entry continues on the next line).
      if (heading && normalise(heading.title).startsWith(normalise(match[2]!).slice(0, 24))) return heading.slug;
      return null;
    }
    return byTitle.get(normalise(line)) ?? null;
  };

  for (const section of sections) {
    const found = section.blocks.map((block) => entriesOf(block, target));
    if (found.reduce((sum, entries) => sum + entries.length, 0) < MIN_ENTRIES) continue;
    section.blocks.forEach((block, k) => {
      const entries = found[k]!;
      if (entries.length === 0) return;
      if (block.type === 'code') block.data = { ...block.data, kbContents: entries };
      else if (block.type === 'paragraph') block.children = [{ type: 'link', url: `#${entries[0]!.slug}`, children: block.children }];
    });
  }
}

/** Linked contents blocks of an article: runs of consecutive blocks holding linked entries (for the corpus statistics). */
export function contentsBlockCount(sections: Section[]): number {
  let count = 0;
  for (const section of sections) {
    let inRun = false;
    for (const block of section.blocks) {
      const linked = (block.type === 'code' && block.data?.kbContents !== undefined) || (block.type === 'paragraph' && isContentsLink(block));
      if (linked && !inRun) count++;
      inRun = linked;
    }
  }
  return count;
}

function isContentsLink(block: Paragraph): boolean {
  const [only] = block.children;
  return block.children.length === 1 && only!.type === 'link' && only.url.startsWith('#');
}

function entriesOf(block: BlockContent, target: (line: string) => string | null): Array<{ line: number; slug: string }> {
  if (block.type === 'code') return contentLines(block, target);
  if (block.type === 'paragraph' && isOneLine(block)) {
    const slug = target(toString(block));
    return slug ? [{ line: 0, slug }] : [];
  }
  return [];
}

function contentLines(block: Code, target: (line: string) => string | null): Array<{ line: number; slug: string }> {
  const entries: Array<{ line: number; slug: string }> = [];
  block.value.split('\n').forEach((line, k) => {
    const slug = line.trim() === '' ? null : target(line);
    if (slug) entries.push({ line: k, slug });
  });
  return entries;
}

/** A paragraph of plain text on one line, no links or breaks (a contents entry, not prose). */
function isOneLine(block: Paragraph): boolean {
  return block.children.every((child: PhrasingContent) => child.type === 'text') && toString(block).length <= 100;
}

function normalise(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}
