/**
 * A small corpus of broken articles, generated from the seed article at test
 * time (so the repo holds no extra article files): each variant breaks one
 * thing the build report must name with its file and line.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface BadCase {
  /** Folder of the article under kb/; its last part is the article id. */
  dir: string;
  /** The problem kind the report must list for it. */
  kind: string;
  /** The problem's line is the first line containing this text (line 1 when null). */
  at: string | null;
  /** The broken file, from the seed article already renamed to this case's id. */
  make: (seed: string) => string | Buffer;
}

export const BAD_CASES: BadCase[] = [
  { dir: '152/Q152942', kind: 'front-matter-missing', at: null, make: (seed) => seed.replace(/^---\n[\s\S]*?\n---\n/, '') },
  { dir: '152/Q152943', kind: 'permalink-unsafe', at: 'permalink:', make: (seed) => seed.replace(/permalink: .*/, 'permalink: ../../../etc/passwd') },
  { dir: '152/Q152944', kind: 'permalink-mismatch', at: 'permalink:', make: (seed) => seed.replace(/permalink: .*/, 'permalink: /kb/152/Q152999/') },
  { dir: '152/Q152945', kind: 'date-unparseable', at: 'Last Modified:', make: (seed) => seed.replace('29-MAR-1999', '31-FOO-19x9') },
  { dir: '152/Q152946', kind: 'header-unknown-line', at: 'Reviewer(s):', make: (seed) => seed.replace('\tLast Modified: 29-MAR-1999\n', '\tLast Modified: 29-MAR-1999\n\tReviewer(s): nobody\n') },
  { dir: '152/Q152947', kind: 'raw-block-unclosed', at: '{% raw %}', make: (seed) => seed.replace('{% endraw %}', '') },
  {
    dir: '152/Q152948',
    kind: 'non-utf8',
    at: 'When you run caf',
    // "café" in Windows-1252: the lone byte 0xE9 is not UTF-8.
    make: (seed) => Buffer.from(seed.replace('When you run Microsoft Exchange', 'When you run caf\u0000 Microsoft Exchange'), 'utf8').map((b) => (b === 0 ? 0xe9 : b)) as Buffer,
  },
  // The seed's own id, filed under another folder.
  { dir: '999/Q152941', kind: 'duplicate-id', at: null, make: (seed) => seed },
];

export const lineOf = (text: string, at: string | null) => (at === null ? 1 : text.split('\n').findIndex((line) => line.includes(at)) + 1);

/** Writes the seed article plus every bad case under `root/kb/`; returns each case's text as written (latin-1 view for bytes). */
export async function writeBadCorpus(root: string): Promise<Map<string, string>> {
  const seed = await readFile(path.join('content', 'kb', '152', 'Q152941', 'README.md'), 'utf8');
  const written = new Map<string, string>();
  const write = async (dir: string, content: string | Buffer) => {
    await mkdir(path.join(root, 'kb', dir), { recursive: true });
    await writeFile(path.join(root, 'kb', dir, 'README.md'), content);
    written.set(dir, typeof content === 'string' ? content : content.toString('latin1'));
  };
  await write('152/Q152941', seed);
  for (const bad of BAD_CASES) await write(bad.dir, bad.make(seed.replaceAll('Q152941', bad.dir.split('/')[1]!)));
  return written;
}
