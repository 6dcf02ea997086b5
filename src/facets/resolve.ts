/**
 * From candidates to an article's facets: duplicates merged, and values at
 * the end of a cut header line kept only if the catalog has them whole.
 */
import type { Candidate, Extraction } from './extract.ts';
import type { Rejection } from './types.ts';

/** Keys of every candidate that cannot have been cut: the values the catalog has seen whole. */
export function vocabularyOf(extractions: Iterable<Extraction>): Set<string> {
  const whole = new Set<string>();
  for (const extraction of extractions) {
    for (const candidate of extraction.candidates) if (!candidate.suspect) whole.add(candidate.key);
  }
  return whole;
}

export interface Resolved {
  /** The kept candidates, first occurrence of each value, in extraction order. */
  kept: Candidate[];
  /** The extraction's rejections plus the suspects dropped here. */
  rejected: Rejection[];
}

export function resolve(extraction: Extraction, vocabulary: ReadonlySet<string> = new Set()): Resolved {
  const kept: Candidate[] = [];
  const rejected = [...extraction.rejected];
  const seen = new Set<string>();
  let wholeHere: Set<string> | undefined;
  for (const candidate of extraction.candidates) {
    if (seen.has(candidate.key)) continue;
    if (candidate.suspect && !vocabulary.has(candidate.key)) {
      // A value also seen whole in the same article is not in doubt.
      wholeHere ??= new Set(extraction.candidates.filter((c) => !c.suspect).map((c) => c.key));
      if (!wholeHere.has(candidate.key)) {
        rejected.push({ kind: candidate.ref.kind, raw: candidate.raw, reason: 'truncated' });
        continue;
      }
    }
    seen.add(candidate.key);
    kept.push(candidate);
  }
  return { kept, rejected };
}
