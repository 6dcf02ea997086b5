/**
 * The article data model: the one place that says what a parsed KB article is.
 *
 * The parser (`parse-article.ts`) produces it from a source file, the build
 * caches it, and pages, facets, search and the JSON API only read it.
 * Body blocks are mdast nodes so that the unified ecosystem can render them
 * (mdast -> hast -> HTML); cross-references are mdast `link` nodes whose url
 * is `kb:Q123456`, resolved to a permalink (or unwrapped to text) at render time.
 */
import type { BlockContent, Heading } from 'mdast';
import type { FactSource } from '../facets/types.ts';
import type { ArticleCodesJson } from '../search/article-codes.ts';

/** A problem found in the input, always tied to a file and a line. */
export interface Problem {
  /** Stable machine-readable kind, e.g. `front-matter-missing`, `date-unparseable`. */
  kind: ProblemKind;
  /** Path of the source file, relative to the content root (`kb/152/Q152941/README.md`). */
  file: string;
  /** 1-based line in the source file. */
  line: number;
  message: string;
}

export type ProblemKind =
  | 'front-matter-missing'
  | 'front-matter-invalid'
  | 'title-missing'
  | 'permalink-missing'
  | 'permalink-mismatch'
  | 'permalink-unsafe'
  | 'duplicate-id'
  | 'duplicate-permalink'
  | 'header-missing'
  | 'header-unknown-line'
  | 'id-mismatch'
  | 'date-unparseable'
  | 'non-utf8'
  | 'raw-block-unclosed'
  /** No readable article number in the folder, header or title: the file is not published. */
  | 'id-missing'
  /** A UTF-16 or UTF-32 file (byte-order mark): decoded, but the archive's files are UTF-8. */
  | 'utf16-or-utf32'
  /** NUL or another control character: shown as a visible symbol (U+2400-U+241F), never written raw. */
  | 'control-character'
  /** Larger than an article should be (1 MB): published, reported; over 64 MB not read at all. */
  | 'file-too-large'
  /** A symlink that leads outside the content root, is broken or loops: skipped. */
  | 'symlink-outside'
  /** A file or folder the build could not read (permissions, I/O): skipped. */
  | 'unreadable'
  /** The parser itself failed on this file (a bug): the page shows the file as written. */
  | 'parser-error';

/** The `Article:` ... `Last Modified:` block at the top of every body. */
export interface ArticleHeader {
  /** `Product(s):` split on commas that separate products; empty when absent. */
  products: string[];
  /** `Version(s):` exactly as written (`winnt:4.0`, `WINDOWS:3.1,3.11`, `4.0 SP1|4.0 SP2`). */
  versionsRaw: string;
  /** `Operating System(s):` values. */
  operatingSystems: string[];
  /** `Keyword(s):` tokens as written (case kept; junk like `|` kept out). */
  keywords: string[];
  /** `Last Modified:` as an ISO date (`1999-03-29`), or null when unparseable. */
  lastModified: string | null;
  /** `Last Modified:` as written. */
  lastModifiedRaw: string;
}

/** The `Keywords :` ... `Solution Type :` block at the end of the body. */
export interface ArticleFooter {
  keywords: string[];
  technology: string[];
  version: string;
  issueType: string;
  solutionType: string;
  /** Any other `Label : value` footer line (`Hardware`, `Component`, ...), in source order. */
  other: Array<{ label: string; value: string }>;
}

/** A heading underlined with `===` (level 2) or `---` (level 3) and what follows it. */
export interface Section {
  /** Heading text as written (`MORE INFORMATION`); null for text before the first heading. */
  title: string | null;
  /** Stable, unique-per-article anchor (`more-information`); `overview` for the untitled lead. */
  slug: string;
  /** 2 for `===`, 3 for `---` underlines. */
  depth: 2 | 3;
  /** 1-based source line of the heading (or of the first block for the lead). */
  line: number;
  blocks: BlockContent[];
}

/** One outgoing cross-reference. */
export interface Reference {
  /** Target id, normalised (`Q151261`). */
  id: string;
  /** Title text that followed the number in a reference list, if any (`OFF97: How to ...`). */
  title: string | null;
}

