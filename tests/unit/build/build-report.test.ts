import { describe, expect, it } from 'vitest';
import { formatProblem, makeReport, strictFailure, summarizeReport } from '../../../src/build/build-report.ts';
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

describe('strictFailure', () => {
  const problems = Array.from({ length: 23 }, (_, i) => ({ kind: 'date-unparseable' as const, file: `kb/000/Q${i + 1}/README.md`, line: 11, message: 'bad date' }));
  it('lists the first 20 problems, one line each, then a count and the report', () => {
    const lines = strictFailure(makeReport('/c', 23, problems), 'reports/build-report.json');
    expect(lines[0]).toBe('strict mode: 23 input problems in 23 articles, so the build stops:');
    expect(lines.slice(1, 21)).toEqual(problems.slice(0, 20).map(formatProblem));
    expect(lines.slice(21)).toEqual(['... and 3 more', 'every problem is in reports/build-report.json']);
  });

  it('has no count line when every problem is shown', () => {
    expect(strictFailure(makeReport('/c', 1, problems.slice(0, 1)), 'r.json')).toEqual([
      'strict mode: 1 input problems in 1 articles, so the build stops:',
      'kb/000/Q1/README.md:11  date-unparseable  bad date',
      'every problem is in r.json',
    ]);
  });
});
