/** Locating the article body in a source file: after the front matter and `## Qnnn: title` line, inside `{% raw %}`. */
import type { Problem } from './model.ts';

/** One body line: its text with the one leading tab of the source removed, and its 1-based source line. */
export interface BodyLine {
  text: string;
  line: number;
}

export interface SourceBody {
  /** The `## Q152941: Title` line (text after `## `), when the body is preceded by one. */
  heading: BodyLine | null;
  lines: BodyLine[];
  problems: Problem[];
}

const RAW_OPEN = /^\s*\{%-?\s*raw\s*-?%\}\s*$/;
const RAW_CLOSE = /^\s*\{%-?\s*endraw\s*-?%\}\s*$/;

/** Splits text into lines on any line ending, so line numbers match what an editor shows. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * The body is every line from `start` on except the `## ` title line and the
 * raw markers, each with exactly one leading tab stripped. Lines outside the
 * raw block (there are none in the archive) stay in the body too: they are
 * text the reader must see.
 */
export function extractBody(lines: string[], start: number, file: string): SourceBody {
  let i = start;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  let heading: BodyLine | null = null;
  if (i < lines.length && lines[i]!.startsWith('## ')) {
    heading = { text: lines[i]!.slice(3).trim(), line: i + 1 };
    i++;
  } else {
    i = start;
  }
  const body: BodyLine[] = [];
  const problems: Problem[] = [];
  let openLine = 0;
  for (; i < lines.length; i++) {
    const text = lines[i]!;
    if (RAW_OPEN.test(text)) {
      openLine ||= i + 1;
    } else if (RAW_CLOSE.test(text)) {
      openLine = 0;
    } else {
      body.push({ text: text.startsWith('\t') ? text.slice(1) : text, line: i + 1 });
    }
  }
  if (openLine) problems.push({ kind: 'raw-block-unclosed', file, line: openLine, message: 'the {% raw %} block is never closed with {% endraw %}' });
  return { heading, lines: body, problems };
}
