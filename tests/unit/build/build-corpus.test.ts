import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusResult } from '../../../src/build/build-corpus.ts';
import { recordFile } from '../../../src/build/paths.ts';
import type { ArticleRecord } from '../../../src/article/model.ts';
import { BAD_CASES, lineOf, writeBadCorpus } from './bad-corpus.ts';

let root: string;
let written: Map<string, string>;
let result: CorpusResult;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kb-bad-corpus-'));
  written = await writeBadCorpus(path.join(root, 'content'));
  result = await buildCorpus(path.join(root, 'content'), path.join(root, 'cache'));
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('the corpus step on malformed articles', () => {
  it('reads every file and writes a record for each, broken or not', () => {
    expect(result.read).toBe(BAD_CASES.length + 1);
    expect(result.written).toBe(result.read);
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
    expect(new Set(permalinks).size).toBe(2);
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
});
