import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../../src/search/ui/safe-href.ts';

describe('safeHref', () => {
  describe.each([
    // site paths pass, with their section anchors
    ['/kb/152/Q152941/', '/kb/152/Q152941/'],
    ['/kb/152/Q152941/#cause', '/kb/152/Q152941/#cause'],
    // anything that could run script or leave the site becomes the search page
    ['javascript:alert(1)', '/search/'],
    ['//evil.example/x', '/search/'],
    ['/\\evil.example', '/search/'],
    ['https://evil.example/', '/search/'],
    ['kb/152/', '/search/'],
    ['/kb/ 152/', '/search/'],
    ['', '/search/'],
  ])('%j', (url, expected) => {
    it(`is ${expected}`, () => expect(safeHref(url)).toBe(expected));
  });
});
