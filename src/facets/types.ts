/**
 * The facet model: the browsable values (products, versions, keywords,
 * operating systems, years) computed from the catalog of `ArticleSummary`.
 * Defined here once; pages and tests import these types from `src/facets/`.
 */

/** The browse dimensions, in the order chips and reports show them. */
export const FACET_KINDS = ['product', 'version', 'os', 'year', 'keyword'] as const;

export type FacetKind = (typeof FACET_KINDS)[number];

/**
 * One facet value as an article's chip links to it. The slug is the value's
 * identity within its kind: two raw spellings with the same slug are the same
 * value (`OS/2` and `OS2`), so a slug can never name two values.
 */
export interface FacetRef {
  kind: FacetKind;
  /** URL-safe, readable, a pure function of the value (`microsoft-exchange-4.0-windows-nt`). */
  slug: string;
  /** Display text (`Microsoft Exchange 4.0 · Windows NT`). */
  label: string;
}

/** A facet value with the number of articles carrying it. */
export interface FacetValue extends FacetRef {
  count: number;
}

/** Why a raw value did not become (or might not be) a facet value. */
export type RejectReason =
  /** No rule knows it: a candidate for a new table entry. */
  | 'unmatched'
  /** A junk rule matched it (`|`, `See article`, a version number in the keyword list). */
  | 'junk'
  /** The last token of a header line cut at the source's column limit, not seen whole elsewhere. */
  | 'truncated'
  /** A version with no product to qualify it (the product is `See article` or missing). */
  | 'no-product'
  /** A last-modified year outside the plausible range of the archive. */
  | 'absurd-year'
  /**
   * A header product or version the article's own "applies to" list does not
   * support (`Visual Basic for Windows 2.7` when the list says ADO 2.7): never shown.
   */
  | 'contradicted';

/** A raw header value that produced no facet value (or lost its platform), for the report. */
export interface Rejection {
  kind: FacetKind;
  /** The raw text as it appeared (a token, a version item, a platform name, a date). */
  raw: string;
  reason: RejectReason;
}

/**
 * One line of an article's "applies to" list, read as product, edition and
 * versions (`applies-to-item.ts` says how; the line itself is `Article.appliesTo`).
 * `Microsoft Visual Basic Enterprise Edition for Windows, versions 5.0, 6.0` is
 * product `Microsoft Visual Basic for Windows`, edition `Enterprise Edition`,
 * versions `5.0`, `6.0`.
 */
export interface AppliesToItem {
  /** `os` for `the operating system: ...` lines, `hardware` for `the hardware: ...`, `junk` for an editor's note. */
  role: 'product' | 'os' | 'hardware' | 'junk';
  /** The mapping table's name for it, or the line's own words when no row knows it (`known` false). */
  product: string;
  known: boolean;
  /** `Enterprise Edition`, `Server`, `32-bit Learning Edition`; null when the line names none. */
  edition: string | null;
  /** In the line's order, service packs written `4.0 SP4`: `5.0`, `6.0`; empty when it names none. */
  versions: string[];
  /** The operating system the product is (Windows NT Server is Windows NT), or the line's system. */
  platform: string | null;
}

/**
 * Where an article's product and version facets come from. The "applies to"
 * list is the article's own statement; the header is a fallback, because its
 * bare versions belong to whichever product the list names (Q194792's header
 * files ADO's 2.0-2.7 under Visual Basic).
 */
export type FactSource =
  /** The list; the header names no product (`See article`, empty). */
  | 'applies-to'
  /** No list naming a product: the header's `Product(s)` and `Version(s)`. */
  | 'header'
  /** The list, and every header product and version agrees with it. */
  | 'both'
  /** The list; the header says something the list does not (a `contradicted` rejection). */
  | 'conflict'
  /**
   * No list, `Product(s): See article`: the Programmer's Library section
   * keyword (`mspl13_c`), the one product statement such an article makes.
   */
  | 'keyword'
  /** Nothing names a product. */
  | 'none';

