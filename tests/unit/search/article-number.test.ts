import { describe, expect, it } from 'vitest';
import { permalinkFor } from '../../../src/article/permalink.ts';
import { parseArticleNumber } from '../../../src/search/article-number.ts';

describe('parseArticleNumber', () => {
  describe.each([
    // the six forms users paste
    ['Q152941', 152941],
    ['q152941', 152941],
    ['152941', 152941],
    ['KB152941', 152941],
    ['kb 152941', 152941],
    ['KB 152941', 152941],
    // tolerated variants: surrounding space, separators, a title's trailing colon
    ['  Q152941  ', 152941],
    ['KB:152941', 152941],
    ['Q-152941', 152941],
    ['Q152941:', 152941],
    ['kB152941', 152941],
    // five-digit articles exist (Q10022 lives in kb/010/)
    ['Q10022', 10022],
    ['10022', 10022],
    // an explicit prefix makes short and seven-digit numbers article numbers too
    ['Q123', 123],
    ['KB2919355', 2919355],
    ['Q0152941', 152941],
  ])('%j', (query, expected) => {
    it(`is ${expected}`, () => expect(parseArticleNumber(query)).toBe(expected));
  });

  describe.each([
    // bare numbers too short or too long to be archive articles are codes, not articles
    ['9405'],
    ['1311'],
    ['80004005'],
    ['1234567'],
    // not a whole-query article number
    ['Q152941 MTA'],
    ['see Q152941'],
    ['Q152941Q'],
    ['c0000005'],
    ['0x152941'],
    ['QQ152941'],
    ['KB'],
    ['Q0'],
    [''],
    ['152 941'],
  ])('%j', (query) => {
    it('is null', () => expect(parseArticleNumber(query)).toBeNull());
  });
});

describe('permalinkFor', () => {
  describe.each([
    [152941, '/kb/152/Q152941/'],
    [10022, '/kb/010/Q10022/'],
    [100608, '/kb/100/Q100608/'],
    [999, '/kb/000/Q999/'],
    [327999, '/kb/327/Q327999/'],
    [1000000, '/kb/1000/Q1000000/'],
  ])('%i', (n, expected) => {
    it(`is ${expected}`, () => expect(permalinkFor(n)).toBe(expected));
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %d', (n) => {
    expect(() => permalinkFor(n)).toThrow(RangeError);
  });
});