export interface Article {
  /** `Q152941`. */
  id: string;
  number: number;
  /** Title without the `Qnnn: ` prefix. */
  title: string;
  /** The title's product tag (`XCON`, `OFF97`), or null. */
  tag: string | null;
  /** Canonical path from the front matter, normalised to `/kb/152/Q152941/`. */
  permalink: string;
  /** Source path relative to the content root. */
  sourcePath: string;
  header: ArticleHeader;
  /** The "information in this article applies to" list, one entry per product line. */
  appliesTo: string[];
  sections: Section[];
  footer: ArticleFooter;
  /** "Additional query words:" text, verbatim. */
  additionalQueryWords: string;
  /** Distinct outgoing references in order of first appearance. */
  references: Reference[];
  /** Problems found while parsing this file. */
  problems: Problem[];
}

export type { BlockContent, Heading };

/**
 * What the parser records on the mdast nodes it builds. The renderer styles
 * the blocks by it, and the corpus statistics count how much text the parser
 * understood (`verbatim` is the fallback for text it did not).
 */
declare module 'mdast' {
  interface CodeData {
    /**
     * `preformatted`: a block whose spacing carries meaning (code, a table
     * made of spaces, an event-log excerpt), kept line for line.
     * `verbatim`: text the parser did not understand, kept exactly as written.
     */
    kbBlock?: 'preformatted' | 'verbatim';
  }
  interface ListData {
    /** `references`: a list of `Qnnnnnn Title` lines, each item one cross-reference. */
    kbBlock?: 'references';
  }
  interface HeadingData {
    /**
     * A heading inside a section (`1.1  Setup Requirements`, a short line in
     * capitals, a `---`-underlined line): its shape, its outline number if it
     * has one, and its anchor, unique among all the article's headings.
     */
    kbSubheading?: { shape: 'numbered' | 'caps' | 'underlined'; number: string | null; slug: string };
  }
  interface CodeData {
    /**
     * For an article's own table of contents: the lines (0-based, within the
     * block's text) that name a heading of the article, and that heading's anchor.
     */
    kbContents?: Array<{ line: number; slug: string }>;
  }
}

/**
 * The light per-article record the build keeps for all articles at once
 * (catalog): browse pages, facets, backlinks, short links and the JSON index
 * are computed from these, never from full articles.
 */
export interface ArticleSummary
  extends Pick<Article, 'id' | 'number' | 'title' | 'tag' | 'permalink' | 'sourcePath' | 'appliesTo'>,
    Pick<ArticleHeader, 'products' | 'versionsRaw' | 'operatingSystems' | 'keywords' | 'lastModified'> {
  /**
   * The footer's `Keywords :` tokens: the facets complete a header keyword
   * cut at the column limit from them (`kbGrpDS` -> `kbGrpDSVB`).
   */
  footerKeywords: string[];
  /** Ids this article cites, distinct. */
  references: string[];
  /** Pages the article is published on when it is too long for one (src/article/split-parts.ts); absent when one. */
  parts?: number;
}

/** One heading of the article as rendered: a section's or a sub-heading's, for "On this page". */
export interface OutlineEntry {
  title: string;
  /** The heading's id on the page. */
  slug: string;
  /** 2 to 6: the `<hN>` it is rendered as. */
  level: number;
}

/** A section reduced to plain text, for the JSON API and search descriptions. */
export interface SectionText extends Pick<Section, 'title' | 'slug' | 'depth'> {
  text: string;
}

/** One page of an article published in parts (src/article/split-parts.ts). */
export interface ArticlePart {
  /** This part's share of the rendered sections, whole HTML. */
  html: string;
  /** The ids of the headings in this part, so a link elsewhere can name the part that holds one. */
  ids: string[];
}

/**
 * What the build caches per article for the page and the JSON endpoint: the
 * model without its mdast blocks (rendered once, in the build workers, to
 * `html`), plus the original source for the "view source" block.
 */
