import { describe, expect, it } from 'vitest';
import { assignPermalinks } from '../../../src/build/assign-permalinks.ts';
import type { Parsed } from '../../../src/build/corpus-protocol.ts';

const parsed = (file: string, id: string, permalink: string): Parsed => ({
  file,
  problems: [],
  summary: { id, number: Number(id.slice(1)), title: id, tag: null, permalink, sourcePath: file, products: [], versionsRaw: '', operatingSystems: [], keywords: [], lastModified: null, appliesTo: [], footerKeywords: [], references: [] },
});

describe('assignPermalinks', () => {
  it('keeps every permalink when ids and permalinks are unique', () => {
    const result = assignPermalinks([parsed('kb/001/Q1001/README.md', 'Q1001', '/kb/001/Q1001/'), parsed('kb/001/Q1002/README.md', 'Q1002', '/kb/001/Q1002/')]);
    expect(result.overrides).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(new Map(result.permalinks).get('Q1002')).toBe('/kb/001/Q1002/');
  });

  it('moves a later file that claims a taken permalink, and reports both facts with the file', () => {
    const result = assignPermalinks([parsed('kb/001/Q1001/README.md', 'Q1001', '/kb/001/Q1001/'), parsed('kb/001/Q1001-copy/README.md', 'Q1001', '/kb/001/Q1001/')]);
    expect(result.overrides).toEqual([['kb/001/Q1001-copy/README.md', '/kb/001/Q1001-2/']]);
    expect(result.problems.map((p) => [p.kind, p.file])).toEqual([
      ['duplicate-id', 'kb/001/Q1001-copy/README.md'],
      ['duplicate-permalink', 'kb/001/Q1001-copy/README.md'],
    ]);
    // Cross-references to the id go to the first article, the canonical one.
    expect(new Map(result.permalinks).get('Q1001')).toBe('/kb/001/Q1001/');
  });

  it('numbers further collisions past ones already taken', () => {
    const result = assignPermalinks([
      parsed('a', 'Q1', '/kb/000/Q1/'),
      parsed('b', 'Q2', '/kb/000/Q1-2/'),
      parsed('c', 'Q3', '/kb/000/Q1/'),
    ]);
    expect(result.overrides).toEqual([['c', '/kb/000/Q1-3/']]);
    expect(result.problems.map((p) => p.kind)).toEqual(['duplicate-permalink']);
  });
});
