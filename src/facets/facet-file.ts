/**
 * The facet index and every article's facets as one JSON file, made once by
 * the corpus step and read by each build thread that needs them (the pages,
 * the search index, the article JSON). Extracting facets from 60,335
 * summaries is the same work wherever it runs, and each thread used to do it
 * twice (the index, then each article against its vocabulary).
 *
 * A value is written once, in `refs`, and articles name it by position: a
 * few thousand values occur about 400,000 times, and on reading each
 * position becomes one shared, frozen ref again, as `intern` makes them.
 */
import { perKind } from './per-kind.ts';
import { FACET_KINDS, type ArticleFacets, type FacetEntry, type FacetIndex, type FacetKind, type FacetRef, type FactSource, type Rejection } from './types.ts';

type PackedRef = [kind: FacetKind, slug: string, label: string];

interface PackedArticle {
  id: string;
  /** Per kind, positions in `refs`. */
  facets: Record<FacetKind, number[]>;
  products: Array<[product: number, editions: string[], versions: number[]]>;
  source: FactSource;
  rejected: Rejection[];
}

export interface FacetFile {
  refs: PackedRef[];
  /** The index's values, per kind, in the index's order. */
  values: Record<FacetKind, FacetEntry[]>;
  vocabulary: string[];
  /** In the order the articles were given (the catalog's). */
  articles: PackedArticle[];
}

export function packFacets(index: FacetIndex, articles: readonly ArticleFacets[]): FacetFile {
  const refs: PackedRef[] = [];
  const positions = new Map<FacetRef, number>();
  const at = (ref: FacetRef): number => {
    let position = positions.get(ref);
    if (position === undefined) {
      position = refs.length;
      refs.push([ref.kind, ref.slug, ref.label]);
      positions.set(ref, position);
    }
    return position;
  };
  return {
    refs,
    values: index.values,
    vocabulary: [...index.vocabulary],
    articles: articles.map(({ id, facets, products, source, rejected }) => ({
      id,
      facets: perKind((kind) => facets[kind].map(at)),
      products: products.map(({ product, editions, versions }) => [at(product), editions, versions.map(at)]),
      source,
      rejected,
    })),
  };
}

export function unpackFacets(file: FacetFile): { index: FacetIndex; articles: ArticleFacets[] } {
  const refs = file.refs.map(([kind, slug, label]): FacetRef => Object.freeze({ kind, slug, label }));
  const ref = (position: number): FacetRef => {
    const found = refs[position];
    if (!found) throw new RangeError(`facet file: no value at position ${position}`);
    return found;
  };
  const index: FacetIndex = {
    values: file.values,
    bySlug: perKind((kind) => new Map(file.values[kind].map((entry) => [entry.slug, entry]))),
    vocabulary: new Set(file.vocabulary),
  };
  const articles = file.articles.map(
    ({ id, facets, products, source, rejected }): ArticleFacets => ({
      id,
      facets: perKind((kind) => facets[kind].map(ref)),
      products: products.map(([product, editions, versions]) => ({ product: ref(product), editions, versions: versions.map(ref) })),
      source,
      rejected,
    }),
  );
  return { index, articles };
}

/** Every kind is present in a file this module wrote; a file without them is from other code. */
export function isFacetFile(value: unknown): value is FacetFile {
  const file = value as Partial<FacetFile> | null;
  return !!file && Array.isArray(file.refs) && Array.isArray(file.articles) && Array.isArray(file.vocabulary) && FACET_KINDS.every((kind) => Array.isArray(file.values?.[kind]));
}
