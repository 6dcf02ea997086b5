/**
 * The `_redirects` file (the format Netlify, Cloudflare Pages and GitLab Pages
 * read) for the short-link spellings that have no page of their own.
 *
 * A handful of placeholder rules, not one rule per article: Cloudflare Pages
 * accepts at most 2,000 static and 100 dynamic rules, GitLab Pages 1,000 rules
 * in 64 KB, and Netlify asks for placeholders beyond 10,000 rules. Each rule
 * sends a spelling to the article's short page `/Q<number>/`, which exists
 * for every article and refreshes to the canonical URL. Hosts that ignore the
 * file (or fill placeholders only with whole path segments) fall back to the
 * 404 page, which recognises the same spellings.
 */

import { withBase } from './site-url.ts';

export interface RedirectRule {
  from: string;
  to: string;
  status: 301 | 302;
}

const toShortPage = (from: string): RedirectRule => ({ from, to: '/Q:number/', status: 301 });

/** Every short-link spelling but `/Q<n>/` itself (a real page), with and without the trailing slash. */
export const SHORT_LINK_RULES: readonly RedirectRule[] = [
  '/q:number',
  '/KB:number',
  '/kb:number',
  '/kb/:number',
].flatMap((from) => [toShortPage(from), toShortPage(from + '/')]);

export interface RedirectsFile {
  text: string;
  rules: RedirectRule[];
  /** Rules left out because they would capture a page the site really has. */
  dropped: RedirectRule[];
}

/**
 * The file for a site whose pages are `pagePaths` (site paths: `/kb/152/`, ...),
 * served under `base` (every rule is written under it). Cloudflare
 * applies redirects even where a file exists, so no rule may capture a real
 * page: a slash-less rule that would catch `/kb/152` (the way to reach page
 * `/kb/152/`) is preceded by the static rule `/kb/152 /kb/152/`, and a rule
 * that would catch a page's own path is dropped (the 404 page covers it).
 */
export function redirectsFile(pagePaths: Iterable<string>, rules: readonly RedirectRule[] = SHORT_LINK_RULES, base = '/'): RedirectsFile {
  const pages = [...pagePaths];
  const matchers = rules.map((rule) => ({ rule, test: patternRegExp(rule.from) }));
  const kept = matchers.filter(({ test }) => !pages.some((page) => test.test(page)));
  const guards = new Map<string, RedirectRule>();
  for (const page of pages) {
    const bare = page.replace(/\/+$/, '');
    if (bare && bare !== page && kept.some(({ test }) => test.test(bare))) guards.set(bare, { from: bare, to: page, status: 301 });
  }
  const used = [...guards.values(), ...kept.map(({ rule }) => rule)];
  const text = [
    '# Short links to KB articles (/q152941, /KB152941, /kb/152941, ...) -> the short page /Q152941/,',
    '# which refreshes to the canonical URL. Static rules come first: they keep real pages reachable.',
    ...used.map(({ from, to, status }) => `${withBase(from, base)} ${withBase(to, base)} ${status}`),
    '',
  ].join('\n');
  return { text, rules: used, dropped: matchers.filter((m) => !kept.includes(m)).map(({ rule }) => rule) };
}

/** A rule's source as the hosts match it: `:name` is one or more characters other than `/`, `*` anything. */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(:[A-Za-z]\w*|\*)/)
    .map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : part === '*' ? '.*' : '[^/]+'))
    .join('');
  return new RegExp(`^${source}$`);
}
