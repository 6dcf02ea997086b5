/**
 * The facet audit: how far an article's facets are backed by what the
 * article itself states. Run once reading the header alone (what the site
 * did before) and once reading the article (its "applies to" list first),
 * it gives the before/after rows of docs/facets.md (`npm run facet-audit`).
 */
import type { ArticleSummary } from '../article/model.ts';
import { readAppliesToItem } from './applies-to-item.ts';
import { buildFacetIndex } from './build-index.ts';
import { extract } from './extract.ts';
import { intern } from './intern.ts';
import { aliasLookup, junkRule, tidy } from './match.ts';
import { parseVersions } from './parse-versions.ts';
import { resolve } from './resolve.ts';
import { HEADER_VALUE_LIMIT, PRODUCTS, PRODUCT_JUNK } from './rules.ts';
import type { FacetEntry, FacetReading, FactSource, ReportEntry } from './types.ts';
import { versionKey } from './version-order.ts';

/** What backs a version facet of an article, strongest first. */
export type Backing =
  /** The article's "applies to" list names the product with this version. */
  | 'list'
  /** A `platform:` prefixed header version of the product (`winnt:4.0`). */
  | 'prefix'
  /** A bare header version of an article with no list and one header product: nothing else it could belong to. */
  | 'one-product-header'
  /** Nothing the article states: a bare header version attached to a product by guess. */
  | 'none';

const BACKINGS: readonly Backing[] = ['list', 'prefix', 'one-product-header', 'none'];

export interface FacetAudit {
  reading: FacetReading;
  articles: number;
  sources: Record<FactSource, number>;
  /** Distinct values. */
  products: number;
  versions: number;
  /** Version values by the best backing any article carrying them has. */
  versionValuesBy: Record<Backing, number>;
  /** The unbacked version values with the most articles. */
  unbackedExamples: Array<{ label: string; count: number; example: string }>;
  /** Articles whose list names a product, and those whose every product and version facet the list backs. */
  listArticles: number;
  listBacked: number;
  withoutProduct: number;
  /** Articles with two or more product facets. */
  multiProduct: number;
  /** The values with the most articles: the longest browse lists. */
  largest: { product: Pick<FacetEntry, 'label' | 'count'> | null; version: Pick<FacetEntry, 'label' | 'count'> | null };
  /** Header keyword lines as long as the column limit, so their last token may be cut. */
  keywordLinesAtLimit: number;
  /** Cut last tokens completed from the footer's `Keywords :` line. */
  rescuedKeywords: number;
  /** Last tokens dropped as cut: not completed, and not seen whole in the catalog. */
  truncatedKeywords: number;
  /** Header values the list contradicts, most frequent first (empty when reading the header alone). */
  contradicted: ReportEntry[];
}

const productOf = aliasLookup(PRODUCTS);

