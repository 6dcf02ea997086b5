import { describe, expect, it } from 'vitest';
import { keywordLetter, keywordLetters, keywordStem } from '../../../src/facets/keyword-letters.ts';
import type { FacetEntry } from '../../../src/facets/types.ts';

const keyword = (label: string, count = 1): FacetEntry => ({ kind: 'keyword', slug: label, label, count, ids: [], related: [] });

describe.each([
  // a kb tag is filed under what it is about
  ['kbnetwork', 'network', 'n'],
  ['kberrmsg', 'errmsg', 'e'],
  // a keyword without the prefix, under its own letter
  ['enduser', 'enduser', 'e'],
  ['netware', 'netware', 'n'],
  // `kb` is not a prefix when nothing would be left
  ['kb', 'kb', 'k'],
  // keywords that start with k but not kb stay under K
  ['kerberos', 'kerberos', 'k'],
  // digits and underscores go together, after Z
  ['80287', '80287', 'other'],
  ['_ik283', '_ik283', 'other'],
  ['kb3rdparty', '3rdparty', 'other'],
  ['kb_ik', '_ik', 'other'],
])('%s', (label, stem, letter) => {
  it(`has stem ${stem} and is filed under ${letter}`, () => {
    expect(keywordStem(label)).toBe(stem);
    expect(keywordLetter(label)).toBe(letter);
  });
});

describe('keywordLetters', () => {
  const entries = ['kbnetwork', 'netware', 'kbnetbios', 'enduser', 'kberrmsg', '80287', '_ik283', 'kb3rdparty', 'zoom', 'kbzip'].map((l) => keyword(l));
  const letters = keywordLetters(entries);

  it('files every keyword exactly once, under the letter of its stem', () => {
    const filed = letters.flatMap(({ letter, entries: listed }) => listed.map((e) => [e.label, letter]));
    expect(filed).toHaveLength(entries.length);
    for (const [label, letter] of filed) expect(keywordLetter(label!)).toBe(letter);
  });

  it('lists letters A to Z with the rest last, and no empty letter', () => {
    expect(letters.map((l) => l.letter)).toEqual(['e', 'n', 'z', 'other']);
    expect(letters.map((l) => l.label)).toEqual(['E', 'N', 'Z', '0-9 and _']);
    expect(letters.map((l) => l.url)).toEqual(['/browse/keyword/e/', '/browse/keyword/n/', '/browse/keyword/z/', '/browse/keyword/other/']);
  });

  it('orders a letter by stem, so a kb tag sits next to the plain word', () => {
    const n = letters.find((l) => l.letter === 'n')!;
    expect(n.entries.map((e) => e.label)).toEqual(['kbnetbios', 'netware', 'kbnetwork']);
    const z = letters.find((l) => l.letter === 'z')!;
    expect(z.entries.map((e) => e.label)).toEqual(['kbzip', 'zoom']);
  });

  it('gives the same letters whatever order the keywords come in', () => {
    const again = keywordLetters([...entries].reverse());
    expect(again.map((l) => [l.letter, l.entries.map((e) => e.label)])).toEqual(letters.map((l) => [l.letter, l.entries.map((e) => e.label)]));
  });

  it('has no letters for no keywords', () => expect(keywordLetters([])).toEqual([]));
});
