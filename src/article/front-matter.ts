/** The YAML front matter (`layout`, `title`, `permalink`) at the top of a source file. */
import { parseDocument } from 'yaml';
import type { Problem } from './model.ts';

export interface FrontMatter {
  /** `title` as written (a string), or null when absent, empty or not text. */
  title: string | null;
  /** `permalink` as written, or null when absent, empty or not text. */
  permalink: string | null;
  /** 1-based lines of the `title` and `permalink` keys (the opening `---` when absent). */
  titleLine: number;
  permalinkLine: number;
  /** Index of the first line after the front matter (0 when there is none). */
  end: number;
  problems: Problem[];
}

const FENCE = /^---\s*$/;

/**
 * Splits off and parses the front matter. A file without a closed `---` block
 * has none: its every line stays in the body, so nothing is lost.
 */
export function readFrontMatter(lines: string[], file: string): FrontMatter {
  const none = (kind: 'front-matter-missing' | 'front-matter-invalid', message: string): FrontMatter => ({
    title: null,
    permalink: null,
    titleLine: 1,
    permalinkLine: 1,
    end: 0,
    problems: [{ kind, file, line: 1, message }],
  });
  if (!FENCE.test(lines[0] ?? '')) return none('front-matter-missing', 'the file does not start with a --- front matter block');
  let close = 1;
  while (close < lines.length && !FENCE.test(lines[close]!)) close++;
  const problems: Problem[] = [];
  let end = close + 1;
  if (close === lines.length) {
    // A lost closing fence would otherwise swallow the whole article (header, number and all) into the
    // front matter: read the leading `key: value` lines as the block and the rest as the body.
    close = unclosedEnd(lines);
    if (close === 0) return none('front-matter-invalid', 'the front matter block is never closed with ---');
    end = close;
    problems.push({ kind: 'front-matter-invalid', file, line: 1, message: `the front matter block is never closed with ---; read as lines 2-${close}` });
  }

  const result: FrontMatter = { title: null, permalink: null, titleLine: 1, permalinkLine: 1, end, problems };
  const document = parseDocument(lines.slice(1, close).join('\n'));
  const error = document.errors[0];
  const data: unknown = error ? null : document.toJS();
  if (error || !isRecord(data)) {
    const line = error?.linePos ? error.linePos[0].line + 1 : 1;
    // yaml's own "at line N" counts from the first line after the fence; the problem's line is the file's.
    const reason = error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : 'it is not a mapping of keys to values';
    result.problems.push({ kind: 'front-matter-invalid', file, line, message: `the front matter is not valid YAML: ${reason}` });
    return result;
  }
  result.titleLine = keyLine(lines, close, 'title');
  result.permalinkLine = keyLine(lines, close, 'permalink');
  result.title = text(data.title);
  result.permalink = text(data.permalink);
  if (result.title === null) result.problems.push({ kind: 'title-missing', file, line: result.titleLine, message: 'the front matter has no title' });
  if (result.permalink === null) result.problems.push({ kind: 'permalink-missing', file, line: result.permalinkLine, message: 'the front matter has no permalink' });
  return result;
}

const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/;

/** The end of an unclosed block's leading `key: value` lines (index of the first other line), or 0 when there are none. */
function unclosedEnd(lines: string[]): number {
  let i = 1;
  while (i < lines.length && KEY_LINE.test(lines[i]!)) i++;
  return i > 1 && i < lines.length ? i : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Scalars as text (YAML may read `permalink: 123` as a number); null for absent, empty or structured values. */
function text(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  const string = String(value).trim();
  return string === '' ? null : string;
}

function keyLine(lines: string[], close: number, key: string): number {
  for (let i = 1; i < close; i++) if (lines[i]!.startsWith(`${key}:`)) return i + 1;
  return 1;
}
