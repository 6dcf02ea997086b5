import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8 } from '../../../src/article/decode-source.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeSource', () => {
  it('reads UTF-8 without problems', () => {
    expect(decodeSource(new TextEncoder().encode('caf\u00e9\nline'), 'f')).toEqual({ text: 'caf\u00e9\nline', problems: [] });
  });

  it('falls back to windows-1252 and reports the line of the first bad byte', () => {
    const result = decodeSource(bytes(0x61, 0x0a, 0x62, 0x0a, 0x93, 0x68, 0x69, 0x94, 0x92), 'kb/1/Q1/README.md');
    expect(result.text).toBe('a\nb\n\u201chi\u201d\u2019');
    expect(result.problems).toEqual([
      { kind: 'non-utf8', file: 'kb/1/Q1/README.md', line: 3, message: 'byte 0x93 at offset 4 is not UTF-8; read the file as windows-1252' },
    ]);
  });
});

describe.each([
  ['ASCII', [0x41, 0x42], 2],
  ['two-byte sequence', [0xc3, 0xa9], 2],
  ['three-byte sequence', [0xe2, 0x80, 0x99], 3],
  ['four-byte sequence', [0xf0, 0x9f, 0x98, 0x80], 4],
  ['lone continuation byte', [0x41, 0x80], 1],
  ['overlong two-byte', [0xc0, 0xaf], 0],
  ['overlong three-byte', [0xe0, 0x80, 0xaf], 0],
  ['surrogate', [0xed, 0xa0, 0x80], 0],
  ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ['truncated', [0x41, 0xe2, 0x80], 1],
  ['windows-1252 quote', [0x41, 0x92, 0x42], 1],
])('firstInvalidUtf8: %s', (_, values, offset) => {
  it(`is ${offset}`, () => expect(firstInvalidUtf8(bytes(...values))).toBe(offset));
});
