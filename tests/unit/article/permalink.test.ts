import { describe, expect, it } from 'vitest';
import { normalisePermalink, permalinkFromId, permalinkFromPath, unsafePermalinkReason } from '../../../src/article/permalink.ts';

describe.each([
  ['kb/152/Q152941/', '/kb/152/Q152941/'],
  ['/kb/152/Q152941', '/kb/152/Q152941/'],
  [' kb/152/Q152941 ', '/kb/152/Q152941/'],
  ['/kb/152/Q152941/', '/kb/152/Q152941/'],
])('normalisePermalink(%j)', (raw, expected) => {
  it(`is ${expected}`, () => expect(normalisePermalink(raw)).toBe(expected));
});

describe.each([
  ['/kb/152/Q152941/', null],
  ['/kb/152/Q152941-2/', null],
  ['/kb/../../etc/passwd/', 'has a . or .. segment'],
  ['/kb/./x/', 'has a . or .. segment'],
  ['/kb//x/', 'has an empty segment (//)'],
  ['/https://evil.example/', 'has characters outside A-Z a-z 0-9 . _ ~ - /'],
  ['/kb\\152\\Q1/', 'has characters outside A-Z a-z 0-9 . _ ~ - /'],
  ['/kb/152/Q1?x=1/', 'has characters outside A-Z a-z 0-9 . _ ~ - /'],
  ['/kb/%2e%2e/', 'has characters outside A-Z a-z 0-9 . _ ~ - /'],
  ['/kb/caf\u00e9/', 'has characters outside A-Z a-z 0-9 . _ ~ - /'],
  ['/search/', 'is not under /kb/'],
  ['/kb/', 'is not under /kb/'],
  ['//', 'has an empty segment (//)'],
])('unsafePermalinkReason(%j)', (permalink, reason) => {
  it(`is ${reason}`, () => expect(unsafePermalinkReason(permalink)).toBe(reason));
});

describe.each([
  ['kb/152/Q152941/README.md', '/kb/152/Q152941/'],
  ['.corpus/kb/010/Q10022/README.md', '/kb/010/Q10022/'],
  ['kb\\010\\Q10022\\README.md', '/kb/010/Q10022/'],
  ['input.md', null],
  ['kb/152/Q152941/other.md', null],
])('permalinkFromPath(%j)', (path, expected) => {
  it(`is ${expected}`, () => expect(permalinkFromPath(path)).toBe(expected));
});

describe.each([
  ['Q152941', '/kb/152/Q152941/'],
  ['Q10022', '/kb/010/Q10022/'],
  ['Q999', '/kb/000/Q999/'],
  ['', '/kb/000/Q0/'],
])('permalinkFromId(%j)', (id, expected) => {
  it(`is ${expected}`, () => expect(permalinkFromId(id)).toBe(expected));
});
