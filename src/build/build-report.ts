/** The build report: every input problem with file and line, as JSON and as a short console summary. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../article/model.ts';

export interface BuildReport {
  contentRoot: string;
  articlesRead: number;
  problemCount: number;
  byKind: Record<string, number>;
  problems: Problem[];
}

export function makeReport(contentRoot: string, articlesRead: number, problems: Problem[]): BuildReport {
  const byKind: Record<string, number> = {};
  for (const { kind } of problems) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { contentRoot, articlesRead, problemCount: problems.length, byKind, problems };
}

export async function writeReport(file: string, report: BuildReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(report, null, 2) + '\n');
}

/** `file:line  kind  message`, the shape editors and CI logs make clickable. */
export function formatProblem({ file, line, kind, message }: Problem): string {
  return `${file}:${line}  ${kind}  ${message}`;
}

/** A few lines for the console: counts by kind and the first problems in full. */
export function summarizeReport(report: BuildReport, reportFile: string, shown = 10): string[] {
  if (report.problemCount === 0) return [`no input problems in ${report.articlesRead} articles`];
  const kinds = Object.entries(report.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const lines = [`${report.problemCount} input problems in ${report.articlesRead} articles (${kinds}); full list: ${reportFile}`];
  lines.push(...report.problems.slice(0, shown).map((problem) => '  ' + formatProblem(problem)));
  if (report.problemCount > shown) lines.push(`  ... and ${report.problemCount - shown} more`);
  return lines;
}

/** Strict mode's failure: what failed, one line per problem (the first `shown`), how many more, where the rest are. */
export function strictFailure(report: BuildReport, reportFile: string, shown = 20): string[] {
  const lines = [`strict mode: ${report.problemCount} input problems in ${report.articlesRead} articles, so the build stops:`];
  lines.push(...report.problems.slice(0, shown).map(formatProblem));
  if (report.problemCount > shown) lines.push(`... and ${report.problemCount - shown} more`);
  lines.push(`every problem is in ${reportFile}`);
  return lines;
}