/**
 * What the facets read of an article: `article` (the site: its "applies to"
 * list first, then the header and keywords), or `header` (the header alone,
 * as the site did before it read the lists: the facet audit's "before").
 */
export type FacetReading = 'article' | 'header';

/** A product of one article with the editions and versions the article names for it. */
export interface ProductFacts {
  product: FacetRef;
  /** As the list words them, in its order: `Enterprise Edition`, `Professional Edition`. */
  editions: string[];
  /** Version facets of this product, sorted as versions (3.1 < 3.11 < 4.0 < 4.0 SP2 < 95 < 2000). */
  versions: FacetRef[];
}

/** The facets of one article, grouped by kind, each group in first-seen order without duplicates. */
export interface ArticleFacets {
  id: string;
  facets: Record<FacetKind, FacetRef[]>;
  /** The product and version facets again, each product with its editions and versions: what a page shows. */
  products: ProductFacts[];
  source: FactSource;
  rejected: Rejection[];
}

/** A facet value with the articles carrying it and the values it relates to. */
export interface FacetEntry extends FacetValue {
  /** Article ids, newest `lastModified` first (undated last), ties by article number. */
  ids: string[];
  /** A product's versions; a version's product and operating system. */
  related: FacetRef[];
}

export interface FacetIndex {
  /** Every value of each kind, most articles first, ties by label. */
  values: Record<FacetKind, FacetEntry[]>;
  /** Lookup by kind, then slug. */
  bySlug: Record<FacetKind, ReadonlyMap<string, FacetEntry>>;
  /**
   * Facet keys (`kind:slug`) seen in a position where the source could not
   * have cut them. Pass to `facetsOf` so an article's chips match the index.
   */
  vocabulary: ReadonlySet<string>;
}

/** One raw value that matched no rule (or a junk rule), with how often and where. */
export interface ReportEntry {
  kind: FacetKind;
  raw: string;
  reason: RejectReason;
  count: number;
  /** Up to three article ids carrying it, for looking it up. */
  examples: string[];
}

export interface KindReport {
  /** Distinct facet values of this kind. */
  values: number;
  /** Raw values examined (tokens, version items, platform names, dates). */
  raw: number;
  /** Raw values that matched no rule. */
  unmatched: number;
  /** `unmatched / raw` (0 when there is nothing to examine). */
  unmatchedShare: number;
  /** Raw values dropped for another reason (junk, truncated, no product, absurd year, contradicted by the list). */
  dropped: number;
}

export interface FacetReport {
  summaries: number;
  kinds: Record<FacetKind, KindReport>;
  /** Articles by where their product and version facets come from. */
  sources: Record<FactSource, number>;
  /** Header keywords cut at the column limit and completed from the footer. */
  rescuedKeywords: number;
  /** Rejected raw values, most frequent first, ties by kind then raw text. */
  rejected: ReportEntry[];
}

/** One page of a paginated browse list. */
export interface Page {
  /** 1-based. */
  number: number;
  /** Site-absolute URL with a trailing slash: `/product/microsoft-exchange/` for page 1, `.../2/` after. */
  url: string;
  ids: string[];
  /** The number of pages in the list. */
  total: number;
  prev: string | null;
  next: string | null;
}

/** One facet page to generate: a value and one page of its articles. */
export interface BrowsePage {
  entry: FacetEntry;
  page: Page;
}

/** The keywords filed under one letter of the keyword index. */
export interface KeywordLetter {
  /** `a` ... `z`, or `other` for keywords that start with a digit or `_`. */
  letter: string;
  /** What the index shows: `A`, or `0-9 and _`. */
  label: string;
  /** `/browse/keyword/a/`. */
  url: string;
  /** In reading order: by the keyword without its `kb` prefix, then as written. */
  entries: FacetEntry[];
}

/** One step of a breadcrumb trail; the last is the page itself. */
export interface Crumb {
  label: string;
  url: string;
}
