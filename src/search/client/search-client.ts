/**
 * The search client: what the search page calls. A query goes where it can
 * be answered cheapest (see docs/search-design.md):
 *
 * - an article number (`Q152941`, `kb 152941`, `152941`): its folder's file,
 *   the article first, then the articles citing it;
 * - error codes and lone numbers: the exact-code index, one shard per key;
 *   with other words, filters or a date sort, Pagefind with the codes as
 *   their alias words, so only articles with the codes can match;
 * - anything else: Pagefind, its bundles merged, loaded on first use.
 *
 * Every request stays on this site, and nothing from the query is ever
 * inserted as HTML: titles are plain text, excerpts are escaped text with
 * `<mark>` added.
 */
import { articleIdFor } from '../../article/permalink.ts';
import { canonicalTerms, pagefindQuery, type QueryTerms } from '../codes.ts';
import { lookupArticle } from './article-lookup.ts';
import { lookupCodes, type CodeLookup } from './code-lookup.ts';
import { fulltextFacets, hitsOf, rankedResults, type FulltextQuery } from './fulltext.ts';
import type { PagefindFilters } from './pagefind.ts';
import { withoutStopWords } from './query-words.ts';
import { rankedSource } from './ranked-articles.ts';
import { rowHits } from './row-hits.ts';
import { searchWords, type WordAnswer } from './word-search.ts';
import { wordSource } from './word-source.ts';
import { concatSources, emptySource, listSource, type ResultSource } from './result-source.ts';
import { FILTER_KINDS, hasFilters, parseState, stateToParams } from './search-state.ts';
import type { FacetCounts, SearchHit, SearchPage, SearchState, WordNotes } from './types.ts';

export { parseState, stateToParams };
export type { FacetCounts, SearchHit, SearchPage, SearchState };

/** The UI's filters as Pagefind filters: any of a kind's values, all of the kinds. */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const kind of FILTER_KINDS) {
    const values = state.filters[kind];
    if (values?.length) filters[kind] = { any: values };
  }
  return filters;
}

type Plan =
  | { route: 'codes'; lookup: Extract<CodeLookup, { kind: 'found' }> }
  | { route: 'codes' | 'fulltext'; fulltext: FulltextQuery; words?: WordAnswer }
  | { route: 'codes'; none: true }
  | { route: 'fulltext'; none: true; words: WordAnswer }
  | null;

const isPhrase = (words: string) => /^".*"$/.test(words.trim());

