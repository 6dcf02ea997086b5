/**
 * Property test of the whole corpus step, not only the parser: small corpora
 * of mutated files (bytes and encodings, paths and symbolic links, front
 * matter, header values of any length, colliding ids and permalinks) go
 * through scanning, parsing, rendering, facets and file writing. Whatever the
 * corpus, nothing throws, every planted problem is reported with its file and
 * a line, and every article with an id is published exactly once, at a safe
 * address, with every file it implies inside the output folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProblemKind } from '../../../src/article/model.ts';
import { buildCorpus } from '../../../src/build/build-corpus.ts';
import { createFileWriter } from '../../../src/build/file-writer.ts';
import { recordFile } from '../../../src/build/paths.ts';
import { CODE_CATALOG, type CodeCatalog } from '../../../src/codes/code-catalog.ts';
import { codeJsonPath, codePath } from '../../../src/codes/paths.ts';
import { browsePages } from '../../../src/facets/browse-pages.ts';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { jsonPath, sourcePath } from '../../../src/links/paths.ts';
import { shortPath } from '../../../src/links/short-links.ts';

const SEED = readFileSync(path.join('content', 'kb', '152', 'Q152941', 'README.md'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'kb-corpus-props-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What one generated file is, and the problem kinds its mutations must be reported with. */
interface Planned {
  /** `kb/<folder>/<article>/README.md`. */
  file: string;
  /** Its front matter names its own folder's address, and stays readable. */
  claimsOwnFolder: boolean;
  /** The article number the build can read (folder, header or title), or null when none is left. */
  id: string | null;
  expect: ProblemKind[];
  bytes: Buffer;
}

const SAFE_PERMALINK = /^\/kb\/[A-Za-z0-9_-]{1,100}\/[A-Za-z0-9_-]{1,100}\/$/;
const SAFE_SITE_PATH = /^\/(?:[A-Za-z0-9_.-]+\/){1,4}(?:[A-Za-z0-9_.-]+\.(?:json|txt|html))?$/;

const ids = fc.constantFrom('Q100001', 'Q100002', 'Q100003', 'Q152941', 'Q9');
/** Folder names: the usual shape, odd but legal names, and names that look like paths or markup. */
const articleFolder = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) }, // the id's own folder
  { weight: 1, arbitrary: fc.constantFrom('evil', 'ABC def', '...', '-', 'café', '<script>', 'a'.repeat(200), 'Q12345678901') },
);
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const longValue = fc.oneof(
  anyText,
  fc.integer({ min: 200, max: 400 }).map((n) => 'Microsoft ' + 'x'.repeat(n)),
  fc.integer({ min: 200, max: 400 }).map((n) => 'kb' + 'z'.repeat(n)),
  fc.constant('../../../etc'), fc.constant('<img src=x onerror=alert(1)>'));
const permalinkChoice = fc.oneof(
  fc.constant({ kind: 'own' as const }),
  fc.constant({ kind: 'none' as const }),
  ids.map((id) => ({ kind: 'claim' as const, id })), // another article's address (or its own)
  fc.constantFrom('//', '../../../etc/passwd', '/kb/152/../../x/', '/kb/~/Q1/', 'javascript:alert(1)', ' ', '/kb/152/Q152941/index.html').map((value) => ({ kind: 'raw' as const, value })),
);
const encoding = fc.constantFrom('utf8', 'utf8', 'utf8', 'utf16le', 'utf16be', 'cp1252', 'truncated');
const fileShape = fc.record({
  id: ids,
  folder: articleFolder,
  permalink: permalinkChoice,
  product: fc.option(longValue, { nil: undefined }),
  keyword: fc.option(longValue, { nil: undefined }),
  title: fc.option(anyText, { nil: undefined }),
  inBody: fc.option(fc.oneof(anyText, fc.constantFrom('\u0000', '\u001b[31m', '0xC0000005 c0000005', 'STOP 0x0000000A', '{% raw %}', '---')), { nil: undefined }),
  frontMatter: fc.constantFrom('keep', 'keep', 'keep', 'drop', 'unclosed', 'garbage'),
  encoding,
});
const corpusShape = fc.record({
  files: fc.array(fileShape, { minLength: 1, maxLength: 6 }),
  links: fc.array(fc.constantFrom('file-inside', 'file-outside', 'folder-outside', 'dangling', 'loop'), { maxLength: 2 }),
});

type FileShape = typeof fileShape extends fc.Arbitrary<infer T> ? T : never;

