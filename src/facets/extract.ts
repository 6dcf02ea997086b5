/**
 * One summary's candidate facet values, before the catalog-wide check of
 * values that may have been cut by the source's column limit.
 */
import type { ArticleSummary } from '../article/model.ts';
import { intern, type Interned } from './intern.ts';
import { aliasLookup, junkRule, tidy } from './match.ts';
import { parseVersions } from './parse-versions.ts';
import {
  HEADER_VALUE_LIMIT,
  KEYWORD_JUNK,
  KEYWORD_SHAPE,
  KEYWORD_TRIM,
  OS_JUNK,
  PLATFORMS,
  PRODUCTS,
  PRODUCT_JUNK,
  YEAR_RANGE,
} from './rules.ts';
import type { FacetKind, Rejection } from './types.ts';

export interface Candidate extends Interned {
  /** The raw text it came from, reported if the candidate is dropped. */
  raw: string;
  /** Ends a header value cut at the column limit: kept only if the catalog has it whole elsewhere. */
  suspect: boolean;
  /** A version's product and operating system. */
  related: readonly Interned[];
}

export interface Extraction {
  id: string;
  candidates: Candidate[];
  rejected: Rejection[];
  /** Raw values examined per kind (the report's denominators). */
  examined: Record<FacetKind, number>;
}

const productOf = aliasLookup(PRODUCTS);
const platformOf = aliasLookup(PLATFORMS);
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const NONE: readonly Interned[] = [];

export function extract(summary: ArticleSummary): Extraction {
  const out: Extraction = {
    id: summary.id,
    candidates: [],
    rejected: [],
    examined: { product: 0, version: 0, os: 0, year: 0, keyword: 0 },
  };
  const products = readProducts(summary.products, out);
  readVersions(summary.versionsRaw, products, out);
  readSystems(summary.operatingSystems, out);
  readYear(summary.lastModified, out);
  readKeywords(summary.keywords, out);
  return out;
}

interface Product {
  value: Interned;
  /** The operating system the product is, if it is one. */
  platform: string | undefined;
}

function add(out: Extraction, value: Interned, raw: string, suspect = false, related = NONE): void {
  out.candidates.push({ ref: value.ref, key: value.key, raw, suspect, related });
}

function reject(out: Extraction, kind: FacetKind, raw: string, reason: Rejection['reason']): void {
  out.rejected.push({ kind, raw, reason });
}

function readProducts(raws: readonly string[], out: Extraction): Product[] {
  const products: Product[] = [];
  for (const raw of raws) {
    out.examined.product += 1;
    const label = tidy(raw);
    if (junkRule(PRODUCT_JUNK, label)) {
      reject(out, 'product', raw, 'junk');
      continue;
    }
    const rule = productOf(label);
    // An unknown product is still a product: it gets a facet under its own name, and the report lists it.
    if (!rule) reject(out, 'product', raw, 'unmatched');
    const value = intern('product', rule?.label ?? label);
    products.push({ value, platform: rule?.platform });
    add(out, value, raw);
  }
  return products;
}

/** Versions only mean something with their product: `Microsoft Exchange 4.0 · Windows NT`. */
function readVersions(raw: string, products: readonly Product[], out: Extraction): void {
  const versions = parseVersions(raw);
  out.examined.version += versions.examined.version;
  out.examined.os += versions.examined.os;
  for (const rejection of versions.rejected) reject(out, rejection.kind, rejection.raw, rejection.reason);
  for (const platform of versions.platforms) add(out, intern('os', platform), platform);
  for (const pair of versions.pairs) {
    if (products.length === 0) reject(out, 'version', pair.version, 'no-product');
    for (const product of products) {
      // `winnt:4.0` of Windows NT is Windows NT 4.0, the same value as a bare `4.0`.
      const platform = pair.platform === product.platform ? null : pair.platform;
      const productLabel = product.value.ref.label;
      const label = `${productLabel} ${pair.version}${platform ? ` · ${platform}` : ''}`;
      const value = intern('version', label, platform ? [productLabel, pair.version, platform] : [productLabel, pair.version]);
      add(out, value, pair.version, pair.suspect, pair.platform ? [product.value, intern('os', pair.platform)] : [product.value]);
    }
  }
}

function readSystems(values: readonly string[], out: Extraction): void {
  for (const value of values) {
    // Older headers list several systems in one value: `MS-DOS | OS/2`.
    for (const part of value.split('|')) {
      const raw = tidy(part);
      if (raw === '') continue;
      out.examined.os += 1;
      const rule = platformOf(raw);
      if (rule) add(out, intern('os', rule.label), raw);
      else reject(out, 'os', raw, junkRule(OS_JUNK, raw) ? 'junk' : 'unmatched');
    }
  }
}

function readYear(lastModified: string | null, out: Extraction): void {
  // Null is the parser's to report (date-unparseable).
  if (lastModified === null) return;
  out.examined.year += 1;
  const year = ISO_DATE.exec(lastModified)?.[1];
  if (year === undefined) reject(out, 'year', lastModified, 'unmatched');
  else if (Number(year) < YEAR_RANGE.min || Number(year) > YEAR_RANGE.max) reject(out, 'year', lastModified, 'absurd-year');
  else add(out, intern('year', year), lastModified);
}

function readKeywords(tokens: readonly string[], out: Extraction): void {
  const cut = tokens.join(' ').length >= HEADER_VALUE_LIMIT;
  tokens.forEach((token, index) => {
    out.examined.keyword += 1;
    const value = keyword(token);
    const last = cut && index === tokens.length - 1;
    if (value === 'junk') reject(out, 'keyword', token, 'junk');
    else if (value !== 'unmatched') add(out, value, token, last);
    else reject(out, 'keyword', token, last ? 'truncated' : 'unmatched');
  });
}

const keywords = new Map<string, Interned | 'junk' | 'unmatched'>();

/** A keyword token's value (case-folded), or why it has none; memoised, as tokens repeat. */
function keyword(token: string): Interned | 'junk' | 'unmatched' {
  let value = keywords.get(token);
  if (value === undefined) {
    const key = token.replace(KEYWORD_TRIM, '').toLowerCase();
    value = junkRule(KEYWORD_JUNK, key) ? 'junk' : KEYWORD_SHAPE.test(key) ? intern('keyword', key) : 'unmatched';
    keywords.set(token, value);
  }
  return value;
}
