/**
 * Readable, URL-safe path segments: `Microsoft Schedule+ for Windows` ->
 * `microsoft-schedule-plus-for-windows`, `OS/2` -> `os-2`, `4.0 SP1` -> `4.0-sp1`.
 *
 * The slug is a facet value's identity, so the function keeps every
 * distinction that matters in this corpus: `+`, `#` and `&` become words
 * (`C` and `C++` stay apart), dots and underscores stay (`4.0` is not `40`,
 * `_ik283` is kept as written), and a letter outside ASCII becomes its code
 * point instead of vanishing. Only spacing and punctuation runs collapse to
 * one `-`, which is what makes `OS/2` and `OS 2` the same value.
 */
const WORDS: Record<string, string> = { '+': '-plus-', '#': '-sharp-', '&': '-and-', '@': '-at-', '%': '-percent-' };

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[+#&@%]/g, (c) => WORDS[c] ?? '-')
    .replace(/[^\x00-\x7f]/gu, (c) => `-u${c.codePointAt(0)!.toString(16)}-`)
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/-{2,}/g, '-');
  return slug === '' ? 'none' : capped(slug);
}

/**
 * Slugs are file names (`/product/<slug>/index.html`), and a file name over
 * 255 bytes stops the build; a header value can be any length. A long slug
 * (over MAX_SLUG + 9) keeps its first MAX_SLUG characters and ends with a hash of the whole, so
 * two long values that share a beginning stay two facet values. A few slugs
 * joined (`product-version`) still fit in one file name.
 */
export const MAX_SLUG = 60;

function capped(slug: string): string {
  // Up to the length of a capped slug, a slug stays as it is: so slugify(slugify(x)) is slugify(x).
  if (slug.length <= MAX_SLUG + 9) return slug;
  return `${slug.slice(0, MAX_SLUG).replace(/[-.]+$/, '')}-${fnv1a(slug)}`;
}

/** 32-bit FNV-1a as 8 hex digits: short, stable, and the same in every runtime. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
