import { describe, expect, it } from 'vitest';
import { assignPermalinks } from '../../../src/build/assign-permalinks.ts';
import type { Parsed } from '../../../src/build/corpus-protocol.ts';
import type { Problem } from '../../../src/article/model.ts';

const parsed = (file: string, id: string, permalink: string, problems: Problem[] = []): Parsed => ({
  file,
  problems,
  summary: { id, number: Number(id.slice(1)), title: id, tag: null, permalink, sourcePath: file, products: [], versionsRaw: '', operatingSystems: [], keywords: [], lastModified: null, references: [] },
});
const addresses = (result: ReturnType<typeof assignPermalinks>) => Object.fromEntries(result.published);

describe('assignPermalinks', () => {
  it('keeps every permalink when ids and permalinks are unique', () => {
    const result = assignPermalinks([parsed('kb/001/Q1001/README.md', 'Q1001', '/kb/001/Q1001/'), parsed('kb/001/Q1002/README.md', 'Q1002', '/kb/001/Q1002/')]);
    expect(addresses(result)).toEqual({ 'kb/001/Q1001/README.md': '/kb/001/Q1001/', 'kb/001/Q1002/README.md': '/kb/001/Q1002/' });
    expect(result.problems).toEqual([]);
    expect(new Map(result.permalinks).get('Q1002')).toBe('/kb/001/Q1002/');
  });

  it('never lets a file take the address of the article filed in that folder, even one sorted before it', () => {
    const mismatch: Problem = { kind: 'permalink-mismatch', file: 'kb/100/Q100001/README.md', line: 4, message: '...' };
    const result = assignPermalinks([
      parsed('kb/100/Q100001/README.md', 'Q152941', '/kb/152/Q152941/', [mismatch]),
      parsed('kb/152/Q152941/README.md', 'Q152941', '/kb/152/Q152941/'),
    ]);
    expect(addresses(result)).toEqual({ 'kb/152/Q152941/README.md': '/kb/152/Q152941/', 'kb/100/Q100001/README.md': '/kb/100/Q100001/' });
    // Both problems are the hijacker's, on its permalink line; cross-references go to the real article.
    expect(result.problems.map((p) => [p.kind, p.file, p.line])).toEqual([
      ['duplicate-permalink', 'kb/100/Q100001/README.md', 4],
      ['duplicate-id', 'kb/100/Q100001/README.md', 1],
    ]);
    expect(result.problems[0]!.message).toBe('/kb/152/Q152941/ is the address of kb/152/Q152941/README.md; published at /kb/100/Q100001/');
    expect(new Map(result.permalinks).get('Q152941')).toBe('/kb/152/Q152941/');
  });

  it('keeps a free permalink that names no folder, and moves a second claim on it to the claimant folder', () => {
    const result = assignPermalinks([
      parsed('kb/001/Q1001/README.md', 'Q1001', '/kb/001/moved/'),
      parsed('kb/001/Q1002/README.md', 'Q1002', '/kb/001/moved/'),
    ]);
    expect(addresses(result)).toEqual({ 'kb/001/Q1001/README.md': '/kb/001/moved/', 'kb/001/Q1002/README.md': '/kb/001/Q1002/' });
    expect(result.problems.map((p) => [p.kind, p.file])).toEqual([['duplicate-permalink', 'kb/001/Q1002/README.md']]);
  });

  it('numbers the fallback past addresses already taken, for files outside the archive layout', () => {
    const result = assignPermalinks([parsed('a', 'Q1', '/kb/000/Q1/'), parsed('b', 'Q2', '/kb/000/Q1-2/'), parsed('c', 'Q1', '/kb/000/Q1/')]);
    expect(addresses(result)).toEqual({ a: '/kb/000/Q1/', b: '/kb/000/Q1-2/', c: '/kb/000/Q1-3/' });
    expect(result.problems.map((p) => [p.kind, p.file])).toEqual([
      ['duplicate-permalink', 'c'],
      ['duplicate-id', 'c'],
    ]);
  });

  it('leaves out a file without an article number, and says so', () => {
    const result = assignPermalinks([parsed('kb/abc/evil/README.md', '', '/kb/abc/evil/'), parsed('kb/001/Q1001/README.md', 'Q1001', '/kb/001/Q1001/')]);
    expect(addresses(result)).toEqual({ 'kb/001/Q1001/README.md': '/kb/001/Q1001/' });
    expect(result.problems.map((p) => [p.kind, p.file])).toEqual([['id-missing', 'kb/abc/evil/README.md']]);
    expect(result.permalinks.map(([id]) => id)).toEqual(['Q1001']);
  });
});
