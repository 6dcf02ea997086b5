import { FACET_KINDS, type FacetKind } from './types.ts';

/** A record with one fresh value per facet kind. */
export function perKind<T>(make: (kind: FacetKind) => T): Record<FacetKind, T> {
  return Object.fromEntries(FACET_KINDS.map((kind) => [kind, make(kind)])) as Record<FacetKind, T>;
}