/** Where the codes and words of a query (its article number aside) are answered. */
async function plan(terms: QueryTerms, state: SearchState): Promise<Plan> {
  const filters = pagefindFilters(state);
  const rest = withoutStopWords(terms.rest);
  const needsPagefind = rest !== '' || hasFilters(state) || state.sort !== 'relevance';
  if (terms.codes.length > 0) {
    const lookup = await lookupCodes(terms.codes);
    if (lookup.kind === 'none') return { route: 'codes', none: true };
    if (lookup.kind === 'found' && !needsPagefind) return { route: 'codes', lookup };
    // Every key exists here (else 'none'), so each may become its alias word; a
    // too-common number goes to Pagefind as itself.
    const term = pagefindQuery({ ...terms, rest }, () => lookup.kind === 'found');
    return { route: 'codes', fulltext: { term, filters, sort: state.sort, codeKeys: terms.codes } };
  }
  if (rest === '' && !hasFilters(state)) return null;
  if (rest === '') return { route: 'fulltext', fulltext: { term: null, filters, sort: state.sort, codeKeys: [] } };
  // The word index says first whether every word is known (or what it was misspelt for), so Pagefind
  // is never asked a word it would answer with the longest prefix it has.
  const words = await searchWords(rest);
  if (words.kind === 'none') return { route: 'fulltext', none: true, words };
  // quoted words are searched as typed: a misspelt one is a "no", with its corrections offered
  if (isPhrase(rest) && words.corrections.length > 0) {
    const unknown = words.corrections.map((c) => c.from);
    const suggestions = [words.corrections.reduce((text, { from, to }) => text.replace(from, to), rest.replace(/"/g, '').toLowerCase())];
    return { route: 'fulltext', none: true, words: { kind: 'none', unknown, suggestions, names: words.names } };
  }
  const corrected = words.corrections.reduce((text, { from, to }) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from}(?![\\p{L}\\p{N}])`, 'giu'), to), rest);
  return { route: 'fulltext', fulltext: { term: pagefindQuery({ ...terms, rest: corrected }, () => false), filters, sort: state.sort, codeKeys: [] }, words };
}

async function fulltextSource(query: FulltextQuery): Promise<ResultSource> {
  const results = await rankedResults(query);
  return { total: results.length, page: (offset, limit) => hitsOf(results.slice(offset, offset + limit), query.codeKeys) };
}

/**
 * Plain words by relevance: the word index answers when its first page is
 * certain or its first article is titled with every word (Pagefind past what
 * it lists); anything else is Pagefind's.
 */
function wordsAnswer(words: WordAnswer | undefined, state: SearchState, term: string): words is Extract<WordAnswer, { kind: 'ranked' }> {
  return words?.kind === 'ranked' && (words.exact || words.titleFirst) && !hasFilters(state) && state.sort === 'relevance' && !isPhrase(term);
}

function sourceOf(p: Plan, exclude: ReadonlySet<number>, state: SearchState): Promise<ResultSource> | ResultSource {
  if (p === null || 'none' in p) return emptySource;
  if ('lookup' in p) return rankedSource(p.lookup, exclude);
  if (wordsAnswer(p.words, state, p.fulltext.term ?? '')) return wordSource(p.words, () => fulltextSource(p.fulltext));
  return fulltextSource(p.fulltext);
}

/**
 * Fetches, while the reader is still typing, what the word index will need
 * to answer `state`: the words' shards and, when the word index is the one to
 * answer and every word is a whole word (not the start of longer ones), the
 * rows of its first `limit` results (none when 0), so that Enter finds them in the page's
 * cache (site-json.ts). It never loads Pagefind: a query still being typed is
 * not worth its megabyte, nor a half-typed word's first page of rows. Codes
 * and article numbers are one small file each and are left to the search.
 */
export async function prepareSearch(state: SearchState, limit: number): Promise<void> {
  const terms = canonicalTerms(state.q.trim());
  const rest = withoutStopWords(terms.rest);
  if (rest === '' || terms.codes.length > 0 || terms.articleNumber !== undefined) return;
  const words = await searchWords(rest);
  if (limit > 0 && wordsAnswer(words, state, rest) && !words.partial) await rowHits(words.ids.slice(0, limit), words.terms);
}

/** What the page shows about the words besides the results. */
function notesOf(p: Plan): WordNotes | undefined {
  const words = p && 'words' in p ? p.words : undefined;
  if (!words) return undefined;
  return words.kind === 'none'
    ? { corrections: [], unknown: words.unknown, suggestions: words.suggestions, names: words.names }
    : { corrections: words.corrections, unknown: [], suggestions: [], names: words.names };
}

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;

/** A query resolved to where its results come from: everything but the page of hits. */
interface Resolved {
  page: Omit<SearchPage, 'hits' | 'total'>;
  source: ResultSource;
}

async function resolve(state: SearchState): Promise<Resolved> {
  const q = state.q.trim();
  const page: Resolved['page'] = { route: 'empty', article: null, missingArticle: null, citers: 0 };
  if (q === '' && !hasFilters(state)) return { page, source: emptySource };

  const terms = canonicalTerms(q);
  const n = terms.articleNumber;
  // a bare number may be an article or a code: it is an article only if the archive has it or cites it
  const named = n !== undefined && /(?:^|[^0-9a-z])(?:q|kb)\s*[:#-]?\s*0*\d/i.test(q);
  let lead: ResultSource = emptySource;
  let leadIds: number[] = [];
  // the article file and the codes (or Pagefind) are fetched side by side
  const [found, p] = await Promise.all([n === undefined ? null : lookupArticle(n), plan(terms, state)]);
  if (n !== undefined && found) {
    if (found.hit) {
      page.article = { id: found.hit.id, url: found.hit.url, title: found.hit.title };
      page.citers = found.citers.ids.length;
      lead = concatSources(listSource([found.hit]), rankedSource(found.citers), new Set([found.hit.id]));
      leadIds = [n, ...found.citers.ids];
    } else if (found.citers.ids.length > 0 || named) {
      page.missingArticle = articleIdFor(n);
      page.citers = found.citers.ids.length;
      lead = rankedSource(found.citers);
      leadIds = found.citers.ids;
    }
  }

  const rest = await sourceOf(p, new Set(leadIds), state);
  const notes = notesOf(p);
  if (notes) page.words = notes;
  page.route = page.article || page.missingArticle ? 'article' : (p?.route ?? 'empty');
  return { page, source: leadIds.length > 0 ? concatSources(lead, rest, new Set(leadIds.map(articleIdFor))) : rest };
}

// The last query's resolution: "load more" asks for the next page of the same
// state, which then costs only that page's fragments, not another search.
let last: { key: string; resolved: Promise<Resolved> } | undefined;

function resolveOnce(state: SearchState): Promise<Resolved> {
  const key = JSON.stringify([state.q.trim(), FILTER_KINDS.map((kind) => state.filters[kind] ?? []), state.sort]);
  if (last?.key !== key) {
    const resolved = resolve(state);
    last = { key, resolved };
    // a failed search (offline) is tried afresh next time
    resolved.catch(() => {
      if (last?.resolved === resolved) last = undefined;
    });
  }
  return last.resolved;
}

export async function runSearch(state: SearchState, offset: number, limit: number): Promise<SearchPage> {
  offset = clamp(offset, 0, 1e6, 0);
  limit = clamp(limit, 0, 100, 10);
  const { page, source } = await resolveOnce(state);
  // the hits first: a word-index source knows its total better once it has gone past its own list
  const hits = limit > 0 ? await source.page(offset, limit) : [];
  return { ...page, total: source.total, hits };
}

export async function facetCounts(state: SearchState): Promise<FacetCounts> {
  const terms = canonicalTerms(state.q.trim());
  const p = await plan(terms, { ...state, sort: 'relevance' });
  if (p === null) {
    // no words: counts over everything the filters leave (all articles when none)
    return terms.articleNumber === undefined || hasFilters(state) ? fulltextFacets({ term: null, filters: pagefindFilters(state), sort: 'relevance', codeKeys: [] }) : {};
  }
  if ('none' in p) return {};
  if ('fulltext' in p) return fulltextFacets(p.fulltext);
  // exact-code results: Pagefind counts the same articles through their alias words
  return fulltextFacets({ term: pagefindQuery(terms, () => true), filters: pagefindFilters(state), sort: 'relevance', codeKeys: terms.codes });
}
