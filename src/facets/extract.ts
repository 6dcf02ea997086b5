/**
 * One summary's candidate facet values, before the catalog-wide check of
 * values that may have been cut by the source's column limit.
 */
import type { ArticleSummary } from '../article/model.ts';
import { readAppliesToItem } from './applies-to-item.ts';
import { intern, type Interned } from './intern.ts';
import { aliasLookup, fold, junkRule, tidy } from './match.ts';
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
  SECTION_KEYWORDS,
  YEAR_RANGE,
} from './rules.ts';
import type { AppliesToItem, FacetKind, FacetReading, FactSource, Rejection } from './types.ts';
import { sameVersion } from './version-order.ts';

export interface Candidate extends Interned {
  /** The raw text it came from, reported if the candidate is dropped. */
  raw: string;
  /** Ends a header value cut at the column limit: kept only if the catalog has it whole elsewhere. */
  suspect: boolean;
  /** A version's product and operating system. */
  related: readonly Interned[];
  /** A version's own text (`4.0 SP2`), for sorting versions as versions. */
  version?: string;
}

export interface Extraction {
  id: string;
  candidates: Candidate[];
  rejected: Rejection[];
  /** Raw values examined per kind (the report's denominators). */
  examined: Record<FacetKind, number>;
  source: FactSource;
  /** The editions the "applies to" list names, by product key (`product:microsoft-visual-basic-for-windows`). */
  editions: Map<string, string[]>;
  /** Header keywords cut at the column limit and completed from the footer's `Keywords :` line. */
  rescued: Array<{ cut: string; whole: string }>;
}

const productOf = aliasLookup(PRODUCTS);
const platformOf = aliasLookup(PLATFORMS);
const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;
const NONE: readonly Interned[] = [];

/**
 * Products and versions come from the article's own "applies to" list when it
 * names a product; the header's `Product(s)` and `Version(s)` only when it does
 * not (and are then checked against it: what the list does not support is
 * reported as `contradicted`, never made a facet). Old articles with neither
 * take their product from the Programmer's Library section keyword.
 */
export function extract(summary: ArticleSummary, reading: FacetReading = 'article'): Extraction {
  const out: Extraction = {
    id: summary.id,
    candidates: [],
    rejected: [],
    examined: { product: 0, version: 0, os: 0, year: 0, keyword: 0 },
    source: 'none',
    editions: new Map(),
    rescued: [],
  };
  const header = readHeaderProducts(summary.products, out);
  const whole = reading === 'article';
  const listed = whole ? readList(summary.appliesTo.map(readAppliesToItem), out) : [];
  if (listed.length > 0) {
    out.source = checkHeader(header, summary.versionsRaw, listed, out);
  } else if (header.length > 0) {
    out.source = 'header';
    for (const product of header) add(out, product.value, product.raw);
    readVersions(summary.versionsRaw, header, out);
  } else {
    const section = whole ? sectionProduct(summary.keywords) : undefined;
    if (section) {
      out.source = 'keyword';
      add(out, section, section.ref.label);
    }
    readVersions(summary.versionsRaw, [], out);
  }
  readSystems(summary.operatingSystems, out);
  readYear(summary.lastModified, out);
  readKeywords(summary.keywords, whole ? summary.footerKeywords : [], out);
  return out;
}

interface Product {
  value: Interned;
  /** The operating system the product is, if it is one. */
  platform: string | undefined;
  /** The list products a header category agrees with. */
  covers: readonly string[] | undefined;
  raw: string;
}

function add(out: Extraction, value: Interned, raw: string, suspect = false, related = NONE, version?: string): void {
  out.candidates.push({ ref: value.ref, key: value.key, raw, suspect, related, ...(version === undefined ? {} : { version }) });
}

function reject(out: Extraction, kind: FacetKind, raw: string, reason: Rejection['reason']): void {
  out.rejected.push({ kind, raw, reason });
}

function readHeaderProducts(raws: readonly string[], out: Extraction): Product[] {
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
    products.push({ value: intern('product', rule?.label ?? label), platform: rule?.platform, covers: rule?.covers, raw });
  }
  return products;
}

/** A version of a product: `Microsoft Exchange 4.0`, or `Microsoft Exchange 4.0 · Windows NT` with a platform. */
export function versionValue(product: string, version: string, platform: string | null): Interned {
  const label = `${product} ${version}${platform ? ` · ${platform}` : ''}`;
  return intern('version', label, platform ? [product, version, platform] : [product, version]);
}