export function facetAudit(summaries: readonly ArticleSummary[], reading: FacetReading): FacetAudit {
  const index = buildFacetIndex(summaries, reading);
  const sources: Record<FactSource, number> = { 'applies-to': 0, header: 0, both: 0, conflict: 0, keyword: 0, none: 0 };
  const backing = new Map<string, { rank: number; label: string; count: number; example: string }>();
  const contradicted = new Map<string, ReportEntry>();
  let listArticles = 0;
  let listBacked = 0;
  let withoutProduct = 0;
  let multiProduct = 0;
  let keywordLinesAtLimit = 0;
  let rescuedKeywords = 0;
  let truncatedKeywords = 0;

  for (const summary of summaries) {
    const extraction = extract(summary, reading);
    const { kept, rejected } = resolve(extraction, index.vocabulary);
    sources[extraction.source] += 1;
    rescuedKeywords += extraction.rescued.length;
    if (summary.keywords.length > 0 && summary.keywords.join(' ').length >= HEADER_VALUE_LIMIT) keywordLinesAtLimit += 1;
    truncatedKeywords += rejected.filter((rejection) => rejection.kind === 'keyword' && rejection.reason === 'truncated').length;
    const stated = statements(summary);
    const products = kept.filter((candidate) => candidate.ref.kind === 'product');
    if (products.length === 0) withoutProduct += 1;
    if (products.length > 1) multiProduct += 1;
    let backed = true;
    for (const candidate of kept) {
      if (candidate.ref.kind === 'product') {
        if (!stated.listProducts.has(candidate.key)) backed = false;
        continue;
      }
      if (candidate.ref.kind !== 'version') continue;
      const product = candidate.related.find((ref) => ref.ref.kind === 'product');
      const claim = `${product?.key}|${versionKey(candidate.version ?? '')}`;
      const how: Backing = stated.list.has(claim) ? 'list' : stated.prefix.has(claim) ? 'prefix' : stated.oneProduct.has(claim) ? 'one-product-header' : 'none';
      if (how !== 'list') backed = false;
      const rank = BACKINGS.indexOf(how);
      const value = backing.get(candidate.key) ?? { rank, label: candidate.ref.label, count: 0, example: summary.id };
      value.count += 1;
      if (rank < value.rank) value.rank = rank;
      backing.set(candidate.key, value);
    }
    if (stated.listProducts.size > 0) {
      listArticles += 1;
      if (backed) listBacked += 1;
    }
    for (const rejection of extraction.rejected) {
      if (rejection.reason !== 'contradicted') continue;
      const key = `${rejection.kind}\u0000${rejection.raw}`;
      const entry = contradicted.get(key) ?? { kind: rejection.kind, raw: rejection.raw, reason: rejection.reason, count: 0, examples: [] };
      entry.count += 1;
      if (entry.examples.length < 3) entry.examples.push(summary.id);
      contradicted.set(key, entry);
    }
  }

  const versionValuesBy: Record<Backing, number> = { list: 0, prefix: 0, 'one-product-header': 0, none: 0 };
  for (const value of backing.values()) versionValuesBy[BACKINGS[value.rank]!] += 1;
  const unbacked = [...backing.values()].filter((value) => BACKINGS[value.rank] === 'none').sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  const top = (entries: readonly FacetEntry[]) => (entries[0] ? { label: entries[0].label, count: entries[0].count } : null);
  return {
    reading,
    articles: summaries.length,
    sources,
    products: index.values.product.length,
    versions: index.values.version.length,
    versionValuesBy,
    unbackedExamples: unbacked.slice(0, 10).map(({ label, count, example }) => ({ label, count, example })),
    listArticles,
    listBacked,
    withoutProduct,
    multiProduct,
    largest: { product: top(index.values.product), version: top(index.values.version) },
    keywordLinesAtLimit,
    rescuedKeywords,
    truncatedKeywords,
    contradicted: [...contradicted.values()].sort((a, b) => b.count - a.count || (a.raw < b.raw ? -1 : 1)),
  };
}

interface Statements {
  /** `productKey|versionKey` the list states. */
  list: Set<string>;
  listProducts: Set<string>;
  /** `productKey|versionKey` of `platform:` prefixed header versions, for each header product. */
  prefix: Set<string>;
  /** `productKey|versionKey` of bare header versions when there is no list and one header product. */
  oneProduct: Set<string>;
}

/** What the article states about products and versions, in the facets' keys. */
function statements(summary: ArticleSummary): Statements {
  const stated: Statements = { list: new Set(), listProducts: new Set(), prefix: new Set(), oneProduct: new Set() };
  for (const item of summary.appliesTo.map(readAppliesToItem)) {
    if (item.role !== 'product') continue;
    const key = intern('product', item.product).key;
    stated.listProducts.add(key);
    for (const version of item.versions) stated.list.add(`${key}|${versionKey(version)}`);
  }
  const header = summary.products
    .map(tidy)
    .filter((label) => !junkRule(PRODUCT_JUNK, label))
    .map((label) => intern('product', productOf(label)?.label ?? label).key);
  for (const pair of parseVersions(summary.versionsRaw).pairs) {
    for (const key of header) {
      if (pair.platform !== null) stated.prefix.add(`${key}|${versionKey(pair.version)}`);
      else if (stated.listProducts.size === 0 && header.length === 1) stated.oneProduct.add(`${key}|${versionKey(pair.version)}`);
    }
  }
  return stated;
}
