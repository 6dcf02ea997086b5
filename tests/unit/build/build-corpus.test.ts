import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusResult } from '../../../src/build/build-corpus.ts';
import { recordFile } from '../../../src/build/paths.ts';
import type { ArticleRecord } from '../../../src/article/model.ts';
import { BAD_CASES, LINKS, lineOf, PUBLISHED, READ, writeBadCorpus } from './bad-corpus.ts';

let root: string;
let written: Map<string, string>;
let result: CorpusResult;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-bad-corpus-'));
  written = await writeBadCorpus(path.join(root, 'content'));
  result = await buildCorpus(path.join(root, 'content'), path.join(root, 'cache'));
}, 60_000);

afterAll(async () => {
  // the similar lists' worker writes into the cache after the step returns: it must finish, and succeed, first
  await result?.similar;
  await rm(root, { recursive: true, force: true });
});

describe('the corpus step on malformed articles', () => {
  it('reads every file and writes a record for each one with a number, broken or not', () => {
    expect(result.read).toBe(READ);
    expect(result.written).toBe(PUBLISHED);
    expect(result.summaries).toHaveLength(PUBLISHED);
    expect(new Set(result.summaries.map((s) => s.permalink)).size).toBe(PUBLISHED);
  });

  it('publishes every article inside the archive, at an address of the /kb/<folder>/<article>/ shape', () => {
    for (const { permalink } of result.summaries) expect(permalink).toMatch(/^\/kb\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\/$/);
  });

  it('reports nothing for the well-formed seed article', () => {
    expect(result.problems.filter((p) => p.file === 'kb/152/Q152941/README.md')).toEqual([]);
  });

  it.each(BAD_CASES.map((bad) => [bad.kind, bad] as const))('reports %s with the file and its line', (_kind, bad) => {
    const file = `kb/${bad.dir}/README.md`;
    const expectedLine = lineOf(written.get(bad.dir)!, bad.at);
    const found = result.problems.filter((p) => p.file === file && p.kind === bad.kind);
    expect(found.map((p) => p.line)).toContain(expectedLine);
    expect(found.every((p) => p.message.length > 10)).toBe(true);
  });

  it('publishes an unsafe permalink at the path-derived one, inside the site', async () => {
    const summary = result.summaries.find((s) => s.sourcePath === 'kb/152/Q152943/README.md')!;
    expect(summary.permalink).toBe('/kb/152/Q152943/');
  });

  it('gives the duplicate a page of its own and keeps the canonical URL for the first', () => {
    const permalinks = result.summaries.filter((s) => s.id === 'Q152941').map((s) => s.permalink);
    // The seed, its copy in kb/999/ and the same copy through the kb/998 link: three pages.
    expect(new Set(permalinks).size).toBe(3);
    expect(permalinks).toContain('/kb/152/Q152941/');
  });

  it('still shows the text around a non-UTF-8 byte', async () => {
    const summary = result.summaries.find((s) => s.sourcePath === 'kb/152/Q152948/README.md')!;
    const record = JSON.parse(await readFile(recordFile(path.join(root, 'cache'), summary.permalink), 'utf8')) as ArticleRecord;
    expect(record.html).toContain('When you run café Microsoft Exchange');
  });

  it('keeps the whole text of an article whose front matter is missing', async () => {
    const summary = result.summaries.find((s) => s.sourcePath === 'kb/152/Q152942/README.md')!;
    const record = JSON.parse(await readFile(recordFile(path.join(root, 'cache'), summary.permalink), 'utf8')) as ArticleRecord;
    expect(record.id).toBe('Q152942');
    expect(record.html).toContain('heap corruption');
  });

  it('keeps the address of an article whose folder names it, and moves the file that claimed it', () => {
    const at = (file: string) => result.summaries.find((s) => s.sourcePath === file)?.permalink;
    expect(at('kb/152/Q152941/README.md')).toBe('/kb/152/Q152941/');
    expect(at('kb/100/Q100001/README.md')).toBe('/kb/100/Q100001/');
  });

  it('leaves out the file without a number, and reads nothing from outside the content root', () => {
    expect(result.summaries.map((s) => s.sourcePath)).not.toContain('kb/abc/evil/README.md');
    expect(result.summaries.map((s) => s.id)).not.toContain('Q997001');
    expect(result.summaries.map((s) => s.sourcePath)).not.toContain(LINKS.fileOutside);
  });

  it.each([LINKS.fileOutside, LINKS.folderOutside, LINKS.loop])('reports the link %s and skips it', (link) => {
    expect(result.problems.filter((p) => p.file === link).map((p) => p.kind)).toEqual(['symlink-outside']);
  });

  it('follows a link that stays inside the content root', () => {
    expect(result.summaries.map((s) => s.sourcePath)).toContain(`${LINKS.folderInside}/Q152941/README.md`);
  });

  it('decodes a UTF-16 file, and shows control characters as symbols, never raw', async () => {
    const record = async (file: string) => {
      const summary = result.summaries.find((s) => s.sourcePath === file)!;
      return JSON.parse(await readFile(recordFile(path.join(root, 'cache'), summary.permalink), 'utf8')) as ArticleRecord;
    };
    const utf16 = await record('kb/152/Q152950/README.md');
    expect(utf16.title).toBe('XCON: MTA Crashes Over Slow or Sporadic Network Connection');
    expect(utf16.html).not.toContain('\u0000');
    const controls = await record('kb/152/Q152951/README.md');
    expect(controls.html).toContain('When you\u2400 run\u241b');
    expect(controls.html + controls.source + controls.title).not.toMatch(/[\u0000\u001b]/);
  });

  it('publishes a file over the size limit', async () => {
    const summary = result.summaries.find((s) => s.sourcePath === 'kb/152/Q152952/README.md')!;
    const record = JSON.parse(await readFile(recordFile(path.join(root, 'cache'), summary.permalink), 'utf8')) as ArticleRecord;
    expect(record.html).toContain('padding padding');
  });
});
