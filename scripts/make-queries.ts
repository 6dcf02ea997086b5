/**
 * The search benchmark's query set, generated from the corpus.
 *
 *   node scripts/make-queries.ts /tmp/corpus [--out bench/queries.json] [--seed 152941]
 *
 * Three kinds of query, each with what a good search must return:
 * - article numbers in the six forms users paste (`Q152941`, `152941`,
 *   `KB 152941`, ...): that article first;
 * - error codes in many spellings: every article containing the code in any
 *   spelling, found here with small regexes written independently of
 *   src/search/ (so the set can catch that module's bugs);
 * - title words and quoted title phrases: that article in the top 10.
 *
 * Sampling is seeded, so the same corpus always gives the same file.
 */
import { parseArgs } from 'node:util';
import { readRawArticles, type RawArticle } from './search/raw-corpus.ts';
import { sample, seededRandom } from './search/seeded-random.ts';
import { writeQueryFile } from './search/query-file.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'bench/queries.json' }, seed: { type: 'string', default: '152941' } },
});
const root = positionals[0];
if (!root) throw new Error('usage: make-queries.ts <folder holding kb/> [--out bench/queries.json] [--seed N]');
const seed = Number(values.seed);
const random = seededRandom(seed);

interface Query {
  id: string;
  kind: 'article-number' | 'error-code' | 'number' | 'title-words' | 'title-phrase';
  /** How the query is written: `Q`, `kb-space`, `hex-bare`, `stop-short`, ... */
  form: string;
  q: string;
  /** `first`: this article must rank first. `top10`: it must be in the top 10. `all`: a key of `sets`, every article of which should be found. */
  expect: { first: string } | { top10: string } | { all: string };
}

const articles: Array<RawArticle & { lowerText: string }> = [];
for await (const article of readRawArticles(root)) articles.push({ ...article, lowerText: article.text.toLowerCase() });
const byId = new Map(articles.map((a) => [a.id, a]));

const queries: Query[] = [];
const sets: Record<string, string[]> = {};

// --- article numbers -------------------------------------------------------

const NUMBER_FORMS: Array<[string, (n: number) => string]> = [
  ['Q', (n) => `Q${n}`],
  ['q-lower', (n) => `q${n}`],
  ['bare', (n) => `${n}`],
  ['KB', (n) => `KB${n}`],
  ['kb-space', (n) => `kb ${n}`],
  ['KB-space', (n) => `KB ${n}`],
];
// known examples, one five-digit article, then a seeded sample
const namedArticles = ['Q152941', 'Q100608', articles.find((a) => a.number < 100000)!.id];
const numberArticles = [
  ...namedArticles,
  ...sample(
    articles.filter((a) => !namedArticles.includes(a.id)).map((a) => a.id),
    12,
    random,
  ),
];
for (const id of numberArticles) {
  const n = byId.get(id)!.number;
  for (const [form, write] of NUMBER_FORMS) {
    queries.push({ id: `number-${id}-${form}`, kind: 'article-number', form, q: write(n), expect: { first: id } });
  }
}

// Q151261 is cited by 50 articles but is not in the archive: its number should
// find the articles that cite it
for (const id of ['Q151261'].filter((id) => !byId.has(id))) {
  const setName = `cites:${id}`;
  sets[setName] = articlesMatching([id.toLowerCase()], new RegExp(`\\b${id}\\b`, 'i'));
  for (const [form, write] of NUMBER_FORMS) {
    queries.push({ id: `number-${id}-${form}`, kind: 'article-number', form: `${form}-missing`, q: write(Number(id.slice(1))), expect: { all: setName } });
  }
}

// --- error codes -----------------------------------------------------------
// Each family: how to find its candidate values in raw text, how to decide
// that an article contains a value (in any spelling), and how users type it.

interface Family {
  name: string;
  /** Where to find further values to sample; none for a closed list. */
  candidates?: RegExp;
  normalise(value: string): string;
  contains(value: string): RegExp;
  /** Literals, lower-cased, one of which every matching article contains: a cheap prefilter. */
  needles(value: string): string[];
  spellings(value: string): Array<[form: string, q: string]>;
  curated: string[];
  sampled: number;
}

const hexDigits = (v: string) => v.replace(/^0+(?=.)/, '');

