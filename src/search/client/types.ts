/**
 * The shapes shared by the search client and the search page. A SearchState
 * is exactly what lives in the URL (`/search/?q=..&product=..&sort=newest`),
 * so a search can be bookmarked, shared and restored by the back button.
 */
import type { FacetKind } from '../../facets/types.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  q: string;
  /** Per facet kind, the values chosen (any of a kind's values, all of the kinds). */
  filters: Partial<Record<FacetKind, string[]>>;
  sort: SortOrder;
}

export interface SearchHit {
  /** Q152941 */
  id: string;
  /** Plain text (the UI escapes it). */
  title: string;
  /** The permalink, or permalink + '#section' for the best-matching section. */
  url: string;
  /** Plain text. */
  product: string;
  /** ISO yyyy-mm-dd. */
  date: string | null;
  /** SAFE HTML: escaped text with only <mark>…</mark> added; '' when none. */
  excerpt: string;
  /** The matching section (deep link), if known. */
  section: { title: string; url: string } | null;
}

/** A product, version, operating system or keyword that the query names. */
export interface NameMatch {
  kind: 'product' | 'version' | 'os' | 'keyword';
  /** The facet label, as filters use it. */
  label: string;
  /** Its browse page is `/<kind>/<slug>/`. */
  slug: string;
  articles: number;
  /** The query's words that named it (joined forms, `40` for `4.0`): a filter on it stands for them. */
  typed: string[];
}

/** A misspelt word and the indexed word it was read as. */
export interface Correction {
  from: string;
  to: string;
}

/** What the word index made of the query's words. */
export interface WordNotes {
  /** Misspelt words read as indexed ones: the results are for the corrected query. */
  corrections: Correction[];
  /** When nothing matched: the words no indexed word equals or begins with, and whole queries to try instead. */
  unknown: string[];
  suggestions: string[];
  names: NameMatch[];
}

export interface SearchPage {
  route: 'article' | 'codes' | 'fulltext' | 'empty';
  /** For an article-number query that exists: where to go (the UI lists it first and may navigate). */
  article: { id: string; url: string; title: string } | null;
  /** Article numbers that are not in the archive but cited: message + citing articles are in hits. */
  missingArticle: string | null;
  /** How many articles citing the article number follow it (or, when missing, make up the list). */
  citers: number;
  total: number;
  /** The first `limit` hits from `offset`. */
  hits: SearchHit[];
  /** Corrections, suggestions and names, when the query had words. */
  words?: WordNotes;
}

export interface FacetCounts {
  [kind: string]: Array<{ value: string; count: number }>;
}
