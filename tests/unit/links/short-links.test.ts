import { describe, expect, it } from 'vitest';
import { findArticleNumber, parseShortLink, shortPath } from '../../../src/links/short-links.ts';

describe.each([
  // the four spellings from tickets and code comments, with and without the slash
  ['/Q152941', 152941],
  ['/Q152941/', 152941],
  ['/q152941', 152941],
  ['/q152941/', 152941],
  ['/kb/152941', 152941],
  ['/kb/152941/', 152941],
  ['/KB152941', 152941],
  ['/KB152941/', 152941],
  ['/kb152941', 152941],
  ['/KB/152941/', 152941],
  // five-digit articles exist (Q10022)
  ['/Q10022/', 10022],
  // a folder of the canonical tree is not a short link
  ['/kb/152', null],
  ['/kb/152/', null],
  // canonical pages and other paths are not short links
  ['/kb/152/Q152941/', null],
  ['/Q152941/extra/', null],
  ['/Q', null],
  ['/Q0/', null],
  ['/search/', null],
  ['/', null],
])('parseShortLink(%j)', (path, expected) => {
  it(`is ${expected}`, () => expect(parseShortLink(path)).toBe(expected));
});

describe.each([
  // typos of canonical paths
  ['/kb/152/q152941', 152941],
  ['/kb/152/q152941/', 152941],
  ['/kb/153/Q152941/', 152941],
  ['/kb/152/Q152941/index.htm', 152941],
  ['/Q152941.htm', 152941],
  // short links, including ones for articles that do not exist
  ['/Q999999', 999999],
  ['/KB152941/', 152941],
  ['/kb/152941', 152941],
  // spaces and separators pasted from mail
  ['/KB%20152941/', 152941],
  ['/Q-152941', 152941],
  ['/kb:152941', 152941],
  // a bare number as a path segment
  ['/articles/152941/', 152941],
  ['/152941', 152941],
  // nothing article-like
  ['/kb/152/', null],
  ['/search/', null],
  ['/products/windows-nt/', null],
  ['/2001/08/', null],
  // a malformed escape does not throw
  ['/%E0%A4%A/Q152941', 152941],
])('findArticleNumber(%j)', (path, expected) => {
  it(`is ${expected}`, () => expect(findArticleNumber(path)).toBe(expected));
});

describe('shortPath', () => {
  it('is the id at the site root, in a folder', () => expect(shortPath('Q152941')).toBe('/Q152941/'));
});
