/** Turning a source file's bytes into text without ever failing. */
import type { Problem } from './model.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// The KB was written on Windows: bytes that are not UTF-8 are almost surely windows-1252.
const windows1252 = new TextDecoder('windows-1252');

/**
 * UTF-8 when the bytes are valid UTF-8; otherwise windows-1252 (which maps
 * every byte to a character, so no text is lost) and a `non-utf8` problem
 * on the line of the first invalid byte.
 */
export function decodeSource(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    return { text: utf8.decode(bytes), problems: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, offset);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      text: windows1252.decode(bytes),
      problems: [{ kind: 'non-utf8', file, line, message: `byte 0x${byte} at offset ${offset} is not UTF-8; read the file as windows-1252` }],
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is not valid (overlong, surrogate, > U+10FFFF, truncated). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const continuation = (k: number, min = 0x80, max = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= min && b <= max;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [min, max] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(1, min, max) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [min, max] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(1, min, max) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/** 1-based line of the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
