/**
 * The word index's own cost, alone in one process: every cached record of a
 * build added to a word index, then its entries computed, with a hash of the
 * sorted entries so two versions of the index can be checked to agree. A CPU
 * profile of a full build cannot give this: it samples each thread by the
 * clock, so a thread waiting for a core is charged to whatever it was doing.
 *
 *   npx node --max-old-space-size=8000 scripts/bench/word-index-alone.ts <cache> [--count N] [--rounds R]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleRecord, ArticleSummary } from '../../src/article/model.ts';
import { recordFile } from '../../src/build/paths.ts';
import { buildFacetIndex } from '../../src/facets/build-index.ts';
import { facetsOf } from '../../src/facets/facets-of.ts';
import { createWordIndex, type WordDocument } from '../../src/search/words/word-index.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { count: { type: 'string' }, rounds: { type: 'string', default: '1' } } });
const [cache] = positionals;
if (!cache) throw new Error('usage: word-index-alone.ts <cache> [--count N] [--rounds R]');

const catalog = JSON.parse(readFileSync(path.join(cache, 'catalog.json'), 'utf8')) as ArticleSummary[];
const { vocabulary } = buildFacetIndex(catalog);
const count = Math.min(catalog.length, Number(values.count ?? catalog.length));
const step = catalog.length / count;
// Read first, so the timings are the index's alone.
const docs: WordDocument[] = Array.from({ length: count }, (_, i) => {
  const summary = catalog[Math.floor(i * step)]!;
  const record = JSON.parse(readFileSync(recordFile(cache, summary.permalink), 'utf8')) as ArticleRecord;
  return { ...record, keywords: facetsOf(summary, vocabulary).facets.keyword.map((ref) => ref.label) };
});

for (let round = 0; round < Number(values.rounds); round++) {
  const words = createWordIndex();
  const started = performance.now();
  for (const doc of docs) words.add(doc);
  const added = performance.now();
  const { terms, surface } = words.entries();
  const done = performance.now();
  const hash = createHash('sha256');
  for (const [term, entry] of [...terms].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${term}\t${JSON.stringify(entry)}\n`);
  for (const [word, n] of [...surface].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${word}\t${n}\n`);
  console.log(
    JSON.stringify({ articles: docs.length, addSeconds: +((added - started) / 1000).toFixed(2), entriesSeconds: +((done - added) / 1000).toFixed(2), terms: terms.size, surfaceWords: surface.size, hash: hash.digest('hex').slice(0, 16) }),
  );
}
