/**
 * What tells a republished article from a merely similar one: the exact
 * text (a hash of its words) and a bottom-k MinHash sketch of its 4-word
 * shingles, from which the share of shingles two texts have in common
 * (Jaccard) is estimated without holding either text.
 */
import { createHash } from 'node:crypto';
import { tokens } from './words.ts';

/** Sketch size: at k = 64 the estimate's standard error is under 0.04 around a Jaccard of 0.9. */
export const SKETCH_SIZE = 64;
const SHINGLE = 4;

export interface Fingerprint {
  /** Hash of the text's words, lower-cased, separated by single spaces: equal for the same text however it was wrapped. */
  exact: string;
  /** The SKETCH_SIZE smallest distinct shingle hashes, ascending (all of them for a short text). */
  sketch: Uint32Array;
}

export function fingerprint(text: string): Fingerprint {
  return fingerprintOf(tokens(text));
}

/** The fingerprint of a text's tokens (`tokens`), for a caller that has them already. */
export function fingerprintOf(tokens: readonly string[]): Fingerprint {
  const exact = createHash('sha1').update(tokens.join(' ')).digest('base64url');
  const hashes = tokens.map(fnv1a);
  const shingles = new Uint32Array(Math.max(1, hashes.length - SHINGLE + 1));
  for (let i = 0; i < shingles.length; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < Math.min(i + SHINGLE, hashes.length); j++) h = mix(h ^ hashes[j]!);
    shingles[i] = h;
  }
  shingles.sort();
  const sketch: number[] = [];
  for (let i = 0; i < shingles.length && sketch.length < SKETCH_SIZE; i++) if (i === 0 || shingles[i] !== shingles[i - 1]) sketch.push(shingles[i]!);
  return { exact, sketch: Uint32Array.from(sketch) };
}

/**
 * The estimated Jaccard similarity of the two shingle sets: of the k smallest
 * hashes of their union, the share both sketches hold.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  return sketchOverlap(a, 0, a.length, b, 0, b.length);
}

/** `estimateJaccard` of the sketches at `a[aFrom, aTo)` and `b[bFrom, bTo)`: many sketches kept in one flat store. */
export function sketchOverlap(a: Uint32Array, aFrom: number, aTo: number, b: Uint32Array, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let seen = 0;
  let both = 0;
  while (seen < SKETCH_SIZE && (i < aTo || j < bTo)) {
    if (j >= bTo || (i < aTo && a[i]! < b[j]!)) i++;
    else if (i >= aTo || b[j]! < a[i]!) j++;
    else {
      both++;
      i++;
      j++;
    }
    seen++;
  }
  return seen === 0 ? 1 : both / seen;
}

/** FNV-1a, 32 bits: a word's number (collisions among the corpus's few hundred thousand words are too rare to matter). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits so sorted order is a fair random sample of shingles. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
