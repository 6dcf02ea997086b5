/** How facet kinds and values are named on the pages. */
import type { FacetKind, FacetRef } from './types.ts';

export const KIND_NAMES: Record<FacetKind, { one: string; many: string }> = {
  product: { one: 'Product', many: 'Products' },
  version: { one: 'Version', many: 'Versions' },
  os: { one: 'Operating system', many: 'Operating systems' },
  year: { one: 'Year', many: 'Years' },
  keyword: { one: 'Keyword', many: 'Keywords' },
};

/**
 * A version as its product's page lists it, without the product name it
 * starts with: `4.0 · Windows NT` for `Microsoft Exchange 4.0 · Windows NT`.
 */
export function versionWithinProduct(version: FacetRef, product: FacetRef): string {
  const prefix = `${product.label} `;
  return version.label.startsWith(prefix) && version.label.length > prefix.length ? version.label.slice(prefix.length) : version.label;
}

/** `1 article`, `6,400 articles`; `counted(2, 'keyword')` is `2 keywords`. */
export function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : `${noun}s`}`;
}

export function articleCount(count: number): string {
  return counted(count, 'article');
}