const FAMILIES: Family[] = [
  {
    name: 'status',
    candidates: /(?<![0-9a-z])(?:0x)?((?:c0|80)[0-9a-f]{6})(?![0-9a-z])/gi,
    normalise: (v) => v.toLowerCase(),
    contains: (v) => {
      const negative = 2 ** 32 - parseInt(v, 16);
      return new RegExp(`(?<![0-9a-z])(?:0x)?${v}(?![0-9a-z])|-${negative}(?!\\d)`, 'i');
    },
    needles: (v) => [v.slice(2), String(2 ** 32 - parseInt(v, 16))],
    spellings: (v) => [
      ['hex-bare', v],
      ['hex-0x-upper', `0x${v.toUpperCase()}`],
      ['hex-0x-lower', `0x${v}`],
    ],
    curated: ['c0000005', '80004005', 'c000021a', '80070005', '800a01a8', '80040e14', 'c0000135', 'c0000835'],
    sampled: 10,
  },
  {
    name: 'stop',
    // "Stop a service", "Stop CD Playing": a value without 0x needs a digit
    candidates: /\b(?:stop|bug ?check)\W{1,3}(0x[0-9a-f]{1,8}|[0-9a-f]{0,7}\d[0-9a-f]{0,7})(?![0-9a-z])/gi,
    normalise: (v) => hexDigits(v.toLowerCase().replace(/^0x/, '')),
    contains: (v) => {
      const value = /\d/.test(v) ? `(?:0x)?0*${v}` : `(?:0x0*${v}|0+${v})`;
      return new RegExp(`\\b(?:stop|bug ?check)\\W{1,3}(?:(?:error|code)\\W{1,3})?${value}(?![0-9a-z])`, 'i');
    },
    needles: (v) => [v],
    spellings: (v) => [
      ['stop-long', `STOP 0x${v.toUpperCase().padStart(8, '0')}`],
      ['stop-short', `Stop 0x${v.toUpperCase()}`],
      ['stop-bare', `stop ${v.padStart(2, '0')}`],
    ],
    curated: ['a', '1e', '50', '7b', '98'],
    sampled: 6,
  },
  {
    name: 'event',
    candidates: /\bevent[\s-]*ids?\b\W{1,4}(\d{2,5})(?!\d)/gi,
    normalise: (v) => String(Number(v)),
    contains: (v) => new RegExp(`\\bevent[\\s-]*ids?\\b\\W{0,4}${v}(?!\\d)|\\bevent\\s+${v}(?!\\d)`, 'i'),
    needles: (v) => [v],
    spellings: (v) => [
      ['event-id', `Event ID ${v}`],
      ['event-id-colon', `event id: ${v}`],
      ['eventid', `EventID ${v}`],
    ],
    curated: ['9405', '1001', '7000', '5719'],
    sampled: 12,
  },
  {
    name: 'winsock',
    normalise: (v) => v,
    contains: (v) => new RegExp(`(?<![\\d.])${v.split(':')[0]}(?![\\d])|\\b${v.split(':')[1]}\\b`, 'i'),
    needles: (v) => [v.split(':')[0]!, v.split(':')[1]!.toLowerCase()],
    spellings: (v) => {
      const [n, name] = v.split(':');
      return [
        ['wsa-number', n!],
        ['wsa-name', name!],
        ['wsa-socket-error', `socket error ${n}`],
      ];
    },
    curated: ['10060:WSAETIMEDOUT', '10061:WSAECONNREFUSED', '10054:WSAECONNRESET', '10048:WSAEADDRINUSE', '10053:WSAECONNABORTED'],
    sampled: 0,
  },
  {
    name: 'error',
    candidates: /\berror\W{1,3}(\d{2,4})(?![\d.])/gi,
    normalise: (v) => String(Number(v)),
    contains: (v) => new RegExp(`\\berr(?:or)?\\W{1,4}(?:(?:code|number)\\W{1,3})?${v}(?![\\d])(?!\\.\\d)`, 'i'),
    needles: (v) => [v],
    spellings: (v) => [
      ['error', `Error ${v}`],
      ['error-lower', `error ${v}`],
      ['error-hash', `Error #${v}`],
    ],
    curated: ['1311', '53', '3021', '1606', '429'],
    sampled: 10,
  },
];

/** Articles whose text matches, by id. */
function articlesMatching(needles: string[], pattern: RegExp): string[] {
  return articles
    .filter((a) => needles.some((needle) => a.lowerText.includes(needle)) && pattern.test(a.text))
    .map((a) => a.id);
}