function articleText(shape: FileShape, folderRel: string): { text: string; expect: ProblemKind[] } {
  const expect: ProblemKind[] = [];
  let text = SEED.replaceAll('Q152941', shape.id);
  const permalink = shape.permalink;
  if (permalink.kind === 'none') text = text.replace(/permalink: .*\n/, '');
  else if (permalink.kind === 'claim') text = text.replace(/permalink: .*/, `permalink: /kb/${permalink.id.slice(1, 4).padStart(3, '0')}/${permalink.id}/`);
  else if (permalink.kind === 'raw') text = text.replace(/permalink: .*/, `permalink: ${JSON.stringify(permalink.value)}`);
  else text = text.replace(/permalink: .*/, `permalink: /${folderRel}/`);
  // The header's product, and the "applies to" list the facets are read from.
  if (shape.product !== undefined)
    text = text.replace(/\tProduct\(s\): .*/, `\tProduct(s): ${oneLine(shape.product)}`).replace('- Microsoft Exchange Server, version 4.0', `- ${oneLine(shape.product)}, version 4.0`);
  if (shape.keyword !== undefined) text = text.replace(/\tKeyword\(s\): .*/, `\tKeyword(s): ${oneLine(shape.keyword)}`);
  if (shape.title !== undefined) text = text.replace(/^title: .*$/m, `title: ${JSON.stringify(shape.title)}`);
  if (shape.inBody !== undefined) text = text.replace('When you run', `When you ${shape.inBody} run`);
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text.replace(/^---\n[\s\S]*?\n---\n/, ''))) expect.push('control-character');
  if (shape.frontMatter === 'drop') {
    text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect.push('front-matter-missing');
  } else if (shape.frontMatter === 'unclosed') text = text.replace(/^(---\n[\s\S]*?\n)---\n/, '$1');
  else if (shape.frontMatter === 'garbage') text = text.replace(/^---\n/, '---\n: [unbalanced\n');
  return { text, expect };
}

const oneLine = (value: string) => value.replace(/[\r\n]/g, ' ');

function encode(text: string, encoding: FileShape['encoding']): { bytes: Buffer; expect: ProblemKind[] } {
  switch (encoding) {
    case 'utf16le':
      return { bytes: Buffer.from('\ufeff' + text, 'utf16le'), expect: ['utf16-or-utf32'] };
    case 'utf16be':
      return { bytes: Buffer.from('\ufeff' + text, 'utf16le').swap16(), expect: ['utf16-or-utf32'] };
    case 'cp1252':
      // A lone 0xE9 ("é" in windows-1252) is never valid UTF-8.
      return { bytes: Buffer.concat([Buffer.from(text.slice(0, 200), 'utf8'), Buffer.from([0xe9]), Buffer.from(text.slice(200), 'utf8')]), expect: ['non-utf8'] };
    case 'truncated':
      return { bytes: Buffer.from(text, 'utf8').subarray(0, Math.floor(Buffer.byteLength(text) / 3)), expect: [] };
    default:
      return { bytes: Buffer.from(text, 'utf8'), expect: [] };
  }
}

/** Writes the corpus under `root/kb/`; returns what each regular file is and which links must be followed or reported. */
function writeCorpus(root: string, outside: string, shape: { files: FileShape[]; links: string[] }) {
  const planned: Planned[] = [];
  const taken = new Set<string>();
  shape.files.forEach((file, i) => {
    const group = file.id.slice(1, 4).padStart(3, '0');
    let dir = `kb/${group}/${file.folder ?? file.id}`;
    // Two generated files may pick one folder: the second goes beside it, as a mirror would file it.
    while (taken.has(dir)) dir = `kb/${group}${i}/${file.folder ?? file.id}`;
    taken.add(dir);
    const { text, expect } = articleText(file, dir);
    const { bytes, expect: encodingProblems } = encode(text, file.encoding);
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, dir, 'README.md'), bytes);
    // A truncated file may lose its header and title; the folder still names the article when it is a number.
    const folderId = /^Q\d{1,7}$/i.test(path.basename(dir)) ? path.basename(dir) : null;
    const claimsOwnFolder = file.permalink.kind === 'own' && file.frontMatter === 'keep' && file.encoding !== 'truncated' && SAFE_PERMALINK.test(`/${dir}/`);
    planned.push({ file: `${dir}/README.md`, id: folderId, claimsOwnFolder, expect: file.encoding === 'truncated' ? [] : [...expect, ...encodingProblems], bytes });
  });
  const followed: string[] = [];
  const reported: string[] = [];
  shape.links.forEach((link, i) => {
    const dir = `kb/9${i}0`;
    mkdirSync(path.join(root, dir), { recursive: true });
    const at = (rel: string) => path.join(root, rel);
    if (link === 'file-inside') {
      mkdirSync(at(`${dir}/Q90${i}001`));
      symlinkSync(path.join(root, planned[0]!.file), at(`${dir}/Q90${i}001/README.md`));
      followed.push(`${dir}/Q90${i}001/README.md`);
    } else if (link === 'file-outside') {
      mkdirSync(at(`${dir}/Q90${i}002`));
      symlinkSync(path.join(outside, 'secret.md'), at(`${dir}/Q90${i}002/README.md`));
      reported.push(`${dir}/Q90${i}002/README.md`);
    } else if (link === 'folder-outside') {
      symlinkSync(outside, at(`${dir}/Q90${i}003`));
      reported.push(`${dir}/Q90${i}003`);
    } else if (link === 'dangling') {
      symlinkSync(path.join(root, 'nowhere'), at(`${dir}/Q90${i}004`));
      reported.push(`${dir}/Q90${i}004`);
    } else {
      symlinkSync(path.join(root, 'kb'), at(`${dir}/Q90${i}005`));
      reported.push(`${dir}/Q90${i}005`);
    }
  });
  return { planned, followed, reported };
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, path.join(rel, entry.name)) : [path.join(rel, entry.name)],
  );
}

