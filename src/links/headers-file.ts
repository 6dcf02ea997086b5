/**
 * The `_headers` file (public/_headers: the format Netlify and Cloudflare
 * Pages read): response headers per path pattern. Parsed here so the nginx
 * configuration (scripts/serve-nginx.ts) sends the same headers, and rebased
 * when the site is built under a base path.
 */
import { withBase } from './site-url.ts';

/** Path pattern -> header name (lower case) -> value, in file order. */
export type HeaderRules = Map<string, Map<string, string>>;

export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else current?.set(line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim());
  }
  return rules;
}

/** The file with every path pattern moved under `base` (`/_astro/*` -> `/kbarchive/_astro/*`); comments and headers kept. */
export function rebaseHeadersFile(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBase(line, base) : line))
    .join('\n');
}
