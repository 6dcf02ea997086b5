import { describe, expect, it } from 'vitest';
import {
  idFromPath,
  isArticleId,
  normalisePermalink,
  numberOfId,
  permalinkFromId,
  permalinkFromPath,
  unsafePermalinkReason,
} from '../../../src/article/permalink.ts';

describe.each([
  ['kb/152/Q152941/', '/kb/152/Q152941/'],
  ['/kb/152/Q152941', '/kb/152/Q152941/'],
  [' kb/152/Q152941 ', '/kb/152/Q152941/'],
  ['/kb/152/Q152941/', '/kb/152/Q152941/'],
])('normalisePermalink(%j)', (raw, expected) => {
  it(`is ${expected}`, () => expect(normalisePermalink(raw)).toBe(expected));
});

const CHARACTERS = 'has characters outside A-Z a-z 0-9 _ - /';
const SHAPE = 'is not of the form /kb/<folder>/<article>/';
describe.each([
  ['/kb/152/Q152941/', null],
  ['/kb/152/Q152941-2/', null],
  ['/kb/abc/some_folder/', null],
  ['/kb/../../etc/passwd/', CHARACTERS],
  ['/kb/./x/', CHARACTERS],
  ['/kb//x/', 'has an empty segment (//)'],
  ['/https://evil.example/', 'has an empty segment (//)'],
  ['/kb\\152\\Q1/', CHARACTERS],
  ['/kb/152/Q1?x=1/', CHARACTERS],
  ['/kb/%2e%2e/x/', CHARACTERS],
  ['/kb/caf\u00e9/x/', CHARACTERS],
  ['/kb/~user/x/', CHARACTERS],
  // a page folder named like an article's JSON file would take the place of that file
  ['/kb/152/Q152941.json/', CHARACTERS],
  ['/kb/152/' + 'a'.repeat(101) + '/', 'has a segment longer than 100 characters'],
  ['/search/x/y/', SHAPE],
  ['/kb/', SHAPE],
  ['/kb/152/', SHAPE],
  ['/kb/152/Q1/extra/', SHAPE],
  ['//', 'has an empty segment (//)'],
  ['kb/152/Q1/', 'does not start and end with /'],
  ['', 'does not start and end with /'],
])('unsafePermalinkReason(%j)', (permalink, reason) => {
  it(`is ${reason}`, () => expect(unsafePermalinkReason(permalink)).toBe(reason));
});

describe.each([
  ['kb/152/Q152941/README.md', '/kb/152/Q152941/'],
  ['.corpus/kb/010/Q10022/README.md', '/kb/010/Q10022/'],
  ['kb\\010\\Q10022\\README.md', '/kb/010/Q10022/'],
  // a folder without a number still has an address of its own
  ['kb/abc/evil/README.md', '/kb/abc/evil/'],
  ['kb/a b/evil/README.md', null],
  ['kb/abc/..%2f/README.md', null],
  ['input.md', null],
  ['kb/152/Q152941/other.md', null],
])('permalinkFromPath(%j)', (path, expected) => {
  it(`is ${expected}`, () => expect(permalinkFromPath(path)).toBe(expected));
});

describe.each([
  ['Q152941', '/kb/152/Q152941/'],
  ['Q10022', '/kb/010/Q10022/'],
  ['Q999', '/kb/000/Q999/'],
  ['', null],
  ['Q0', null],
  ['Q012345', null],
  ['Q12345678', null],
  ['q152941', null],
])('permalinkFromId(%j)', (id, expected) => {
  it(`is ${expected}`, () => expect(permalinkFromId(id)).toBe(expected));
});

describe('ids', () => {
  it('are Q and one to seven digits without a leading zero', () => {
    expect(['Q1', 'Q152941', 'Q9999999'].map(isArticleId)).toEqual([true, true, true]);
    expect(['', 'Q', 'Q0', 'Q01', 'Q10000000', 'Q1 ', 'KB152941', '152941'].map(isArticleId)).toEqual(Array(8).fill(false));
  });

  it('give their number, or 0', () => {
    expect([numberOfId('Q152941'), numberOfId('Q0'), numberOfId('evil')]).toEqual([152941, 0, 0]);
  });

  it('come from the folder of a README.md only', () => {
    expect(idFromPath('kb/152/Q152941/README.md')).toBe('Q152941');
    expect(idFromPath('kb\\152\\Q152941\\README.md')).toBe('Q152941');
    expect(idFromPath('kb/abc/evil/README.md')).toBeNull();
    expect(idFromPath('kb/152/Q152941-2/README.md')).toBeNull();
    expect(idFromPath('kb/152/Q152941/notes.md')).toBeNull();
  });
});
