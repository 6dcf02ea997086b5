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
}

export interface FacetCounts {
  [kind: string]: Array<{ value: string; count: number }>;
}
