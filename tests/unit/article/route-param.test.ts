import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeParam } from '../../../src/article/permalink.ts';

describe.each([
  // the normal shape
  ['/kb/152/Q152941/', 'kb/152/Q152941'],
  // a duplicate moved aside by assign-permalinks
  ['/kb/152/Q152941-2/', 'kb/152/Q152941-2'],
  // an article folder without a number
  ['/kb/abc/evil/', 'kb/abc/evil'],
])('routeParam(%j)', (permalink, param) => {
  it(`is ${param}`, () => expect(routeParam(permalink)).toBe(param));
});

describe.each([
  // climbing out of the output folder
  ['/../../etc/'],
  ['/kb/../../outside/'],
  ['/kb/152/../../../x/'],
  // a lone dot segment, and a dot that would make a page folder of an article's JSON file name
  ['/kb/./Q1/'],
  ['/kb/152/Q152941.json/'],
  // outside the archive's /kb/<folder>/<article>/ shape
  ['/Q152941/'],
  ['/search/'],
  ['/kb/152/Q1/x/'],
  // empty segments and absolute paths
  ['//etc/passwd/'],
  ['/'],
  [''],
  // no leading or trailing slash
  ['kb/152/Q152941/'],
  ['/kb/152/Q152941'],
  // backslashes (a Windows path separator), percent-encoding, NUL, spaces, query and fragment characters
  ['/kb\\..\\..\\x/'],
  ['/kb/%2e%2e/x/'],
  ['/kb/Q1\u0000/'],
  ['/kb/a b/x/'],
  ['/kb/Q1?x/'],
  ['/kb/Q1#x/'],
  // a drive letter
  ['/C:/Windows/'],
  // HTML in a permalink never becomes a path either
  ['/kb/<script>alert(1)</script>/'],
])('routeParam(%j)', (permalink) => {
  it('refuses to publish it', () => expect(() => routeParam(permalink)).toThrow(/unsafe permalink/));
});

describe('routeParam over any string', () => {
  // Segments built from the characters that matter for paths, so the generator hits `..`, `.`, `/` and `\` often.
  const segment = fc.stringMatching(/^[A-Za-z0-9._\\%:-]{0,6}$/);
  const permalink = fc.oneof(
    fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}/`),
    fc.string(),
  );

  it('returns only paths that stay inside the output folder', () => {
    const out = path.resolve('/site/dist');
    fc.assert(
      fc.property(permalink, (candidate) => {
        let param: string;
        try {
          param = routeParam(candidate);
        } catch {
          return; // refused: nothing written
        }
        const target = path.resolve(out, param, 'index.html');
        expect(target.startsWith(out + path.sep)).toBe(true);
        expect(path.relative(out, target).split(path.sep)).not.toContain('..');
      }),
      { numRuns: 2000 },
    );
  });
});
