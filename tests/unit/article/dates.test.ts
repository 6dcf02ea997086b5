import { describe, expect, it } from 'vitest';
import { parseKbDate } from '../../../src/article/dates.ts';

describe.each([
  // the usual shape
  ['29-MAR-1999', '1999-03-29'],
  // single-digit day, as in 1988-1991 articles
  ['9-AUG-1989', '1989-08-09'],
  // month names in any case, white space around
  [' 06-nov-1999 ', '1999-11-06'],
  // leap day in a leap year
  ['29-FEB-2000', '2000-02-29'],
  // ... and not in a century that is not one
  ['29-FEB-1900', null],
  // a day the month does not have
  ['31-APR-2001', null],
  ['31-FEB-1988', null],
  ['00-JAN-1999', null],
  // not a month
  ['12-FOO-1999', null],
  // two-digit years are ambiguous: not guessed
  ['29-MAR-99', null],
  // other shapes
  ['1999-03-29', null],
  ['', null],
  ['29-MAR-1999 extra', null],
])('parseKbDate(%j)', (raw, expected) => {
  it(`is ${expected}`, () => expect(parseKbDate(raw)).toBe(expected));
});
