import { describe, expect, it } from 'vitest';
import { facetReport } from '../../../src/facets/report.ts';
import { summarizeFacetReport } from '../../../src/facets/report-summary.ts';
import { summary } from './summary.ts';

describe('summarizeFacetReport', () => {
  const report = facetReport([
    summary({ id: 'Q1', products: ['Microsoft Exchange'], versionsRaw: 'winnt:4.0; BeOS:5.0', keywords: ['kbnetwork', '|'], lastModified: '1999-03-29' }),
    summary({ id: 'Q2', products: ['See article'], keywords: ['b:'], lastModified: '2099-01-01' }),
  ]);
  const line = summarizeFacetReport(report, 'reports/facet-report.json');

  it('is one line naming the values per kind, the unmatched and dropped counts and the file', () => {
    expect(line).not.toContain('\n');
    expect(line).toContain('1 product, 2 versions, 1 operating system, 1 year, 1 keyword');
    const raw = Object.values(report.kinds).reduce((n, k) => n + k.raw, 0);
    const unmatched = Object.values(report.kinds).reduce((n, k) => n + k.unmatched, 0);
    const dropped = Object.values(report.kinds).reduce((n, k) => n + k.dropped, 0);
    expect(unmatched).toBeGreaterThan(0);
    expect(line).toContain(`of ${raw} raw header values ${unmatched} unmatched (${((unmatched / raw) * 100).toFixed(2)}%) and ${dropped} dropped`);
    expect(line).toMatch(/reports\/facet-report\.json$/);
  });

  it('says 0% for an empty catalog instead of dividing by zero', () => {
    expect(summarizeFacetReport(facetReport([]), 'r.json')).toContain('0 unmatched (0.00%)');
  });
});
