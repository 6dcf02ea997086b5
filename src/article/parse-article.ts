/** The public entry of the parser: one source file's text to the Article model. */
import type { BlockContent } from 'mdast';
import type { Article, Problem, Section } from './model.ts';
import { readFrontMatter } from './front-matter.ts';
import { extractBody, splitLines, type BodyLine } from './source-body.ts';
import { splitZones, QUERY_WORDS, type Zones } from './zones.ts';
import { parseHeader } from './header.ts';
import { parseFooter } from './footer.ts';
import { parseAppliesTo } from './applies-to.ts';
import { parseTitle } from './title.ts';
import { idFromPath, isArticleId, normalisePermalink, numberOfId, permalinkFromId, permalinkFromPath, unsafePermalinkReason } from './permalink.ts';
import { splitSections, slugs } from './sections.ts';
import { parseBlocks } from './blocks.ts';
import { verbatimBlock } from './preformatted.ts';
import { ReferenceCollector } from './references.ts';
import { isBlank, isRuleLine } from './line-shapes.ts';

/**
 * Never throws: whatever the input, the result is an Article whose problems
 * say what was wrong, and every character of the body is somewhere in it.
 */
export function parseArticle(text: string, sourcePath: string): Article {
  try {
    return parse(text, sourcePath);
  } catch (error) {
    // A bug, not an input problem: keep the text readable rather than losing the page.
    return fallback(text, sourcePath, error);
  }
}

function parse(text: string, sourcePath: string): Article {
  const file = sourcePath;
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(lines, file);
  const body = extractBody(lines, frontMatter.end, file);
  const zones = splitZones(body.lines);
  const problems: Problem[] = [...frontMatter.problems, ...body.problems];

  const header = parseHeader(zones.header, file);
  problems.push(...header.problems);
  const firstLine = body.lines.find(({ text }) => !isBlank(text))?.line ?? frontMatter.end + 1;
  if (zones.header.length === 0) problems.push({ kind: 'header-missing', file, line: firstLine, message: 'the body does not start with the Article: ... Last Modified: header' });
  for (const { text, line } of zones.headerExtra) {
    problems.push({ kind: 'header-unknown-line', file, line, message: `"${text.trim()}" is not a header field; kept as written` });
  }

  const titleSource = frontMatter.title ?? body.heading?.text ?? '';
  const title = parseTitle(titleSource);
  const pathId = idFromPath(sourcePath);
  const candidates = [header.id, title.id, pathId].filter((candidate): candidate is string => candidate !== null && isArticleId(candidate));
  // No readable number anywhere: the corpus step reports the file and leaves it out (a page needs a number).
  const id = candidates[0] ?? '';
  const ids = new Set(candidates);
  if (ids.size > 1) {
    const line = zones.header.find((field) => field.label === 'Article')?.source.line ?? frontMatter.titleLine;
    problems.push({ kind: 'id-mismatch', file, line, message: `the header, title and path name different articles: ${[...ids].join(', ')}` });
  }

  const permalink = choosePermalink(frontMatter.permalink, frontMatter.permalinkLine, sourcePath, id, problems);
  const refs = new ReferenceCollector(id);
  const sections = buildSections(zones, refs);
  const { footer, additionalQueryWords } = readEnd(zones);

  return {
    id,
    number: numberOfId(id),
    title: title.title,
    tag: title.tag,
    permalink,
    sourcePath,
    header: header.header,
    appliesTo: parseAppliesTo(zones.appliesTo ?? []),
    sections,
    footer,
    additionalQueryWords,
    references: refs.list(),
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

/**
 * The front matter's permalink, normalised to `/kb/152/Q152941/`. An unsafe
 * one is never used: the page goes to the path-derived permalink (the file's
 * own place in the archive), or the id-derived one when the path says
 * nothing, so a bad value can neither escape the output folder nor take over
 * a site route.
 */
function choosePermalink(raw: string | null, line: number, sourcePath: string, id: string, problems: Problem[]): string {
  const fromPath = permalinkFromPath(sourcePath);
  // '' only for an article with neither a safe folder nor a number, which is never published.
  const fallback = fromPath ?? permalinkFromId(id) ?? '';
  if (raw === null) return fallback;
  const permalink = normalisePermalink(raw);
  const reason = unsafePermalinkReason(permalink);
  if (reason) {
    problems.push({ kind: 'permalink-unsafe', file: sourcePath, line, message: `permalink "${raw}" ${reason}; using ${fallback || 'none: the article has no other address'}` });
    return fallback;
  }
  if (fromPath && permalink !== fromPath) {
    problems.push({ kind: 'permalink-mismatch', file: sourcePath, line, message: `permalink ${permalink} does not match the file's place in the archive (${fromPath})` });
  }
  return permalink;
}

function buildSections(zones: Zones, refs: ReferenceCollector): Section[] {
  const raw = splitSections(zones.main);
  if (zones.headerExtra.length > 0) {
    const extra = { title: null, depth: 2 as const, line: zones.headerExtra[0]!.line, lines: [] as BodyLine[] };
    if (raw[0]?.title === null) raw[0].line = extra.line;
    else raw.unshift(extra);
  }
  const slugList = slugs(raw.map(({ title }) => title));
  return raw.map((section, k) => {
    const blocks = parseBlocks(section.lines, refs);
    if (k === 0 && section.title === null && zones.headerExtra.length > 0) blocks.unshift(verbatimBlock(zones.headerExtra, refs));
    return { title: section.title, slug: slugList[k]!, depth: section.depth, line: section.line, blocks: trimBreaks(blocks) };
  });
}

/** Separators at the start or end of a section separate nothing. */
function trimBreaks(blocks: BlockContent[]): BlockContent[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && blocks[start]!.type === 'thematicBreak') start++;
  while (end > start && blocks[end - 1]!.type === 'thematicBreak') end--;
  return start === 0 && end === blocks.length ? blocks : blocks.slice(start, end);
}

function readEnd(zones: Zones): Pick<Article, 'footer' | 'additionalQueryWords'> {
  const words: string[] = [];
  zones.queryWords.forEach(({ text }, k) => {
    if (k === 0) words.push(text.replace(QUERY_WORDS, '').trim());
    else if (!isBlank(text) && !isRuleLine(text)) words.push(text.trim());
  });
  return { footer: parseFooter(zones.footer), additionalQueryWords: words.filter(Boolean).join(' ') };
}

function fallback(text: string, sourcePath: string, error: unknown): Article {
  const pathId = idFromPath(sourcePath) ?? '';
  const refs = new ReferenceCollector(pathId);
  const lines = splitLines(text).map((line, k) => ({ text: line, line: k + 1 }));
  return {
    id: pathId,
    number: numberOfId(pathId),
    title: pathId,
    tag: null,
    permalink: permalinkFromPath(sourcePath) ?? permalinkFromId(pathId) ?? '',
    sourcePath,
    header: { products: [], versionsRaw: '', operatingSystems: [], keywords: [], lastModified: null, lastModifiedRaw: '' },
    appliesTo: [],
    sections: [{ title: null, slug: 'overview', depth: 2, line: 1, blocks: [verbatimBlock(lines, refs)] }],
    footer: { keywords: [], technology: [], version: '', issueType: '', solutionType: '', other: [] },
    additionalQueryWords: '',
    references: refs.list(),
    problems: [{ kind: 'parser-error', file: sourcePath, line: 1, message: `the parser failed (${error instanceof Error ? error.message : String(error)}); the file is shown as written` }],
  };
}
