/**
 * How well the facet rules cover a catalog.
 *
 *   npx node scripts/facet-report.ts <catalog.json> [--top 40] [--json out.json]
 *
 * The catalog is a JSON array of ArticleSummary. Prints the facet values per
 * kind, the unmatched share per kind, and the most frequent raw values that
 * matched no rule or were dropped; `--json` also writes the full report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ArticleSummary } from '../src/article/model.ts';
import { buildFacetIndex } from '../src/facets/build-index.ts';
import { facetReport } from '../src/facets/report.ts';
import { FACET_KINDS, type ReportEntry } from '../src/facets/types.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'string' }, top: { type: 'string', default: '40' } },
});
const [catalogPath] = positionals;
if (catalogPath === undefined || positionals.length > 1) {
  console.error('usage: facet-report.ts <catalog.json> [--top N] [--json out.json]');
  process.exit(2);
}
const top = Number(options.top);
const summaries = JSON.parse(readFileSync(catalogPath, 'utf8')) as ArticleSummary[];
if (!Array.isArray(summaries)) throw new Error(`${catalogPath}: expected a JSON array of ArticleSummary`);

let started = performance.now();
const index = buildFacetIndex(summaries);
const indexMs = performance.now() - started;
started = performance.now();
const report = facetReport(summaries);
const reportMs = performance.now() - started;

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;
const pad = (text: string | number, width: number) => String(text).padStart(width);
console.log(`${report.summaries} summaries; index built in ${indexMs.toFixed(0)} ms, report in ${reportMs.toFixed(0)} ms\n`);
console.log(`${'kind'.padEnd(8)} ${pad('values', 7)} ${pad('raw', 8)} ${pad('unmatched', 9)} ${pad('share', 8)} ${pad('dropped', 8)}`);
for (const kind of FACET_KINDS) {
  const k = report.kinds[kind];
  console.log(`${kind.padEnd(8)} ${pad(k.values, 7)} ${pad(k.raw, 8)} ${pad(k.unmatched, 9)} ${pad(percent(k.unmatchedShare), 8)} ${pad(k.dropped, 8)}`);
}
const totals = FACET_KINDS.reduce((sum, kind) => ({ raw: sum.raw + report.kinds[kind].raw, unmatched: sum.unmatched + report.kinds[kind].unmatched }), { raw: 0, unmatched: 0 });
console.log(`${'all'.padEnd(8)} ${pad('', 7)} ${pad(totals.raw, 8)} ${pad(totals.unmatched, 9)} ${pad(percent(totals.unmatched / totals.raw), 8)}`);

const line = (entry: ReportEntry) => `${pad(entry.count, 7)}  ${entry.kind.padEnd(8)} ${JSON.stringify(entry.raw)}  (${entry.examples.join(', ')})`;
const section = (title: string, entries: ReportEntry[]) => {
  console.log(`\n${title}: ${entries.length} distinct, ${entries.reduce((n, e) => n + e.count, 0)} in all${entries.length > top ? `; top ${top}` : ''}`);
  for (const entry of entries.slice(0, top)) console.log(line(entry));
};
section('Unmatched (no rule)', report.rejected.filter((e) => e.reason === 'unmatched'));
for (const reason of ['junk', 'truncated', 'no-product', 'absurd-year', 'contradicted'] as const) {
  section(`Dropped: ${reason}`, report.rejected.filter((e) => e.reason === reason));
}

console.log('\nLargest values per kind:');
for (const kind of FACET_KINDS) {
  console.log(`  ${kind}: ${index.values[kind].slice(0, 5).map((v) => `${v.label} [${v.slug}] ${v.count}`).join('; ')}`);
}

if (options.json !== undefined) {
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${options.json}`);
}
