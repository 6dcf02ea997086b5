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
  return slug === '' ? 'none' : slug;
}
