/**
 * Breadcrumb trails. Each step is the page that lists the next one, so a
 * reader can always go one level up to the list they came from (or would
 * have): a version is listed on its product's page, a product and a year on
 * the home page, an operating system and a keyword letter on /browse/.
 */
import { keywordLetter, keywordLetterLabel, keywordLetterUrl } from './keyword-letters.ts';
import { KIND_NAMES } from './labels.ts';
import { facetUrl } from './paginate.ts';
import type { ArticleFacets, Crumb, FacetEntry, FacetIndex, FacetKind, FacetRef } from './types.ts';

export const HOME: Crumb = { label: 'Home', url: '/' };
export const BROWSE: Crumb = { label: 'Browse', url: '/browse/' };

const crumb = ({ kind, slug, label }: FacetRef): Crumb => ({ label, url: facetUrl(kind, slug) });

/** Where a value is listed, up to the home page, the value itself last. */
export function facetTrail(entry: FacetRef & { related: readonly FacetRef[] }): Crumb[] {
  switch (entry.kind) {
    case 'product':
    case 'year':
      return [HOME, crumb(entry)];
    case 'version': {
      const product = entry.related.find((ref) => ref.kind === 'product');
      return [HOME, ...(product ? [crumb(product)] : []), crumb(entry)];
    }
    case 'os':
      return [HOME, BROWSE, crumb(entry)];
    case 'keyword':
      return [...keywordLetterTrail(keywordLetter(entry.label)), crumb(entry)];
  }
}

/** The trail of page `number` of a value: page 1 is the value's own URL, later pages add a step. */
export function facetPageTrail(entry: FacetEntry, number: number, url: string): Crumb[] {
  const trail = facetTrail(entry);
  return number === 1 ? trail : [...trail, { label: `Page ${number}`, url }];
}

/** A kind's own index page (`/product/`), listed on /browse/. */
export function kindTrail(kind: FacetKind): Crumb[] {
  return [HOME, BROWSE, { label: KIND_NAMES[kind].many, url: `/${kind}/` }];
}

export function keywordLetterTrail(letter: string): Crumb[] {
  return [HOME, BROWSE, { label: `Keywords: ${keywordLetterLabel(letter)}`, url: keywordLetterUrl(letter) }];
}

/**
 * An article under the value it is most specifically listed in: its first
 * product's first version, else that product, else its year. An article with
 * none of these has only the home page above it.
 */
export function articleTrail(facets: ArticleFacets, index: Pick<FacetIndex, 'bySlug'>, article: { id: string; permalink: string }): Crumb[] {
  const self: Crumb = { label: article.id, url: article.permalink };
  const product = facets.facets.product[0];
  if (product) {
    const version = facets.facets.version
      .map((ref) => index.bySlug.version.get(ref.slug))
      .find((entry) => entry?.related.some((ref) => ref.kind === 'product' && ref.slug === product.slug));
    return [HOME, crumb(product), ...(version ? [crumb(version)] : []), self];
  }
  const year = facets.facets.year[0];
  return [HOME, ...(year ? [crumb(year)] : []), self];
}
