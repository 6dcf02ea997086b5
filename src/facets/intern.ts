/**
 * One frozen ref per facet value, made once: the catalog repeats a few
 * thousand values about a million times, and slugging each occurrence anew
 * dominated the index build.
 */
import { slugify } from './slugify.ts';
import type { FacetKind, FacetRef } from './types.ts';

export interface Interned {
  ref: FacetRef;
  /** `kind:slug`, the value's key across kinds. */
  key: string;
}

const interned = new Map<FacetKind, Map<string, Interned>>();

/**
 * The value labelled `label`, its slug made of `parts` slugged and joined by
 * `-` (the label's own slug by default). A label always comes with the same
 * parts, since the label is built from them, so the label alone is the cache key.
 */
export function intern(kind: FacetKind, label: string, parts: readonly string[] = [label]): Interned {
  let ofKind = interned.get(kind);
  if (!ofKind) interned.set(kind, (ofKind = new Map()));
  let value = ofKind.get(label);
  if (!value) {
    const slug = parts.map(slugify).join('-');
    value = { ref: Object.freeze({ kind, slug, label }), key: `${kind}:${slug}` };
    ofKind.set(label, value);
  }
  return value;
}
