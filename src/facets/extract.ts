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
  const reject = (kind: FacetKind, raw: string, reason: Rejection['reason']) => out.rejected.push({ kind, raw, reason });
  const add = (value: Interned, raw: string, suspect = false, related = NONE) =>
    out.candidates.push({ ref: value.ref, key: value.key, raw, suspect, related });

  const products: Array<{ value: Interned; platform: string | undefined }> = [];
  for (const raw of summary.products) {
    out.examined.product += 1;
    const label = tidy(raw);
    if (junkRule(PRODUCT_JUNK, label)) {
      reject('product', raw, 'junk');
      continue;
    }
    const rule = productOf(label);
    // An unknown product is still a product: it gets a facet under its own name, and the report lists it.
    if (!rule) reject('product', raw, 'unmatched');
    const value = intern('product', rule?.label ?? label);
    products.push({ value, platform: rule?.platform });
    add(value, raw);
  }

  const versions = parseVersions(summary.versionsRaw);
  out.examined.version += versions.examined.version;
  out.examined.os += versions.examined.os;
  for (const rejection of versions.rejected) reject(rejection.kind, rejection.raw, rejection.reason);
  for (const platform of versions.platforms) add(intern('os', platform), platform);
  for (const pair of versions.pairs) {
    if (products.length === 0) reject('version', pair.version, 'no-product');
    for (const product of products) {
      // `winnt:4.0` of Windows NT is Windows NT 4.0, the same value as a bare `4.0`.
      const platform = pair.platform === product.platform ? null : pair.platform;
      const productLabel = product.value.ref.label;
      const label = `${productLabel} ${pair.version}${platform ? ` · ${platform}` : ''}`;
      const value = intern('version', label, platform ? [productLabel, pair.version, platform] : [productLabel, pair.version]);
      add(value, pair.version, pair.suspect, pair.platform ? [product.value, intern('os', pair.platform)] : [product.value]);
    }
  }

  for (const value of summary.operatingSystems) {
    // Older headers list several systems in one value: `MS-DOS | OS/2`.
    for (const part of value.split('|')) {
      const raw = tidy(part);
      if (raw === '') continue;
      out.examined.os += 1;
      const rule = platformOf(raw);
      if (rule) add(intern('os', rule.label), raw);
      else reject('os', raw, junkRule(OS_JUNK, raw) ? 'junk' : 'unmatched');
    }
  }

  if (summary.lastModified !== null) {
    out.examined.year += 1;
    const year = ISO_DATE.exec(summary.lastModified)?.[1];
    if (year === undefined) reject('year', summary.lastModified, 'unmatched');
    else if (Number(year) < YEAR_RANGE.min || Number(year) > YEAR_RANGE.max) reject('year', summary.lastModified, 'absurd-year');
    else add(intern('year', year), summary.lastModified);
  }

  const cut = summary.keywords.join(' ').length >= HEADER_VALUE_LIMIT;
  summary.keywords.forEach((token, index) => {
    out.examined.keyword += 1;
    const value = keyword(token);
    const last = cut && index === summary.keywords.length - 1;
    if (value === 'junk') reject('keyword', token, 'junk');
    else if (value !== 'unmatched') add(value, token, last);
    else reject('keyword', token, last ? 'truncated' : 'unmatched');
  });

  return out;
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
