import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../src/article/decode-entities.ts';
import { excerptSegments } from '../../../../src/search/ui/excerpt-segments.ts';

describe('excerptSegments', () => {
  describe.each([
    // a Pagefind excerpt: escaped text with one mark
    ['Exception <mark>c0000005</mark> occurred', [['Exception ', false], ['c0000005', true], [' occurred', false]]],
    // escaped markup comes back as the characters it stands for, still text
    ['&lt;img src=x onerror=alert(1)&gt; &amp; <mark>&quot;x&quot;</mark>', [['<img src=x onerror=alert(1)> & ', false], ['"x"', true]]],
    // raw markup other than mark (the client should never send it) stays visible text
    ['<img src=x onerror=alert(1)><mark>hit</mark>', [['<img src=x onerror=alert(1)>', false], ['hit', true]]],
    // adjacent marks join; empty runs vanish
    ['<mark>MTA</mark><mark> crash</mark>', [['MTA crash', true]]],
    ['<MARK>upper</MARK>', [['upper', true]]],
    // an unclosed mark marks to the end
    ['a <mark>b c', [['a ', false], ['b c', true]]],
    ['', []],
  ])('%j', (html, expected) => {
    it('splits into its runs', () => {
      expect(excerptSegments(html).map(({ text, marked }) => [text, marked])).toEqual(expected);
    });
  });
});

describe('decodeEntities', () => {
  describe.each([
    ['&#39;quoted&#x27;', "'quoted'"],
    ['&#60;b&#62;', '<b>'],
    ['&nbsp;', '\u00a0'],
    // unknown names and impossible code points stay as typed
    ['&bogus; &#0; &#xD800; &#99999999;', '&bogus; &#0; &#xD800; &#99999999;'],
    ['AT&T', 'AT&T'],
  ])('%j', (text, expected) => {
    it(`is ${JSON.stringify(expected)}`, () => expect(decodeEntities(text)).toBe(expected));
  });
});
