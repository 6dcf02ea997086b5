/**
 * Writes bench/word-queries.json: the query sets for what the word index
 * adds (issue #15), over the whole catalog, seeded so the same corpus always
 * gives the same file, and never tuned to single queries:
 *
 * - nonsense: random letter strings of 8-12 letters (and the three):
 *   the answer must be "no results";
 * - typos: a title-words query (the three rarest words of a sampled title, as
 *   make-queries.ts makes them) with one edit in its longest word (two
 *   letters swapped, one left out, one wrong or one too many): that article
 *   in the top 10;
 * - keywords: a sampled keyword typed alone: its articles (recall@10 over the
 *   keyword's set is the share of the first ten that carry it).
 *
 * Reads only the catalog of a build's cache (titles and header keywords).
 *
 *   node scripts/make-word-queries.ts <cache>/catalog.json [--out bench/word-queries.json] [--seed 15]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ArticleSummary } from '../src/article/model.ts';
import { buildFacetIndex } from '../src/facets/build-index.ts';
import { sample, seededRandom } from './search/seeded-random.ts';
import { writeQueryFile } from './search/query-file.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'bench/word-queries.json' }, seed: { type: 'string', default: '15' } },
});
const [catalogFile] = positionals;
if (!catalogFile) throw new Error('usage: make-word-queries.ts <cache>/catalog.json [--out bench/word-queries.json] [--seed N]');
const seed = Number(values.seed);
const random = seededRandom(seed);
const catalog = JSON.parse(await readFile(catalogFile, 'utf8')) as ArticleSummary[];

interface Query {
  id: string;
  kind: 'nonsense' | 'typo' | 'keyword';
  form: string;
  q: string;
  expect: { top10?: string; all?: string; none?: true };
}
const queries: Query[] = [];
const sets: Record<string, string[]> = {};
const letters = 'abcdefghijklmnopqrstuvwxyz';
const letter = () => letters[Math.floor(random() * letters.length)]!;

// --- nonsense ----------------------------------------------------------------
for (const q of ['xyzzyplugh', 'qwertyuiop', 'frobnicator']) queries.push({ id: `nonsense-${q}`, kind: 'nonsense', form: 'issue', q, expect: { none: true } });
for (let i = 0; i < 27; i++) {
  const q = Array.from({ length: 8 + Math.floor(random() * 5) }, letter).join('');
  queries.push({ id: `nonsense-${q}`, kind: 'nonsense', form: 'random', q, expect: { none: true } });
}

// --- typos ---------------------------------------------------------------------
const STOP_WORDS = new Set(
  'a an and are as at be by can for from how in into is it not of on or the to use using when with you your does do why what after before during cannot error message messages'.split(' '),
);
const titleWords = (title: string) => title.split(/[^A-Za-z0-9']+/).filter(Boolean);
const titleDf = new Map<string, number>();
for (const article of catalog) for (const word of new Set(titleWords(article.title).map((w) => w.toLowerCase()))) titleDf.set(word, (titleDf.get(word) ?? 0) + 1);
const lowerTitles = catalog.map((a) => ` ${titleWords(a.title).join(' ').toLowerCase()} `);

function titleWordsQuery(article: ArticleSummary): string[] | null {
  const words = titleWords(article.title.replace(/^[A-Z0-9]+:\s*/, '')).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return null;
  const rarest = [...new Set(words)].sort((a, b) => titleDf.get(a.toLowerCase())! - titleDf.get(b.toLowerCase())!).slice(0, 3);
  const chosen = words.filter((w) => rarest.includes(w)).filter((w, i, all) => all.indexOf(w) === i);
  return lowerTitles.filter((t) => chosen.every((w) => t.includes(` ${w.toLowerCase()} `))).length <= 5 ? chosen : null;
}

const EDITS = ['swap', 'drop', 'wrong', 'extra'] as const;
function misspell(word: string): string {
  // never the first letter: a reader rarely gets it wrong, and the spelling lists are kept by it
  const at = 1 + Math.floor(random() * (word.length - 2));
  const edit = EDITS[Math.floor(random() * EDITS.length)]!;
  if (edit === 'swap') return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (edit === 'drop') return word.slice(0, at) + word.slice(at + 1);
  let other = letter();
  while (other === word[at]) other = letter();
  if (edit === 'wrong') return word.slice(0, at) + other + word.slice(at + 1);
  return word.slice(0, at) + other + word.slice(at);
}

const used = new Set<string>();
while (queries.filter((q) => q.kind === 'typo').length < 40) {
  const article = catalog[Math.floor(random() * catalog.length)]!;
  const words = used.has(article.id) ? null : titleWordsQuery(article);
  const longest = words?.filter((w) => /^[A-Za-z]{5,}$/.test(w)).sort((a, b) => b.length - a.length)[0];
  if (!words || !longest) continue;
  used.add(article.id);
  let typo = misspell(longest);
  while (typo.toLowerCase() === longest.toLowerCase()) typo = misspell(longest);
  queries.push({ id: `typo-${article.id}`, kind: 'typo', form: 'one edit', q: words.map((w) => (w === longest ? typo : w)).join(' '), expect: { top10: article.id } });
}

// --- keywords ------------------------------------------------------------------
const keywords = buildFacetIndex(catalog).values.keyword.filter((value) => value.ids.length >= 5 && value.ids.length <= 1000);
for (const value of sample(keywords, 30, random)) {
  sets[`keyword-${value.slug}`] = value.ids;
  queries.push({ id: `keyword-${value.slug}`, kind: 'keyword', form: 'alone', q: value.label, expect: { all: `keyword-${value.slug}` } });
}

const header = {
  about:
    'Word-index query sets generated by scripts/make-word-queries.ts from a build cache catalog. expect.none: no result at all; expect.top10: that article in the top 10; expect.all names a set (recall@10 = |top10 ∩ set| / min(10, |set|)).',
  seed,
  articles: catalog.length,
  queries: queries.length,
  kinds: Object.fromEntries(['nonsense', 'typo', 'keyword'].map((kind) => [kind, queries.filter((q) => q.kind === kind).length])),
};
await writeQueryFile(values.out, header, queries, sets);
console.log(JSON.stringify({ out: values.out, ...header, about: undefined }));
