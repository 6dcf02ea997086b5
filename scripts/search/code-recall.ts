/**
 * Recall of the exact-code lookup against the benchmark's independent sets,
 * without building the site: index every article with extractCodes and
 * numberKeys, answer each error-code and bare-number query with
 * canonicalTerms, compare.
 *
 *   node scripts/search/code-recall.ts /tmp/corpus [--queries bench/queries.json] [--misses 3]
 *
 * A miss is an article the set expects and the lookup does not return; an
 * extra is one the lookup returns outside the set (often right: the sets'
 * regexes are deliberately simple).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { canonicalTerms, extractCodes, indexKeys, numberKeys } from '../../src/search/codes.ts';
import { readRawArticles } from './raw-corpus.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { queries: { type: 'string', default: 'bench/queries.json' }, misses: { type: 'string', default: '3' } },
});
const root = positionals[0];
if (!root) throw new Error('usage: code-recall.ts <folder holding kb/> [--queries bench/queries.json]');

interface BenchQuery {
  id: string;
  kind: string;
  q: string;
  expect: { all?: string };
}
const bench = JSON.parse(await readFile(values.queries, 'utf8')) as { queryList: BenchQuery[]; sets: Record<string, string[]> };

const postings = new Map<string, Set<string>>();
for await (const article of readRawArticles(root)) {
  for (const key of new Set([...indexKeys(extractCodes(article.text)), ...numberKeys(article.text)])) {
    const ids = postings.get(key) ?? new Set<string>();
    ids.add(article.id);
    postings.set(key, ids);
  }
}

const rows = [];
for (const query of bench.queryList.filter((q) => (q.kind === 'error-code' || q.kind === 'number') && q.expect.all)) {
  const expected = bench.sets[query.expect.all!]!;
  const { codes } = canonicalTerms(query.q);
  const found = codes.length === 0 ? new Set<string>() : intersect(codes.map((key) => postings.get(key) ?? new Set<string>()));
  const misses = expected.filter((id) => !found.has(id));
  const extras = [...found].filter((id) => !expected.includes(id));
  rows.push({
    id: query.id,
    q: query.q,
    codes: codes.join(' '),
    expected: expected.length,
    found: found.size,
    recall: expected.length === 0 ? 1 : (expected.length - misses.length) / expected.length,
    misses: misses.slice(0, Number(values.misses)),
    extras: extras.length,
  });
}

const mean = rows.reduce((sum, r) => sum + r.recall, 0) / rows.length;
console.log(JSON.stringify({ queries: rows.length, meanRecall: Number(mean.toFixed(4)), perfect: rows.filter((r) => r.recall === 1).length }));
for (const row of rows.filter((r) => r.recall < 1 || r.extras > 0)) console.log(JSON.stringify(row));

function intersect(sets: Array<Set<string>>): Set<string> {
  const [first, ...others] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => others.every((set) => set.has(id))));
}
