import { describe, expect, it } from 'vitest';
import { facetReport } from '../../../src/facets/report.ts';
import { summary } from './summary.ts';

const catalog = [
  summary({ id: 'Q1', products: ['Microsoft Exchange'], versionsRaw: 'winnt:4.0; BeOS:5.0', keywords: ['kbnetwork', '|', 'b:'], lastModified: '1999-03-29' }),
  summary({ id: 'Q2', products: ['See article'], versionsRaw: '5.10   | 5.10', keywords: ['kbnetwork', 'b:'], lastModified: '2099-01-01' }),
  summary({ id: 'Q3', products: ['Microsoft Bob'], operatingSystems: ['MS-DOS | 5.10'], lastModified: '1999-12-01' }),
];
const report = facetReport(catalog);

describe('facetReport', () => {
  it('counts summaries and the raw values examined per kind', () => {
    expect(report.summaries).toBe(3);
    expect(report.kinds.product).toEqual({ values: 2, raw: 3, unmatched: 1, unmatchedShare: 1 / 3, dropped: 1 });
    // winnt:4.0, 5.0 (after BeOS), 5.10 twice
    expect(report.kinds.version).toEqual({ values: 2, raw: 4, unmatched: 0, unmatchedShare: 0, dropped: 2 });
    // winnt, BeOS, MS-DOS, 5.10
    expect(report.kinds.os).toEqual({ values: 2, raw: 4, unmatched: 1, unmatchedShare: 1 / 4, dropped: 1 });
    expect(report.kinds.year).toEqual({ values: 1, raw: 3, unmatched: 0, unmatchedShare: 0, dropped: 1 });
    expect(report.kinds.keyword).toEqual({ values: 1, raw: 5, unmatched: 2, unmatchedShare: 2 / 5, dropped: 1 });
  });

  it('lists rejected raw values, most frequent first, with example ids', () => {
    expect(report.rejected).toEqual([
      { kind: 'version', raw: '5.10', reason: 'no-product', count: 2, examples: ['Q2'] },
      { kind: 'keyword', raw: 'b:', reason: 'unmatched', count: 2, examples: ['Q1', 'Q2'] },
      { kind: 'product', raw: 'Microsoft Bob', reason: 'unmatched', count: 1, examples: ['Q3'] },
      { kind: 'product', raw: 'See article', reason: 'junk', count: 1, examples: ['Q2'] },
      { kind: 'os', raw: '5.10', reason: 'junk', count: 1, examples: ['Q3'] },
      { kind: 'os', raw: 'BeOS', reason: 'unmatched', count: 1, examples: ['Q1'] },
      { kind: 'year', raw: '2099-01-01', reason: 'absurd-year', count: 1, examples: ['Q2'] },
      { kind: 'keyword', raw: '|', reason: 'junk', count: 1, examples: ['Q1'] },
    ]);
  });

  it('reports nothing for an empty catalog, with zero shares', () => {
    const empty = facetReport([]);
    expect(empty.rejected).toEqual([]);
    expect(empty.kinds.keyword).toEqual({ values: 0, raw: 0, unmatched: 0, unmatchedShare: 0, dropped: 0 });
  });
});
