/** The facet values of one article: the chips on its page. */
import type { ArticleSummary } from '../article/model.ts';
import { extract } from './extract.ts';
import { perKind } from './per-kind.ts';
import { resolve } from './resolve.ts';
import type { ArticleFacets, FacetRef } from './types.ts';

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
  return { id: summary.id, facets, rejected };
}
