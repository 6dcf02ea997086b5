import { describe, expect, it } from 'vitest';
import { formatProblem, makeReport, summarizeReport } from '../../../src/build/build-report.ts';
import type { Problem } from '../../../src/article/model.ts';

const problem = (kind: Problem['kind'], line: number): Problem => ({ kind, file: 'kb/152/Q152941/README.md', line, message: `${kind} here` });

describe('build report', () => {
  it('counts problems by kind', () => {
    const report = makeReport('/content', 3, [problem('date-unparseable', 12), problem('non-utf8', 3), problem('date-unparseable', 14)]);
    expect(report.byKind).toEqual({ 'date-unparseable': 2, 'non-utf8': 1 });
    expect(report.problemCount).toBe(3);
  });

  it('names file and line in the clickable file:line form', () => {
    expect(formatProblem(problem('non-utf8', 7))).toBe('kb/152/Q152941/README.md:7  non-utf8  non-utf8 here');
  });

  it('summarises the kinds, most frequent first, and shows the first problems in full', () => {
    const report = makeReport('/content', 2, [problem('non-utf8', 1), problem('date-unparseable', 2), problem('date-unparseable', 3)]);
    const lines = summarizeReport(report, 'reports/build-report.json', 2);
    expect(lines[0]).toBe('3 input problems in 2 articles (2 date-unparseable, 1 non-utf8); full list: reports/build-report.json');
    expect(lines.slice(1)).toEqual(['  kb/152/Q152941/README.md:1  non-utf8  non-utf8 here', '  kb/152/Q152941/README.md:2  date-unparseable  date-unparseable here', '  ... and 1 more']);
  });

  it('says so plainly when there is nothing to report', () => {
    expect(summarizeReport(makeReport('/content', 35, []), 'r.json')).toEqual(['no input problems in 35 articles']);
  });
});
