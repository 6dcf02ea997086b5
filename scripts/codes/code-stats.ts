/**
 * The code pages over a built corpus cache, without a build: how many pages
 * of each family, how many have a meaning, what the catalog costs to build,
 * and the most-mentioned codes with no name (candidates for descriptions).
 *
 *   npx node scripts/codes/code-stats.ts <cache folder> [--rows]
 *
 * With --rows it re-derives every article's code row from the cached records
 * (as the corpus workers do) and times that and the catalog; otherwise it
 * reads the catalog the build wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleRecord, ArticleSummary } from '../../src/article/model.ts';
import { recordFile } from '../../src/build/paths.ts';
import { articleCodeRow, type ArticleCodeRow } from '../../src/codes/article-code-row.ts';
import { buildCodeCatalog, CODE_CATALOG, type CodeCatalog } from '../../src/codes/code-catalog.ts';
import { FAMILY_ORDER } from '../../src/codes/meaning.ts';
import { meanings } from '../../src/codes/meanings.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { rows: { type: 'boolean', default: false }, top: { type: 'string', default: '40' } } });
const cache = positionals[0];
if (!cache) throw new Error('usage: code-stats.ts <cache folder> [--rows]');
const summaries = JSON.parse(readFileSync(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];

const seconds = (from: number) => Number(((performance.now() - from) / 1000).toFixed(2));
const cpu = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return Number(((used.user + used.system) / 1e6).toFixed(2));
};

let catalog: CodeCatalog;
const timing: Record<string, number> = {};
if (values.rows) {
  let t = performance.now();
  const rows: ArticleCodeRow[] = [];
  let rowCpu = 0;
  for (const summary of summaries) {
    const record = JSON.parse(readFileSync(recordFile(cache, summary.permalink), 'utf8')) as ArticleRecord;
    const c = process.cpuUsage();
    rows.push(articleCodeRow(summary.sourcePath, record));
    rowCpu += cpu(c);
  }
  timing.readAndRowsSeconds = seconds(t);
  timing.rowsCpuSeconds = Number(rowCpu.toFixed(2));
  t = performance.now();
  const c = process.cpuUsage();
  catalog = buildCodeCatalog(rows, summaries);
  timing.catalogSeconds = seconds(t);
  timing.catalogCpuSeconds = cpu(c);
} else {
  catalog = JSON.parse(readFileSync(path.join(cache, CODE_CATALOG), 'utf8')) as CodeCatalog;
}

const families = new Map<string, { pages: number; named: number; described: number; inThreePlus: number; inThreePlusNamed: number }>();
const unnamed: Array<[string, number]> = [];
const described: Array<[string, number, string]> = [];
let pages = 0;
for (const entry of catalog.codes) {
  const meaning = meanings.meaningOf(entry.key);
  const f = families.get(meaning.family) ?? { pages: 0, named: 0, described: 0, inThreePlus: 0, inThreePlusNamed: 0 };
  f.pages++;
  const named = meaning.names.length > 0;
  if (named) f.named++;
  if (meaning.description) f.described++;
  if (entry.articles.length >= 3) {
    f.inThreePlus++;
    if (named) f.inThreePlusNamed++;
    else unnamed.push([entry.key, entry.articles.length]);
  }
  if (named) described.push([entry.key, entry.articles.length, meaning.names[0]!.name]);
  families.set(meaning.family, f);
  pages += Math.max(1, Math.ceil(entry.articles.length / 50));
}
const total = catalog.codes.length;
const named = [...families.values()].reduce((sum, f) => sum + f.named, 0);
console.log(
  JSON.stringify(
    {
      articles: summaries.length,
      codes: total,
      htmlPages: pages,
      named,
      namedShare: Number((named / total).toFixed(4)),
      families: Object.fromEntries(FAMILY_ORDER.filter((f) => families.has(f)).map((f) => [f, families.get(f)])),
      timing,
      unnamedInThreePlus: unnamed.sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)),
      mostMentionedNamed: described.sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)),
    },
    null,
    1,
  ),
);
