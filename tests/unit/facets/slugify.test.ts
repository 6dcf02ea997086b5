import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG, slugify } from '../../../src/facets/slugify.ts';

describe.each([
  // spaces become hyphens, case folds
  ['Microsoft Exchange', 'microsoft-exchange'],
  // dots stay: 4.0 is not 40
  ['4.0 SP1', '4.0-sp1'],
  // a slash is punctuation: OS/2 and OS 2 are one value
  ['OS/2', 'os-2'],
  ['OS 2', 'os-2'],
  // + becomes a word, so C and C++ stay apart
  ['Microsoft Schedule+ for Windows', 'microsoft-schedule-plus-for-windows'],
  ['C++', 'c-plus-plus'],
  ['C', 'c'],
  // # and & too
  ['C#', 'c-sharp'],
  ['Q&A', 'q-and-a'],
  // underscores are kept as written (keywords like _ik283, mspl13_basic)
  ['_IK283', '_ik283'],
  ['mspl13_basic', 'mspl13_basic'],
  // parentheses and runs of punctuation collapse, ends are trimmed
  ['Open Database Connectivity (ODBC)', 'open-database-connectivity-odbc'],
  ['  --a--b--  ', 'a-b'],
  // trailing dots would make odd URLs
  ['readme.', 'readme'],
  // accents are dropped, other letters kept as code points rather than lost
  ['Café', 'cafe'],
  ['日本', 'u65e5-u672c'],
  // nothing usable left
  ['|', 'none'],
])('slugify(%j)', (input, expected) => {
  it(`is ${expected}`, () => expect(slugify(input)).toBe(expected));
});

describe('slugify properties', () => {
  it('is URL-safe, never empty, and stable under a second pass', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^[a-z0-9_][a-z0-9._-]*$/);
        expect(slug).not.toMatch(/^[-.]|[-.]$|--/);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe('slugify on values of any length', () => {
  it('keeps a slug a short file name, ending in a hash of the whole value', () => {
    const long = slugify('Microsoft ' + 'a'.repeat(300));
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG + 9);
    expect(long).toMatch(/^microsoft-a+-[0-9a-f]{8}$/);
  });

  it('keeps two long values that share their beginning apart', () => {
    const a = slugify('x'.repeat(100) + ' one');
    const b = slugify('x'.repeat(100) + ' two');
    expect(a).not.toBe(b);
    expect(a.slice(0, MAX_SLUG)).toBe(b.slice(0, MAX_SLUG));
  });

  it('leaves slugs up to the cap as they were', () => {
    expect(slugify('b'.repeat(MAX_SLUG + 9))).toBe('b'.repeat(MAX_SLUG + 9));
  });
});
