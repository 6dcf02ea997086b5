/**
 * A small corpus of broken articles, generated from the seed article at test
 * time (so the repo holds no extra article files): each variant breaks one
 * thing the build report must name with its file and line.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
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
  // Sorted before the seed, it claims the seed's address: it is moved to its own folder's, the seed keeps its own.
  { dir: '100/Q100001', kind: 'duplicate-permalink', at: 'permalink:', make: (seed) => seed.replace(/permalink: .*/, 'permalink: /kb/152/Q152941/') },
  // Valid front matter, but no number in the folder, the header or the title: reported and left out.
  {
    dir: 'abc/evil',
    kind: 'id-missing',
    at: null,
    make: (seed) => seed.replace(/permalink: .*\n/, '').replace(/Q\d+: /g, '').replace(/\tArticle: .*\n/, ''),
  },
  // A product and a keyword longer than any file name may be.
  { dir: '152/Q152949', kind: 'header-unknown-line', at: 'Reviewer(s):', make: (seed) => longValues(seed).replace('\tLast Modified: 29-MAR-1999\n', '\tLast Modified: 29-MAR-1999\n\tReviewer(s): nobody\n') },
  { dir: '152/Q152950', kind: 'utf16-or-utf32', at: null, make: (seed) => Buffer.from('\ufeff' + seed, 'utf16le') },
  { dir: '152/Q152951', kind: 'control-character', at: 'When you\u0000', make: (seed) => seed.replace('When you run', 'When you\u0000 run\u001b') },
  // 1.2 MB: over the size limit, published once without the source view.
  { dir: '152/Q152952', kind: 'file-too-large', at: null, make: (seed) => seed.replace('{% endraw %}', `\t${'padding '.repeat(150_000)}\n{% endraw %}`) },
];

/** The seed with a 300-character product and a 302-character keyword token. */
function longValues(seed: string): string {
  return seed.replace(/\tProduct\(s\): .*/, `\tProduct(s): Microsoft ${'a'.repeat(290)}`).replace(/\tKeyword\(s\): .*/, `\tKeyword(s): kb${'z'.repeat(300)}`);
}

/** Symbolic links in the hostile corpus: each one the report must name, or follow. */
export const LINKS = {
  /** A README.md linking to a file outside the content root: reported, skipped. */
  fileOutside: 'kb/152/Q152953/README.md',
  /** A whole folder linking outside the content root: reported, skipped. */
  folderOutside: 'kb/997',
  /** A folder linking to another folder inside the root: followed (its article is a duplicate id). */
  folderInside: 'kb/998',
  /** A link to a folder that contains it: reported, skipped. */
  loop: 'kb/152/Q152954',
} as const;

/** Articles the corpus step reads: the seed, every case, and the folder linked inside the root. */
export const READ = BAD_CASES.length + 2;
/** Of those, the ones published: all but the one without a number. */
export const PUBLISHED = READ - 1;

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
  // Outside the content root: a secret file and a folder of articles the site must not publish.
  const outside = path.join(path.dirname(root), 'outside-' + path.basename(root));
  await mkdir(path.join(outside, 'Q997001'), { recursive: true });
  await writeFile(path.join(outside, 'secret.md'), seed.replaceAll('Q152941', 'Q152953'));
  await writeFile(path.join(outside, 'Q997001', 'README.md'), seed.replaceAll('Q152941', 'Q997001'));
  await mkdir(path.join(root, 'kb', '152', 'Q152953'), { recursive: true });
  await symlink(path.join(outside, 'secret.md'), path.join(root, LINKS.fileOutside));
  await symlink(outside, path.join(root, LINKS.folderOutside));
  await symlink(path.join(root, 'kb', '999'), path.join(root, LINKS.folderInside));
  await symlink(path.join(root, 'kb'), path.join(root, LINKS.loop));
  return written;
}
