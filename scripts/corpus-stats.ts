/**
 * Parser statistics over a content folder (one that holds `kb/`):
 *
 *   npx node scripts/corpus-stats.ts <content-root> [--json out.json] [--workers 2] [--failures 20]
 *
 * Prints articles parsed, the share with every header field, the share of
 * body text in recognised blocks (not the verbatim fallback), the lossless
 * pass rate (sections rendered with renderSections and checked strictly),
 * problems by kind, and parse+render throughput (wall clock per worker; CPU
 * time too with --workers 1, which is the honest number on a busy machine).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { decodeSource } from '../src/article/decode-source.ts';
import { parseArticle } from '../src/article/parse-article.ts';
import { renderSections } from '../src/article/render-article.ts';
import { checkLossless, renderedArticleText } from '../src/article/lossless.ts';
import { blockStats } from '../src/article/block-stats.ts';
import { contentsBlockCount, subheadingsOf } from '../src/article/outline.ts';

interface Tally {
  articles: number;
  allHeaderFields: number;
  recognised: number;
  verbatim: number;
  lossless: number;
  problems: Record<string, number>;
  /** Milliseconds spent in parseArticle + renderSections only: wall clock, and process CPU (exact with one worker). */
  parseRenderMs: number;
  parseRenderCpuMs: number;
  bytes: number;
  failures: Array<{ file: string; line: number; expected: string; found: string }>;
  verbatimFiles: Array<{ file: string; chars: number }>;
  /** Headings found inside sections, by shape (numbered, caps, underlined), and the articles with any. */
  subheadings: Record<string, number>;
  articlesWithSubheadings: number;
  /** The articles' own contents blocks whose entries were linked to headings, and the articles with one. */
  contentsBlocksLinked: number;
  articlesWithLinkedContents: number;
}

const HEADER_FIELDS = 6;

function emptyTally(): Tally {
  return { articles: 0, allHeaderFields: 0, recognised: 0, verbatim: 0, lossless: 0, problems: {}, parseRenderMs: 0, parseRenderCpuMs: 0, bytes: 0, failures: [], verbatimFiles: [], subheadings: {}, articlesWithSubheadings: 0, contentsBlocksLinked: 0, articlesWithLinkedContents: 0 };
}

function tally(root: string, files: string[], keepFailures: number): Tally {
  const t: Tally = { ...emptyTally() };
  const permalinks = new Map<string, string>();
  for (const file of files) {
    const id = /(Q\d+)\/README\.md$/.exec(file)?.[1];
    if (id) permalinks.set(id, `/${path.dirname(file)}/`);
  }
  const resolve = (id: string) => permalinks.get(id) ?? null;
  for (const file of files) {
    const bytes = readFileSync(path.join(root, file));
    t.bytes += bytes.length;
    const decoded = decodeSource(bytes, file);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const article = parseArticle(decoded.text, file);
    const html = renderSections(article, resolve);
    const used = process.cpuUsage(cpu);
    t.parseRenderMs += performance.now() - started;
    t.parseRenderCpuMs += (used.user + used.system) / 1000;
    t.articles++;
    for (const problem of [...decoded.problems, ...article.problems]) t.problems[problem.kind] = (t.problems[problem.kind] ?? 0) + 1;
    if (!article.problems.some((problem) => problem.kind === 'header-missing') && countHeaderFields(decoded.text) === HEADER_FIELDS) t.allHeaderFields++;
    const stats = blockStats(article);
    t.recognised += stats.recognised;
    t.verbatim += stats.verbatim;
    if (stats.verbatim > 0) t.verbatimFiles.push({ file, chars: stats.verbatim });
    const subheadings = article.sections.flatMap(subheadingsOf);
    for (const heading of subheadings) t.subheadings[heading.data!.kbSubheading!.shape] = (t.subheadings[heading.data!.kbSubheading!.shape] ?? 0) + 1;
    if (subheadings.length > 0) t.articlesWithSubheadings++;
    const contents = contentsBlockCount(article.sections);
    t.contentsBlocksLinked += contents;
    if (contents > 0) t.articlesWithLinkedContents++;
    const check = checkLossless(decoded.text, renderedArticleText(article, html));
    if (check.ok) t.lossless++;
    else if (t.failures.length < keepFailures) t.failures.push({ file, ...check.firstMismatch! });
  }
  t.verbatimFiles.sort((a, b) => b.chars - a.chars).splice(keepFailures);
  return t;
}

/** Header fields present with a value in the article's header block. */
function countHeaderFields(text: string): number {
  const head = text.slice(0, 2000);
  return ['Article', 'Product\\(s\\)', 'Version\\(s\\)', 'Operating System\\(s\\)', 'Keyword\\(s\\)', 'Last Modified'].filter((label) => new RegExp(`^\\t${label}:`, 'm').test(head)).length;
}

