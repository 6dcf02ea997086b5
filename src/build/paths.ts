/** Where the build reads sources and keeps its parsed-model cache. */
import path from 'node:path';

/** The content folder: `KB_CONTENT` (e.g. `.corpus` after `npm run import`), else the embedded sample. */
export function contentRoot(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.KB_CONTENT || 'content');
}

/**
 * The parsed-model cache: written by the corpus step, read by the pages. Git-ignored.
 * `KB_CACHE_DIR` moves it (benchmarks, and the tests' fixture site, so it never overwrites the main build's).
 */
export function cacheDir(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.KB_CACHE_DIR || path.join('.cache', 'kb-archive'));
}

/** Strict mode fails the build on any input problem (`KB_STRICT=1`, or `npm run build:strict`). */
export function strictMode(): boolean {
  return /^(1|true|yes)$/i.test(process.env.KB_STRICT ?? '');
}

/** `KB_SIMILAR=0` builds without similar articles (no features, no neighbour search): for measuring what they cost. */
export function similarWanted(): boolean {
  return !/^(0|false|no|off)$/i.test(process.env.KB_SIMILAR ?? '');
}

/** An article over this size (the largest of the 60,335 is about 0.2 MB) is reported, and published. */
export const MAX_SOURCE_BYTES = 2 ** 20;
/** A file over this size is not read at all (reported): no KB article comes near it. */
export const MAX_READ_BYTES = 64 * 2 ** 20;

/** Cache file of one article, keyed by its permalink so it is unique even when ids collide. */
export function recordFile(cache: string, permalink: string): string {
  return path.join(cache, 'articles', permalink.replace(/^\/+|\/+$/g, '') + '.json');
}
