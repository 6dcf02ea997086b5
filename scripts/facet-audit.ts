/**
 * The facet audit over a content folder, before and after the facets read
 * each article's "applies to" list, written to docs/facets.md:
 *
 *   npm run facet-audit [-- <content-root>] [--out docs/facets.md] [--workers 2]
 *   npm run facet-audit -- --catalog .cache/kb-archive/catalog.json   (a build's catalog instead of parsing)
 *
 * The content root defaults to KB_CONTENT, else `.corpus` (the imported full
 * archive). Articles are parsed in worker threads; the facets are then read
 * twice on the main thread: the header alone (the site before) and the whole
 * article (the site now). The CPU time of the new reading is measured
 * separately: the "applies to" lines read cold, and the extra extraction cost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ArticleSummary } from '../src/article/model.ts';
import { decodeSource } from '../src/article/decode-source.ts';
import { parseArticle } from '../src/article/parse-article.ts';
import { summarize } from '../src/article/summarize.ts';
import { scanSources } from '../src/build/scan-sources.ts';
import { readAppliesToItem } from '../src/facets/applies-to-item.ts';
import { facetAudit, type FacetAudit } from '../src/facets/audit.ts';
import { auditMarkdown, type AuditCost } from '../src/facets/audit-markdown.ts';
import { buildFacetIndex } from '../src/facets/build-index.ts';
import { extract } from '../src/facets/extract.ts';

if (!isMainThread) {
  const { root, files } = workerData as { root: string; files: string[] };
  parentPort!.postMessage(files.map((file) => summarize(parseArticle(decodeSource(readFileSync(path.join(root, file)), file).text, file))));
} else {
  await main();
}

async function main(): Promise<void> {
  const { values: options, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'docs/facets.md' }, workers: { type: 'string', default: '2' }, catalog: { type: 'string' }, 'save-catalog': { type: 'string' } },
  });
  const root = positionals[0] ?? process.env.KB_CONTENT ?? '.corpus';
  const summaries = options.catalog ? (JSON.parse(readFileSync(options.catalog, 'utf8')) as ArticleSummary[]) : await parseAll(root, Math.max(1, Number(options.workers)));
  if (options['save-catalog']) writeFileSync(options['save-catalog'], JSON.stringify(summaries));

  const cost = measure(summaries);
  const before = facetAudit(summaries, 'header');
  const after = facetAudit(summaries, 'article');
  const markdown = auditMarkdown({
    before,
    after,
    cost,
    command: options.catalog ? `npm run facet-audit -- --catalog ${options.catalog}` : `npm run facet-audit -- ${root}`,
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}; Node ${process.version}`,
  });
  writeFileSync(options.out, markdown);
  summary(before, after, cost);
  console.log(`wrote ${options.out}`);
}

async function parseAll(root: string, workers: number): Promise<ArticleSummary[]> {
  const { files } = await scanSources(root);
  if (files.length === 0) throw new Error(`${root}: no kb/NNN/QNNNNNN/README.md files (import the corpus with npm run import)`);
  const started = performance.now();
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      new Promise<ArticleSummary[]>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { root, files: files.filter((_, k) => k % workers === w) } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
    ),
  );
  const summaries = parts.flat().sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1));
  console.log(`parsed ${summaries.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (${workers} workers)`);
  return summaries;
}

function cpu(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** CPU seconds of the new reading, on this thread only (the workers have finished). */
function measure(summaries: readonly ArticleSummary[]): AuditCost {
  let lines = 0;
  // Cold: the first reading of every distinct line, as in a build.
  const items = cpu(() => {
    for (const summary of summaries) for (const line of summary.appliesTo) (lines += 1), readAppliesToItem(line);
  });
  const extractHeader = cpu(() => summaries.forEach((summary) => extract(summary, 'header')));
  const extractArticle = cpu(() => summaries.forEach((summary) => extract(summary, 'article')));
  const indexHeader = cpu(() => buildFacetIndex(summaries, 'header'));
  const indexArticle = cpu(() => buildFacetIndex(summaries, 'article'));
  return { lines, items, extractHeader, extractArticle, indexHeader, indexArticle };
}

function summary(before: FacetAudit, after: FacetAudit, cost: AuditCost): void {
  const row = (name: string, a: unknown, b: unknown) => console.log(`${name.padEnd(44)} ${String(a).padStart(10)} ${String(b).padStart(10)}`);
  row('', 'before', 'after');
  row('articles without a product facet', before.withoutProduct, after.withoutProduct);
  row('version values backed by nothing stated', before.versionValuesBy.none, after.versionValuesBy.none);
  row('list articles fully backed by the list', before.listBacked, after.listBacked);
  row('products / versions', `${before.products}/${before.versions}`, `${after.products}/${after.versions}`);
  console.log(`new reading: ${(cost.items + cost.extractArticle - cost.extractHeader).toFixed(2)} s CPU (${cost.lines} lines read in ${cost.items.toFixed(2)} s)`);
}
