import { describe, expect, it } from 'vitest';
import { patternRegExp, redirectsFile, SHORT_LINK_RULES } from '../../../src/links/redirects-file.ts';

describe.each([
  ['/q:number', '/q152941', true],
  ['/q:number', '/q152941/', false],
  ['/q:number', '/Q152941', false],
  ['/q:number', '/q', false],
  ['/kb/:number/', '/kb/152941/', true],
  ['/kb/:number/', '/kb/152/Q152941/', false],
  ['/a.b/*', '/a.b/c/d', true],
  ['/a.b/*', '/aXb/c', false],
])('patternRegExp(%j)', (pattern, path, matches) => {
  it(`${matches ? 'matches' : 'does not match'} ${path}`, () => expect(patternRegExp(pattern).test(path)).toBe(matches));
});

/** Where a host following the file's rules sends `path` (first match wins; placeholders filled in), or null. */
function follow(text: string, path: string): string | null {
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [from, to] = line.split(' ') as [string, string];
    const names: string[] = [];
    const source = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]\w*)/g, (_, name: string) => (names.push(name), '([^/]+)'));
    const m = new RegExp(`^${source}$`).exec(path);
    if (m) return names.reduce((dest, name, i) => dest.replace(`:${name}`, m[i + 1]!), to);
  }
  return null;
}

describe('redirectsFile', () => {
  const articlePages = ['/', '/kb/152/Q152941/', '/Q152941/', '/kb/010/Q10022/', '/Q10022/'];

  it.each(['/q152941', '/q152941/', '/KB152941', '/KB152941/', '/kb152941', '/kb/152941', '/kb/152941/'])(
    'sends %s to the short page',
    (path) => expect(follow(redirectsFile(articlePages).text, path)).toBe('/Q152941/'),
  );

  it('leaves every real page alone', () => {
    const { text } = redirectsFile(articlePages);
    for (const page of articlePages) expect(follow(text, page)).toBeNull();
  });

  it('keeps a folder page reachable without its slash and drops the rule that would capture it', () => {
    const pages = [...articlePages, '/kb/152/', '/quick-start/'];
    const { text, dropped } = redirectsFile(pages);
    expect(follow(text, '/kb/152')).toBe('/kb/152/');
    expect(follow(text, '/kb/152/')).toBeNull();
    expect(follow(text, '/quick-start/')).toBeNull();
    expect(follow(text, '/quick-start')).toBe('/quick-start/');
    expect(dropped.map((rule) => rule.from).sort()).toEqual(['/kb/:number/', '/q:number/']);
    // static rules first, as Cloudflare requires
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines.findIndex((line) => line.includes(':'))).toBe(lines.length - (SHORT_LINK_RULES.length - dropped.length));
  });

  it('stays within the strictest host limits however many articles there are', () => {
    const pages = Array.from({ length: 60_335 }, (_, i) => [`/kb/${String(i).padStart(3, '0')}/Q${100000 + i}/`, `/Q${100000 + i}/`]).flat();
    const { text, rules } = redirectsFile(pages);
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(Buffer.byteLength(text)).toBeLessThan(64 * 1024);
  });
});