describe('the corpus step on generated hostile corpora', () => {
  it('never throws, reports every planted problem, and publishes each article once inside the output folder', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(corpusShape, async (shape) => {
        const base = path.join(work, String(run++));
        const root = path.join(base, 'content');
        const outside = path.join(base, 'outside');
        const out = path.join(base, 'dist');
        mkdirSync(outside, { recursive: true });
        writeFileSync(path.join(outside, 'secret.md'), SEED.replaceAll('Q152941', 'Q999999'));
        mkdirSync(path.join(root, 'kb'), { recursive: true });
        const { planned, followed, reported } = writeCorpus(root, outside, shape);
        const cache = path.join(base, 'cache');

        const result = await buildCorpus(root, cache);

        // Every regular file and every link followed inside the root is read; nothing from outside is.
        expect(result.read).toBe(planned.length + followed.length);
        expect(result.summaries.map((s) => s.id)).not.toContain('Q999999');
        for (const problem of result.problems) {
          expect(problem.file).toMatch(/^kb\//);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message.length).toBeGreaterThan(10);
        }
        for (const link of reported) expect(result.problems.some((p) => p.file === link && p.kind === 'symlink-outside')).toBe(true);
        for (const file of planned) {
          const kinds = result.problems.filter((p) => p.file === file.file).map((p) => p.kind);
          for (const kind of file.expect) expect(kinds, `${file.file} should report ${kind}`).toContain(kind);
        }

        // Each source is published once or reported as having no number; never both, never twice.
        const sources = [...planned.map((p) => p.file), ...followed];
        for (const source of sources) {
          const pages = result.summaries.filter((s) => s.sourcePath === source);
          const idMissing = result.problems.some((p) => p.file === source && p.kind === 'id-missing');
          expect(pages.length + (idMissing ? 1 : 0), source).toBe(1);
        }
        for (const file of planned) if (file.id !== null) expect(result.summaries.some((s) => s.sourcePath === file.file), file.file).toBe(true);
        const permalinks = result.summaries.map((s) => s.permalink);
        expect(new Set(permalinks).size).toBe(permalinks.length);
        for (const permalink of permalinks) expect(permalink).toMatch(SAFE_PERMALINK);
        // An article whose own folder is the address it names keeps it, whoever else claims it.
        for (const file of planned.filter((p) => p.claimsOwnFolder))
          expect(result.summaries.find((s) => s.sourcePath === file.file)?.permalink).toBe(`/${path.posix.dirname(file.file)}/`);
        for (const summary of result.summaries) expect(readFileSync(recordFile(cache, summary.permalink), 'utf8').length).toBeGreaterThan(0);

        // Facets and codes from any header value or text make safe, distinct site paths.
        const index = buildFacetIndex(result.summaries);
        const catalog = JSON.parse(readFileSync(path.join(cache, CODE_CATALOG), 'utf8')) as CodeCatalog;
        const sitePaths = [
          ...result.summaries.flatMap((s) => [`${s.permalink}index.html`, jsonPath(s.permalink), sourcePath(s.permalink)]),
          ...[...new Set(result.summaries.map((s) => s.id))].map((id) => `${shortPath(id)}index.html`),
          ...browsePages(index, 2).map(({ page }) => `${page.url}index.html`),
          ...catalog.codes.flatMap(({ key }) => [`${codePath(key)}index.html`, codeJsonPath(key)]),
        ];
        expect(new Set(sitePaths).size).toBe(sitePaths.length);
        const write = createFileWriter();
        for (const sitePath of sitePaths) {
          expect(sitePath).toMatch(SAFE_SITE_PATH);
          for (const part of sitePath.split('/')) {
            expect(['.', '..']).not.toContain(part);
            expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);
          }
          write(path.join(out, sitePath), 'x');
        }
        // Written where the paths say, and only there: nothing lands beside `dist/`.
        expect(filesUnder(out).length).toBe(sitePaths.length);
        expect(readdirSync(base).sort()).toEqual(['cache', 'content', 'dist', 'outside']);
        // The similar lists are written into the cache by a worker of their own after the step returns; on a busy
        // machine it may still be writing, and removing the folder under it failed (ENOTEMPTY). It must not fail either.
        await result.similar;
        rmSync(base, { recursive: true, force: true });
      }),
      { numRuns: Number(process.env.KB_PROPERTY_RUNS ?? 20), endOnFailure: true },
    );
  }, 300_000);
});