/** The list's products, editions and versions, and the systems it names; returns the products it names. */
function readList(items: readonly AppliesToItem[], out: Extraction): ListedProduct[] {
  const listed: ListedProduct[] = [];
  for (const item of items) {
    if (item.role === 'os') {
      out.examined.os += 1;
      if (item.platform) add(out, intern('os', item.platform), item.product);
      else reject(out, 'os', item.product, 'unmatched');
      continue;
    }
    if (item.role === 'hardware') continue;
    out.examined.product += 1;
    if (item.role === 'junk') {
      reject(out, 'product', item.product, 'junk');
      continue;
    }
    if (!item.known) reject(out, 'product', item.product, 'unmatched');
    const product = intern('product', item.product);
    add(out, product, item.product);
    let entry = listed.find((known) => known.value.key === product.key);
    if (!entry) listed.push((entry = { value: product, versions: [] }));
    if (item.edition) {
      const editions = out.editions.get(product.key) ?? [];
      if (!editions.includes(item.edition)) editions.push(item.edition);
      out.editions.set(product.key, editions);
    }
    for (const version of item.versions) {
      out.examined.version += 1;
      entry.versions.push(version);
      add(out, versionValue(item.product, version, null), version, false, [product], version);
    }
    if (item.platform) {
      // Windows 95 is a release of Windows, and an operating system of its own
      const systems = item.versions.map((version) => platformOf(`${item.platform} ${version}`)?.label ?? item.platform!);
      for (const system of systems.length > 0 ? systems : [item.platform]) add(out, intern('os', system), item.product);
    }
  }
  return listed;
}

interface ListedProduct {
  value: Interned;
  versions: string[];
}

/**
 * With a list, the header only confirms or contradicts it. A header product
 * agrees when the list names it (or a product whose name contains it: the
 * header's `Microsoft FoxPro` and the list's `Microsoft Visual FoxPro for
 * Windows`); a header version agrees when an agreeing product of the list has it.
 */
function checkHeader(header: readonly Product[], versionsRaw: string, listed: readonly ListedProduct[], out: Extraction): FactSource {
  const parsed = parseVersions(versionsRaw);
  // The platforms the header's `winnt:` prefixes name are facts of their own.
  for (const platform of parsed.platforms) add(out, intern('os', platform), platform);
  if (header.length === 0) return 'applies-to';
  let agrees = true;
  for (const product of header) {
    const matches = listed.filter((entry) => productsAgree(product, entry.value.ref.label));
    if (matches.length === 0) {
      agrees = false;
      reject(out, 'product', product.raw, 'contradicted');
    }
    for (const pair of parsed.pairs) {
      // `Word 97 for Windows` with header version `97`: the version is part of the list's product name
      if (matches.some((entry) => entry.versions.some((version) => sameVersion(version, pair.version)) || namesVersion(entry.value.ref.label, pair.version))) continue;
      agrees = false;
      reject(out, 'version', `${product.value.ref.label} ${pair.version}`, 'contradicted');
    }
  }
  return agrees ? 'both' : 'conflict';
}

function productsAgree(header: Product, list: string): boolean {
  const label = header.value.ref.label;
  if (label === list || header.covers?.includes(list)) return true;
  const name = fold(label.replace(/^Microsoft\s+/i, ''));
  return name.length > 0 && fold(list).includes(name);
}

function namesVersion(product: string, version: string): boolean {
  return product.split(/\s+/).some((word) => sameVersion(word, version));
}

function sectionProduct(keywords: readonly string[]): Interned | undefined {
  for (const keyword of keywords) {
    const label = SECTION_KEYWORDS[keyword.replace(KEYWORD_TRIM, '').toLowerCase()];
    if (label) return intern('product', label);
  }
  return undefined;
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
      const value = versionValue(product.value.ref.label, pair.version, platform);
      add(out, value, pair.version, pair.suspect, pair.platform ? [product.value, intern('os', pair.platform)] : [product.value], pair.version);
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

function readKeywords(tokens: readonly string[], footer: readonly string[], out: Extraction): void {
  const cut = tokens.join(' ').length >= HEADER_VALUE_LIMIT;
  tokens.forEach((token, index) => {
    out.examined.keyword += 1;
    const last = cut && index === tokens.length - 1;
    const whole = last ? completed(token, footer) : undefined;
    if (whole !== undefined && whole !== token) out.rescued.push({ cut: token, whole });
    const value = keyword(whole ?? token);
    // Completed (or found whole) in the footer, the token is no longer in doubt.
    const suspect = last && whole === undefined;
    if (value === 'junk') reject(out, 'keyword', token, 'junk');
    else if (value !== 'unmatched') add(out, value, token, suspect);
    else reject(out, 'keyword', token, suspect ? 'truncated' : 'unmatched');
  });
}

/**
 * The footer keyword a header token cut at the column limit was: the one
 * footer token that starts with it (the token itself when the footer has it
 * whole); undefined when none or several do.
 */
function completed(token: string, footer: readonly string[]): string | undefined {
  const cut = token.toLowerCase();
  if (cut.length < 2) return undefined;
  const whole = footer.filter((candidate) => candidate.toLowerCase().startsWith(cut));
  if (whole.some((candidate) => candidate.toLowerCase() === cut)) return token;
  const distinct = new Set(whole.map((candidate) => candidate.toLowerCase()));
  return distinct.size === 1 ? whole[0] : undefined;
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
