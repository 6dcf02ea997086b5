/**
 * The facts line under an article's title: its products, each with the
 * versions it is listed under, and its operating systems, as the facet index
 * has them, so each one links to its browse page. Compact by design: a
 * version shows only what it adds to its product (`4.0 SP1`, not
 * `Microsoft SNA Server 4.0 SP1 · Windows`), the platform being in the
 * operating systems; long lists are cut (every value is still in the
 * article's details and facet links further down).
 */
import { versionWithinProduct } from '../facets/labels.ts';
import type { ArticleFacets, FacetIndex, FacetRef } from '../facets/types.ts';

/** Products shown before the rest are counted. */
export const MAX_PRODUCTS = 3;
/** Versions shown per product before the rest are counted. */
export const MAX_VERSIONS = 6;

export interface ProductFact {
  /** null for versions whose product the article does not list. */
  product: FacetRef | null;
  versions: Array<{ ref: FacetRef; text: string }>;
  /** Versions left out of `versions`. */
  moreVersions: number;
}

export interface ArticleFactLine {
  products: ProductFact[];
  /** Products left out of `products`. */
  moreProducts: number;
  os: FacetRef[];
}

export function articleFactLine(facets: ArticleFacets, index: Pick<FacetIndex, 'bySlug'>): ArticleFactLine {
  const groups = new Map<string, { product: FacetRef | null; versions: Array<{ ref: FacetRef; text: string }> }>();
  for (const product of facets.facets.product) groups.set(product.slug, { product, versions: [] });
  for (const version of facets.facets.version) {
    const related = index.bySlug.version.get(version.slug)?.related.find((ref) => ref.kind === 'product');
    const group = related && groups.get(related.slug);
    if (group?.product) {
      // `3.0b · Macintosh` and `3.0b · Windows` are one `3.0b` here: the platforms are listed apart.
      const text = versionWithinProduct(version, group.product).split(' · ')[0]!;
      if (!group.versions.some((shown) => shown.text === text)) group.versions.push({ ref: version, text });
    } else {
      const orphans = groups.get('') ?? { product: null, versions: [] };
      orphans.versions.push({ ref: version, text: version.label });
      groups.set('', orphans);
    }
  }
  const all = [...groups.values()].filter((group) => group.product !== null || group.versions.length > 0);
  return {
    products: all.slice(0, MAX_PRODUCTS).map(({ product, versions }) => ({
      product,
      versions: versions.slice(0, MAX_VERSIONS),
      moreVersions: Math.max(0, versions.length - MAX_VERSIONS),
    })),
    moreProducts: Math.max(0, all.length - MAX_PRODUCTS),
    os: facets.facets.os,
  };
}
