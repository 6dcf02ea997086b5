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

describe('decodeSource with a byte-order mark', () => {
  const text = 'Article: Q1\ncaf\u00e9 \u{1F600}';
  const utf16 = (littleEndian: boolean) => {
    const view = new DataView(new ArrayBuffer(2 + text.length * 2));
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return new Uint8Array(view.buffer);
  };
  const utf32 = (littleEndian: boolean) => {
    const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
    const view = new DataView(new ArrayBuffer(points.length * 4));
    points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
    return new Uint8Array(view.buffer);
  };

  it.each([
    ['UTF-16LE', utf16(true)],
    ['UTF-16BE', utf16(false)],
    ['UTF-32LE', utf32(true)],
    ['UTF-32BE', utf32(false)],
  ])('reads %s as text, and says the file is not UTF-8', (name, bytes) => {
    const result = decodeSource(bytes, 'kb/1/Q1/README.md');
    expect(result.text).toBe(text);
    expect(result.problems).toEqual([
      { kind: 'utf16-or-utf32', file: 'kb/1/Q1/README.md', line: 1, message: `the file is ${name} (it starts with that byte-order mark), not UTF-8; read it as ${name}` },
    ]);
  });

  it('keeps what it can of a broken UTF-16 file, and says so', () => {
    const result = decodeSource(bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42), 'f');
    expect(result.text).toMatch(/^A\ufffd+$/);
    expect(result.problems[0]!.message).toContain('some of it is not valid in that encoding');
  });

  it('reads a UTF-8 byte-order mark as UTF-8, without a problem', () => {
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, 0x41), 'f')).toEqual({ text: 'A', problems: [] });
  });
});

describe('decodeSource with control characters', () => {
  it('shows each as its visible symbol and reports the first line, with counts', () => {
    const result = decodeSource(new TextEncoder().encode('ok\tline\r\nsecond\u0000\u0000 and \u001b[31m\nDEL\u007f'), 'f');
    expect(result.text).toBe('ok\tline\r\nsecond\u2400\u2400 and \u241b[31m\nDEL\u2421');
    expect(result.problems).toEqual([
      {
        kind: 'control-character',
        file: 'f',
        line: 2,
        message: 'control characters in the text, the first on this line: 2 × U+0000 (shown as \u2400), 1 × U+001B (shown as \u241b), 1 × U+007F (shown as \u2421)',
      },
    ]);
  });

  it('leaves tab, line feed and carriage return alone', () => {
    expect(decodeSource(new TextEncoder().encode('a\tb\r\nc\n'), 'f')).toEqual({ text: 'a\tb\r\nc\n', problems: [] });
  });

  it('reports both a windows-1252 file and the NUL in it', () => {
    expect(decodeSource(bytes(0x93, 0x0a, 0x00), 'f').problems.map((p) => [p.kind, p.line])).toEqual([
      ['non-utf8', 1],
      ['control-character', 2],
    ]);
  });
});
