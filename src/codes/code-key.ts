/**
 * Code keys as the search index spells them (`0xc0000005`, `stop-0x0000000a`,
 * `event-9405`, `wsa-10060`, `error-1311`; see src/search/codes.ts) and what
 * the code pages make of them: the page's slug is the key itself, already
 * lower-case and URL-safe. Imports nothing, so the 404 page's script can use it.
 */
import { hex8 } from './bits.ts';

export type CodeKeyKind = 'hex' | 'stop' | 'event' | 'wsa' | 'error';

export interface CodeKey {
  key: string;
  kind: CodeKeyKind;
  /** The number the key stands for (unsigned for hex values). */
  value: number;
}

/** The kinds of key that have a page: every kind but a bare number (`n-9405`). */
const KEY = /^(?:(stop-)?0x([0-9a-f]{8})|(event|wsa|error)-([1-9]\d{0,7}|0))$/;

/** A key's parts, or null for anything that is not a well-formed page key. */
export function parseCodeKey(key: string): CodeKey | null {
  const m = KEY.exec(key);
  if (!m) return null;
  if (m[2] !== undefined) return { key, kind: m[1] ? 'stop' : 'hex', value: parseInt(m[2], 16) };
  return { key, kind: m[3] as 'event' | 'wsa' | 'error', value: Number(m[4]) };
}

/** How a page names the code: `0xC0000005`, `STOP 0x0000000A`, `Event ID 9405`, `Winsock error 10060`, `Error 1311`. */
export function codeLabel(code: CodeKey): string {
  switch (code.kind) {
    case 'hex':
      return hex8(code.value);
    case 'stop':
      return `STOP ${hex8(code.value)}`;
    case 'event':
      return `Event ID ${code.value}`;
    case 'wsa':
      return `Winsock error ${code.value}`;
    case 'error':
      return `Error ${code.value}`;
  }
}

/** The label of a key string, or the string itself when it is no key (never throws). */
export function keyLabel(key: string): string {
  const code = parseCodeKey(key);
  return code ? codeLabel(code) : key;
}