/** Values of a family with the number of articles carrying each. */
function candidateCounts(family: Family): Map<string, number> {
  const counts = new Map<string, number>();
  if (!family.candidates) return counts;
  for (const article of articles) {
    const seen = new Set<string>();
    for (const m of article.text.matchAll(family.candidates)) seen.add(family.normalise(m[1]!));
    for (const value of seen) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

for (const family of FAMILIES) {
  const counts = candidateCounts(family);
  const pool = [...counts]
    .filter(([value, count]) => count >= 2 && !family.curated.includes(value))
    .map(([value]) => value)
    .sort();
  const values = [...family.curated, ...sample(pool, family.sampled, random)];
  values.forEach((value, index) => {
    const setName = `${family.name}:${value}`;
    const ids = articlesMatching(family.needles(value), family.contains(value));
    if (ids.length === 0) return;
    sets[setName] = ids;
    // curated values in every spelling; sampled ones in two, rotating
    const spellings = family.spellings(value);
    const chosen = index < family.curated.length ? spellings : [spellings[0]!, spellings[1 + (index % (spellings.length - 1))]!];
    for (const [form, q] of chosen) {
      queries.push({ id: `code-${family.name}-${value}-${form}`, kind: 'error-code', form, q, expect: { all: setName } });
    }
  });
}

// the negative-decimal spelling VB uses for HRESULTs
queries.push({ id: 'code-status-80004005-negative', kind: 'error-code', form: 'hex-negative-decimal', q: '-2147467259', expect: { all: 'status:80004005' } });

// bare numbers: every article with that number as a whole token, not as a prefix
for (const n of ['9405', '1311', '10060', '3021']) {
  const setName = `number:${n}`;
  sets[setName] = articlesMatching([n], new RegExp(`(?<![0-9a-z.])${n}(?![0-9a-z]|\\.\\d)`, 'i'));
  queries.push({ id: `number-${n}-bare`, kind: 'number', form: 'bare', q: n, expect: { all: setName } });
}

// --- titles ----------------------------------------------------------------

const STOP_WORDS = new Set(
  'a an and are as at be by can for from how in into is it not of on or the to use using when with you your does do why what after before during cannot error message messages'.split(' '),
);
const titleWords = (title: string) => title.split(/[^A-Za-z0-9']+/).filter(Boolean);
const titleDf = new Map<string, number>();
for (const article of articles) {
  for (const word of new Set(titleWords(article.title).map((w) => w.toLowerCase()))) titleDf.set(word, (titleDf.get(word) ?? 0) + 1);
}
const lowerTitles = articles.map((a) => ` ${titleWords(a.title).join(' ').toLowerCase()} `);
const titlesContainingAll = (words: string[]) =>
  lowerTitles.filter((t) => words.every((w) => t.includes(` ${w} `))).length;

function titleWordsQuery(article: RawArticle): string | null {
  // the three rarest content words (not the product tag), in title order
  const words = titleWords(article.title.replace(/^[A-Z0-9]+:\s*/, ''))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return null;
  const rarest = [...new Set(words)].sort((a, b) => titleDf.get(a.toLowerCase())! - titleDf.get(b.toLowerCase())!).slice(0, 3);
  const chosen = words.filter((w) => rarest.includes(w)).filter((w, i, all) => all.indexOf(w) === i);
  return titlesContainingAll(chosen.map((w) => w.toLowerCase())) <= 5 ? chosen.join(' ') : null;
}

function titlePhraseQuery(article: RawArticle): string | null {
  // a span of the title as written ("MS-DOS", "5.5" kept), starting and ending on content words
  const tokens = article.title.replace(/^[A-Z0-9]+:\s*/, '').split(/\s+/).map((t) => t.replace(/[.,;:!?]+$/, ''));
  const content = (t: string) => /^[A-Za-z][A-Za-z-]{2,}$/.test(t) && !STOP_WORDS.has(t.toLowerCase());
  const lowerRawTitles = lowerRawTitleCache ?? (lowerRawTitleCache = articles.map((a) => a.title.toLowerCase()));
  for (const length of [4, 3]) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const span = tokens.slice(start, start + length);
      if (!content(span[0]!) || !content(span[length - 1]!) || span.some((t) => /["'():/\\<>]/.test(t) || t === '')) continue;
      const phrase = span.join(' ');
      if (lowerRawTitles.filter((t) => t.includes(phrase.toLowerCase())).length <= 3) return `"${phrase}"`;
    }
  }
  return null;
}
let lowerRawTitleCache: string[] | undefined;

function addTitleQueries(kind: 'title-words' | 'title-phrase', count: number, make: (a: RawArticle) => string | null): void {
  let added = 0;
  const used = new Set(queries.map((q) => q.id));
  while (added < count) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const id = `${kind}-${article.id}`;
    const q = used.has(id) ? null : make(article);
    if (q === null) continue;
    used.add(id);
    queries.push({ id, kind, form: kind === 'title-words' ? 'rarest-3' : 'quoted', q, expect: { top10: article.id } });
    added += 1;
  }
}
addTitleQueries('title-words', 40, titleWordsQuery);
addTitleQueries('title-phrase', 30, titlePhraseQuery);

// --- output ----------------------------------------------------------------

const kinds = Object.fromEntries(
  [...new Set(queries.map((q) => q.kind))].map((kind) => [kind, queries.filter((q) => q.kind === kind).length]),
);
const header = {
  about:
    'Search benchmark queries generated by scripts/make-queries.ts from the raw corpus. expect.first: the article must rank first; expect.top10: it must be in the top 10; expect.all names a set: every article of it should be found (recall@10 = |top10 ∩ set| / min(10, |set|), recall = |results ∩ set| / |set|).',
  seed,
  articles: articles.length,
  queries: queries.length,
  kinds,
};
await writeQueryFile(values.out, header, queries, sets);
console.log(JSON.stringify({ out: values.out, ...header, about: undefined, sets: Object.keys(sets).length }));
