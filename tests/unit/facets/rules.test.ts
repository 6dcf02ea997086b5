import { describe, expect, it } from 'vitest';
import { aliasLookup, fold } from '../../../src/facets/match.ts';
import { PLATFORMS, PRODUCTS } from '../../../src/facets/rules.ts';
import { slugify } from '../../../src/facets/slugify.ts';

describe('the rule tables', () => {
  it('give each platform its own slug', () => {
    expect(new Set(PLATFORMS.map((rule) => slugify(rule.label))).size).toBe(PLATFORMS.length);
  });

  it('never give one alias to two rows', () => {
    expect(() => aliasLookup(PLATFORMS)).not.toThrow();
    expect(() => aliasLookup(PRODUCTS)).not.toThrow();
    expect(() => aliasLookup([...PLATFORMS, ...PRODUCTS])).not.toThrow();
  });

  it.each(PLATFORMS.flatMap((rule) => rule.aliases.map((alias) => [alias, rule.label])))('resolve platform alias %j to %j', (alias, label) => {
    expect(aliasLookup(PLATFORMS)(alias)?.label).toBe(label);
  });
});

describe('aliasLookup', () => {
  it('refuses a table where two rows claim one alias', () => {
    expect(() => aliasLookup([{ label: 'Windows NT', aliases: ['NT'] }, { label: 'Novell', aliases: ['nt'] }])).toThrow(/"nt" claimed by "Windows NT" and "Novell"/);
  });
});

describe.each([
  // case, spaces, hyphens and underscores do not matter
  ['MS- DOS', 'msdos'],
  ['MS_DOS', 'msdos'],
  ['WINDOWS NT', 'windowsnt'],
  // other punctuation does
  ['OS/2', 'os/2'],
  ['0S/2', '0s/2'],
])('fold(%j)', (text, folded) => {
  it(`is ${folded}`, () => expect(fold(text)).toBe(folded));
});