export interface ArticleRecord extends Omit<Article, 'sections'> {
  sections: SectionText[];
  /** The sections rendered to escaped, semantic HTML, cross-references resolved. */
  html: string;
  /** Every heading of the text, sections and sub-headings, in page order. */
  outline: OutlineEntry[];
  /** First sentence of SUMMARY or SYMPTOMS (or the lead), for meta descriptions. */
  description: string;
  /** The source file's text, verbatim. */
  source: string;
  /** `html` cut into pages, when it is too long for one (src/article/split-parts.ts). */
  parts?: ArticlePart[];
  /** The codes the text mentions, as the corpus worker found them (cache only; never published as such). */
  codes?: ArticleCodesJson;
}

/**
 * The public JSON form of one article, published next to its page
 * (`/kb/152/Q152941.json`) and described by `public/schema/article.schema.json`.
 * A stable interface for ticket tools: fields are only ever added, never
 * renamed or removed, within a `schemaVersion`. The one exception, made so the
 * archive fits GitHub Pages' 1 GB (issue #17, docs/benchmarks.md): a section's
 * `text` became optional and is no longer written (it was a third copy of the
 * text, 126 MB); the text is at `sourceUrl` and on the page at `url#slug`.
 */
export interface ArticleJson {
  /** Absolute URL of the JSON Schema this document follows. */
  $schema: string;
  schemaVersion: 1;
  id: string;
  number: number;
  title: string;
  tag: string | null;
  /** Absolute canonical URL of the article page. */
  url: string;
  permalink: string;
  description: string;
  header: ArticleHeader;
  appliesTo: string[];
  /** Absolute URL of the source file as published (`/kb/152/Q152941.txt`): the article's whole text. */
  sourceUrl: string;
  /** The sections' headings and anchors, in page order; `text` is left out (see above). */
  sections: SectionJson[];
  footer: ArticleFooter;
  additionalQueryWords: string;
  /** Outgoing references; `permalink` is null when the cited article is not in the archive. */
  references: Array<Reference & { permalink: string | null }>;
  /** Articles in the archive that cite this one. */
  citedBy: Array<{ id: string; title: string; permalink: string }>;
  /** Ready-made citations: plain text and a Markdown link. */
  citation: { text: string; markdown: string };
  /**
   * The products (with editions and versions) and operating systems the site
   * files the article under: from its own "applies to" list first, the header
   * only as a fallback (docs/facets.md). `header` keeps the values as written.
   */
  facts: ArticleFactsJson;
  /** Up to 5 similar articles, best first, each with why (`also about 0xC0000005; same product and keywords`). */
  similar: Array<{ id: string; title: string; permalink: string; reason: string }>;
  /** The same (or near-identical) text published under other numbers, by number. */
  duplicates: Array<{ id: string; title: string; permalink: string }>;
}

/** A section in the JSON. `text` is optional in the schema so documents written before issue #17 stay valid. */
export type SectionJson = Omit<SectionText, 'text'> & { text?: string };

/** A facet value in the JSON: its name and the absolute URL of its browse page. */
export interface FacetLinkJson {
  name: string;
  url: string;
}

export interface ArticleFactsJson {
  /** Where the product and version facts come from: `applies-to`, `both`, `conflict`, `header`, `keyword` or `none`. */
  source: FactSource;
  products: Array<FacetLinkJson & { editions: string[]; versions: FacetLinkJson[] }>;
  operatingSystems: FacetLinkJson[];
}

/** One row of the compact article index: `[id, title, permalink, products, lastModified]`. */
export type ArticleIndexRow = [id: string, title: string, permalink: string, products: string[], lastModified: string | null];

/**
 * The compact index of every article (`/kb/index.json`), described by
 * `public/schema/article-index.schema.json`: rows of fixed fields rather
 * than objects, so 60,000 articles stay small and compress well.
 */
export interface ArticleIndex {
  $schema: string;
  schemaVersion: 1;
  /** The site's absolute URL; permalinks are relative to it. */
  site: string;
  count: number;
  fields: ['id', 'title', 'permalink', 'products', 'lastModified'];
  articles: ArticleIndexRow[];
}