function merge(tallies: Tally[], keepFailures: number): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    for (const key of ['articles', 'allHeaderFields', 'recognised', 'verbatim', 'lossless', 'parseRenderMs', 'parseRenderCpuMs', 'bytes', 'articlesWithSubheadings', 'contentsBlocksLinked', 'articlesWithLinkedContents'] as const) total[key] += t[key];
    for (const [shape, n] of Object.entries(t.subheadings)) total.subheadings[shape] = (total.subheadings[shape] ?? 0) + n;
    for (const [kind, n] of Object.entries(t.problems)) total.problems[kind] = (total.problems[kind] ?? 0) + n;
    total.failures.push(...t.failures);
    total.verbatimFiles.push(...t.verbatimFiles);
  }
  total.failures.splice(keepFailures);
  total.verbatimFiles.sort((a, b) => b.chars - a.chars).splice(keepFailures);
  return total;
}

function listSources(root: string): string[] {
  const files: string[] = [];
  for (const group of readdirSync(path.join(root, 'kb')).sort()) {
    for (const article of readdirSync(path.join(root, 'kb', group)).sort()) files.push(`kb/${group}/${article}/README.md`);
  }
  return files;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = args.find((arg, k) => !arg.startsWith('--') && !args[k - 1]?.startsWith('--'));
  if (!root) {
    console.error('usage: npx node scripts/corpus-stats.ts <content-root> [--json out.json] [--workers 2] [--failures 20]');
    process.exit(2);
  }
  const workers = Math.max(1, Number(option(args, '--workers') ?? 2));
  const keepFailures = Number(option(args, '--failures') ?? 20);
  const files = listSources(root);
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, k) => k % workers === w));
  const tallies = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Tally>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { root, files: share, keepFailures } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const t = merge(tallies, keepFailures);
  const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1e4) / 100);
  const report = {
    contentRoot: root,
    articles: t.articles,
    allHeaderFieldsPercent: percent(t.allHeaderFields, t.articles),
    recognisedTextPercent: percent(t.recognised, t.recognised + t.verbatim),
    losslessPercent: percent(t.lossless, t.articles),
    losslessFailures: t.articles - t.lossless,
    subheadingsByShape: t.subheadings,
    articlesWithSubheadings: t.articlesWithSubheadings,
    contentsBlocksLinked: t.contentsBlocksLinked,
    articlesWithLinkedContents: t.articlesWithLinkedContents,
    problemsByKind: Object.fromEntries(Object.entries(t.problems).sort(([, a], [, b]) => b - a)),
    parseRenderSecondsOneCore: Math.round(t.parseRenderMs) / 1000,
    parseRenderArticlesPerSecondOneCore: Math.round(t.articles / (t.parseRenderMs / 1000)),
    // process.cpuUsage counts every thread, so it is the parse+render CPU time only with one worker.
    parseRenderCpuSeconds: workers === 1 ? Math.round(t.parseRenderCpuMs) / 1000 : null,
    megabytes: Math.round(t.bytes / 1e5) / 10,
    wallSeconds: Math.round(wallSeconds * 10) / 10,
    workers,
    firstLosslessFailures: t.failures,
    mostVerbatim: t.verbatimFiles,
  };
  const jsonPath = option(args, '--json');
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  console.log(
    [
      `articles parsed            ${report.articles} (${report.megabytes} MB)`,
      `all header fields          ${report.allHeaderFieldsPercent}%`,
      `text in recognised blocks  ${report.recognisedTextPercent}% (rest verbatim)`,
      `lossless check passes      ${report.losslessPercent}% (${report.losslessFailures} failures)`,
      `sub-headings in sections   ${Object.values(t.subheadings).reduce((a, b) => a + b, 0)} in ${t.articlesWithSubheadings} articles (${Object.entries(t.subheadings).map(([shape, n]) => `${shape} ${n}`).join(', ')})`,
      `contents blocks linked     ${t.contentsBlocksLinked} in ${t.articlesWithLinkedContents} articles`,
      `parse+render               ${report.parseRenderSecondsOneCore} s wall summed over workers, ${report.parseRenderArticlesPerSecondOneCore} articles/s per worker` +
        (report.parseRenderCpuSeconds === null ? ' (--workers 1 also measures CPU time)' : `; ${report.parseRenderCpuSeconds} s CPU`),
      `wall time                  ${report.wallSeconds} s on ${workers} worker(s), reading and checking included`,
      `problems by kind:`,
      ...Object.entries(report.problemsByKind).map(([kind, n]) => `  ${kind.padEnd(24)} ${n}`),
      ...(t.failures.length ? ['first lossless failures:', ...t.failures.map((f) => `  ${f.file}:${f.line} expected "${f.expected}" found "${f.found}"`)] : []),
    ].join('\n'),
  );
}

if (isMainThread) {
  await main();
} else {
  const { root, files, keepFailures } = workerData as { root: string; files: string[]; keepFailures: number };
  parentPort!.postMessage(tally(root, files, keepFailures));
}
