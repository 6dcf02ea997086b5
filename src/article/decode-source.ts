/**
 * Turning a source file's bytes into text without ever failing: UTF-8, or a
 * file with a UTF-16/UTF-32 byte-order mark, or else windows-1252; and no
 * control character ever reaches a page raw.
 */
import type { Problem } from './model.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// The KB was written on Windows: bytes that are not UTF-8 are almost surely windows-1252.
const windows1252 = new TextDecoder('windows-1252');

/** Byte-order marks, longest first (UTF-32LE starts like UTF-16LE). */
const MARKS: Array<{ name: string; mark: number[]; decode: (bytes: Uint8Array) => { text: string; clean: boolean } }> = [
  { name: 'UTF-32LE', mark: [0xff, 0xfe, 0x00, 0x00], decode: (bytes) => decodeUtf32(bytes, true) },
  { name: 'UTF-32BE', mark: [0x00, 0x00, 0xfe, 0xff], decode: (bytes) => decodeUtf32(bytes, false) },
  { name: 'UTF-16LE', mark: [0xff, 0xfe], decode: (bytes) => decodeWith('utf-16le', bytes) },
  { name: 'UTF-16BE', mark: [0xfe, 0xff], decode: (bytes) => decodeWith('utf-16be', bytes) },
];

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: a NUL
 * or an escape byte in a page or the search index shows as nothing or breaks
 * what reads it, so each becomes its visible Control Pictures symbol (`␀`).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function decodeSource(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  const { text, problems } = decodeBytes(bytes, file);
  return showControls(text, file, problems);
}

function decodeBytes(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  const marked = MARKS.find(({ mark }) => mark.every((byte, i) => bytes[i] === byte));
  if (marked) {
    const { text, clean } = marked.decode(bytes.subarray(marked.mark.length));
    const damage = clean ? '' : ' (some of it is not valid in that encoding and shows as U+FFFD)';
    return {
      text,
      problems: [{ kind: 'utf16-or-utf32', file, line: 1, message: `the file is ${marked.name} (it starts with that byte-order mark), not UTF-8; read it as ${marked.name}${damage}` }],
    };
  }
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

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): { text: string; clean: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), clean: true };
  } catch {
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), clean: false };
  }
}

/** The platform has no UTF-32 decoder; code points out of range and a trailing partial unit become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; clean: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let clean = bytes.length % 4 === 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    clean &&= valid;
    parts.push(valid ? String.fromCodePoint(code) : '\ufffd');
  }
  if (bytes.length % 4 !== 0) parts.push('\ufffd');
  return { text: parts.join(''), clean };
}

function showControls(text: string, file: string, problems: Problem[]): { text: string; problems: Problem[] } {
  const first = text.search(CONTROL);
  if (first === -1) return { text, problems };
  const counts = new Map<string, number>();
  const shown = text.replace(CONTROL, (c) => {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    return controlPicture(c);
  });
  const line = text.slice(0, first).split('\n').length;
  const list = [...counts].map(([c, n]) => `${n} × U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (shown as ${controlPicture(c)})`).join(', ');
  const problem: Problem = { kind: 'control-character', file, line, message: `control characters in the text, the first on this line: ${list}` };
  return { text: shown, problems: [...problems, problem] };
}

/** U+0000-U+001F -> U+2400-U+241F, DEL -> U+2421. */
function controlPicture(c: string): string {
  const code = c.charCodeAt(0);
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
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
