import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../src/links/headers-file.ts';
import { HEADER_POLICY, META_POLICY, POLICY_DIRECTIVES } from '../../../src/security/content-security-policy.ts';


const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'));
  const all = rules.get('/*');

  it('sends the same Content-Security-Policy as the pages, plus frame-ancestors', () => {
    expect(all?.get('content-security-policy')).toBe(HEADER_POLICY);
    expect(directives(HEADER_POLICY).get('frame-ancestors')).toBe("'none'");
  });

  it('tells browsers not to sniff content types', () => {
    expect(all?.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the page policy', () => {
  const meta = directives(META_POLICY);

  it.each(POLICY_DIRECTIVES.map(([name]) => [name]))('never allows inline code or other hosts in %s', (name) => {
    const value = meta.get(name) ?? '';
    expect(value).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  });

  it('allows scripts from the site only', () => {
    expect(meta.get('script-src')?.split(' ').filter((source) => source !== "'wasm-unsafe-eval'")).toEqual(["'self'"]);
  });

  it('leaves out directives a <meta> policy ignores', () => {
    expect([...meta.keys()].filter((name) => ['frame-ancestors', 'report-uri', 'sandbox'].includes(name))).toEqual([]);
  });
});
