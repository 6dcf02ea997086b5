/** The facet values of one article: its chips, breadcrumb, metadata line and search filters. */
import type { ArticleSummary } from '../article/model.ts';
import { extract, type Candidate } from './extract.ts';
import { perKind } from './per-kind.ts';
import { resolve } from './resolve.ts';
import type { ArticleFacets, FacetRef, ProductFacts } from './types.ts';
import { compareVersions } from './version-order.ts';

/**
 * The article's facets by kind, and the raw values that gave none.
 *
 * Pass the index's `vocabulary` to get exactly the values the index lists
 * the article under; without it, a value ending a header line cut at the
 * source's column limit (`kbGrpDS` for `kbGrpDSVB`) is left out, so chips
 * never link to a page that lacks the article.
 */
export function facetsOf(summary: ArticleSummary, vocabulary?: ReadonlySet<string>): ArticleFacets {
  const extraction = extract(summary);
  const { kept, rejected } = resolve(extraction, vocabulary);
  const facets = perKind((): FacetRef[] => []);
  for (const { ref } of kept) facets[ref.kind].push(ref);
  return { id: summary.id, facets, products: productFacts(kept, extraction.editions), source: extraction.source, rejected };
}

/** Each product with its editions and its versions in version order, products in the article's order. */
function productFacts(kept: readonly Candidate[], editions: ReadonlyMap<string, string[]>): ProductFacts[] {
  const products = kept.filter((candidate) => candidate.ref.kind === 'product');
  return products.map((product) => {
    const versions = kept
      .filter((candidate) => candidate.ref.kind === 'version' && candidate.related[0]?.key === product.key)
      .sort((a, b) => compareVersions(a.version ?? a.ref.label, b.version ?? b.ref.label) || (a.ref.label < b.ref.label ? -1 : 1));
    return { product: product.ref, editions: editions.get(product.key) ?? [], versions: versions.map((version) => version.ref) };
  });
}
