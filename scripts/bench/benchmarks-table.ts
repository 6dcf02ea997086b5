/** Keeping the trend table in docs/benchmarks.md: each run appends a row, earlier rows stay. */
import { readFile, writeFile } from 'node:fs/promises';
import type { BenchResult } from '../bench.ts';
import { describeMachineCpu } from './machine-cpu.ts';

const START = '<!-- bench-rows:start -->';
const END = '<!-- bench-rows:end -->';

export const TABLE_HEADER = [
  '| date | commit | articles | build wall | peak RSS | content step | pages | search index | files | output | cold number/code query | warm query median | search quality | article page (gzip, median / worst) | note |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
];

const seconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const percent = (share: number | undefined) => (share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);

/** Article numbers listed first / error codes recall@10 / full-text queries with their article in the top 10. */
function searchQuality(search: NonNullable<NonNullable<BenchResult['browser']>['search']>): string {
  const k = search.kinds;
  const words = ['title-words', 'title-phrase'].map((kind) => k[kind]).filter((f) => f !== undefined);
  const wordsTop10 = words.length ? words.reduce((sum, f) => sum + f.recallAt10 * f.queries, 0) / words.reduce((sum, f) => sum + f.queries, 0) : undefined;
  return `${percent(k['article-number']?.firstShare)} / ${percent(k['error-code']?.recallAt10)} / ${percent(wordsTop10)}`;
}

export function tableRow(r: BenchResult): string {
  const phase = (prefix: string) => {
    const p = r.build.phases.find((phase) => phase.name.startsWith(prefix));
    return p ? `${seconds(p.seconds)} / ${(p.peakRssMb / 1024).toFixed(1)} GB` : '—';
  };
  const b = r.browser;
  return [
    r.date.slice(0, 16).replace('T', ' '),
    r.commit,
    r.articles.toLocaleString('en-US'),
    seconds(r.build.seconds),
    `${(r.build.peakRssMb / 1024).toFixed(1)} GB`,
    phase('content'),
    phase('page rendering'),
    r.searchIndex ? `${seconds(r.searchIndex.seconds)} (build waited ${seconds(r.searchIndex.waitedSeconds)})` : phase('search index'),
    r.output.files.toLocaleString('en-US'),
    mb(r.output.bytes),
    b?.search ? `${kb(b.search.coldNumberBytes)} / ${kb(b.search.coldCodeBytes)}` : '—',
    b?.search ? `${b.search.warmMedianMs.toFixed(0)} ms` : '—',
    b?.search ? searchQuality(b.search) : '—',
    b ? `${kb(b.pages.medianGzipBytes)} / ${kb(b.pages.worstGzipBytes)}` : '—',
    [r.build.machineCpu ? describeMachineCpu(r.build.machineCpu, r.build.seconds) : '', r.note].filter(Boolean).join('; '),
  ].join(' | ').replace(/^/, '| ').replace(/$/, ' |');
}

export async function appendBenchmarkRows(file: string, results: BenchResult[]): Promise<void> {
  const text = await readFile(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} ... ${END} block for the trend table`);
  const existing = text.slice(start + START.length, end).split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| date') && !line.startsWith('| ---'));
  const rows = [...existing, ...results.map(tableRow)];
  await writeFile(file, text.slice(0, start + START.length) + '\n' + [...TABLE_HEADER, ...rows].join('\n') + '\n' + text.slice(end));
}
