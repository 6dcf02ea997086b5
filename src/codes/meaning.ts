/**
 * What a code key means: its family (by its shape and the tables that name
 * it), its symbolic names, a one-line description where one was written, and
 * for HRESULT and NTSTATUS values the fields of its bits. Never throws: a
 * malformed or unknown key gets a meaning with no names ("No description
 * known" on its page).
 */
import { hresultBits, ntstatusBits, type CodeBits } from './bits.ts';
import { codeLabel, parseCodeKey, type CodeKey } from './code-key.ts';
import type { Description, MeaningsFile, MeaningTable } from './meanings-file.ts';
import type { CodeFamily } from './types.ts';

export interface CodeName {
  name: string;
  table: MeaningTable['id'];
  /** The value as the table writes it (`c0000005`, `1311`). */
  value: string;
  /** The header the name came from (`ntstatus.h`). */
  header: string;
  /** The header, its package and what its table holds. */
  source: string;
  /** How this name reads the value when it is not the key's own family: `as a bug check code`. */
  reading: string | null;
}

/** Another key the value stands for: the Win32 error inside a FACILITY_WIN32 HRESULT, the NTSTATUS inside HRESULT_FROM_NT. */
export interface WrappedCode {
  key: string;
  label: string;
  how: string;
}

export interface CodeMeaning {
  key: string;
  /** `0xC0000005`, `STOP 0x0000000A`, `Event ID 9405`, ... (the key itself when malformed). */
  label: string;
  family: CodeFamily;
  /** Known names, the key's own family first. */
  names: CodeName[];
  description: Description | null;
  bits: CodeBits | null;
  /** The facility's `FACILITY_` name, when the bits have a facility a header names. */
  facilityName: string | null;
  wrapped: WrappedCode | null;
  /** A caution that belongs to the family (an event ID means nothing without its source). */
  note: string | null;
}

export const FAMILY_NAMES: Record<CodeFamily, { one: string; many: string }> = {
  bugcheck: { one: 'Bug check (STOP) code', many: 'Bug check (STOP) codes' },
  ntstatus: { one: 'NTSTATUS value', many: 'NTSTATUS values' },
  hresult: { one: 'HRESULT', many: 'HRESULTs' },
  mapi: { one: 'MAPI status code', many: 'MAPI status codes' },
  win32: { one: 'Error number (Win32 and others)', many: 'Error numbers' },
  winsock: { one: 'Windows Sockets error', many: 'Windows Sockets errors' },
  event: { one: 'Event ID', many: 'Event IDs' },
  status: { one: 'Other 32-bit value', many: 'Other 32-bit values' },
};

/** The order families are listed in. */
export const FAMILY_ORDER: readonly CodeFamily[] = ['bugcheck', 'ntstatus', 'hresult', 'mapi', 'win32', 'winsock', 'event', 'status'];

const NOTES: Partial<Record<CodeFamily, string>> = {
  win32:
    'A number after "Error" is most often a Windows (Win32) error, but programs also number their own errors (Access, Visual Basic, SQL Server, Exchange): the articles say which program reported it.',
  event: 'Each program that writes to the event log numbers its own events, so an event ID means something only together with its source: the articles below name it.',
  status: 'A value with the top bits clear can be many things: a bug check code written without "STOP", a Win32 error in hexadecimal, or a plain number in a dump.',
};

export interface MeaningLookup {
  meaningOf(key: string): CodeMeaning;
  /** Every table's id, header and source, for the page that names them. */
  sources: Array<Pick<MeaningTable, 'id' | 'header' | 'source'> & { entries: number }>;
}

export function createMeaningLookup(file: MeaningsFile): MeaningLookup {
  const tables = new Map(file.tables.map((table) => [table.id, table]));
  const name = (id: MeaningTable['id'], value: string, reading: string | null = null): CodeName | null => {
    const table = tables.get(id);
    const found = table?.entries[value];
    return table && found ? { name: found, table: id, value, header: table.header, source: table.source, reading } : null;
  };
  const hexValue = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  const facilityName = (bits: CodeBits | null) => (bits ? (file.facilities[bits.layout].names[String(bits.facility)] ?? null) : null);
  const errorNames = (n: number, reading: string | null) =>
    (['win32', 'ras', 'lanman', 'wininet', 'winsock'] as const).map((id) => name(id, String(n), reading)).filter((found) => found !== null);

  function hexMeaning(code: CodeKey): Omit<CodeMeaning, 'key' | 'label' | 'description' | 'facilityName' | 'note'> {
    const v = code.value;
    const hex = hexValue(v);
    const nt = name('ntstatus', hex);
    const hr = name('hresult', hex) ?? name('oledb', hex);
    const mapi = name('mapi', hex);
    const top = v >>> 30;
    if (code.kind === 'stop') {
      const names = [name('bugcheck', hex) ?? name('bugcheck-doc', hex), v >= 0x80000000 ? name('ntstatus', hex, 'as an NTSTATUS value') : null].filter((found) => found !== null);
      return { family: 'bugcheck', names, bits: v >= 0x80000000 ? ntstatusBits(v) : null, wrapped: null };
    }
    // 0x00000005: the high word is clear, so it may be a bug check code written without "STOP", a Win32 error in
    // hexadecimal, a success code or a plain number in a dump
    if (v < 0x10000) {
      const names = [name('bugcheck', hex, 'as a bug check code') ?? name('bugcheck-doc', hex, 'as a bug check code'), ...errorNames(v, 'as an error number'), name('hresult', hex, 'as an HRESULT'), name('ntstatus', hex, 'as an NTSTATUS value')];
      return { family: 'status', names: names.filter((found) => found !== null), bits: null, wrapped: null };
    }
    if (mapi) return { family: 'mapi', names: [mapi, ...(hr ? [hr] : [])], bits: hresultBits(v), wrapped: null };
    if (hr && !(nt && top === 3)) {
      const wrapped = wrappedOf(v);
      return { family: 'hresult', names: [hr, ...(nt ? [{ ...nt, reading: 'as an NTSTATUS value' }] : []), ...wrappedNames(wrapped)], bits: hresultBits(v), wrapped };
    }
    if (nt) return { family: 'ntstatus', names: [nt], bits: ntstatusBits(v), wrapped: null };
    const bits = hresultBits(v);
    // HRESULT_FROM_NT sets the N bit (0xD0000005 is 0xC0000005); an NTSTATUS never has it.
    if (bits.severity === 1 && (bits.nBit || top === 2)) {
      const wrapped = wrappedOf(v);
      return { family: 'hresult', names: wrappedNames(wrapped), bits, wrapped };
    }
    if (top === 3 || top === 1) return { family: 'ntstatus', names: [], bits: ntstatusBits(v), wrapped: null };
    return { family: 'status', names: [], bits: null, wrapped: null };
  }

  function wrappedOf(v: number): WrappedCode | null {
    const bits = hresultBits(v);
    if (bits.severity !== 1) return null;
    if (bits.nBit) {
      const inner = (v & ~0x10000000) >>> 0;
      const key = `0x${hexValue(inner)}`;
      return { key, label: codeLabel({ key, kind: 'hex', value: inner }), how: 'HRESULT_FROM_NT: an NTSTATUS value with the N bit set' };
    }
    if (bits.facility === 7) {
      const key = `error-${bits.code}`;
      return { key, label: codeLabel({ key, kind: 'error', value: bits.code }), how: 'HRESULT_FROM_WIN32: a Win32 error in FACILITY_WIN32' };
    }
    return null;
  }

  /** The names of the code inside an HRESULT: `ERROR_INTERNET_CANNOT_CONNECT` for 0x80072EFD. */
  function wrappedNames(wrapped: WrappedCode | null): CodeName[] {
    if (!wrapped) return [];
    const inner = parseCodeKey(wrapped.key)!;
    if (inner.kind === 'error') return errorNames(inner.value, 'as HRESULT_FROM_WIN32');
    const found = name('ntstatus', hexValue(inner.value), 'as HRESULT_FROM_NT');
    return found ? [found] : [];
  }

  function describe(names: CodeName[]): Description | null {
    for (const found of names) {
      const description = file.descriptions[`${found.table}:${found.value}`];
      if (description) return description;
    }
    return null;
  }

  return {
    sources: file.tables.map(({ id, header, source, entries }) => ({ id, header, source, entries: Object.keys(entries).length })),
    meaningOf(key) {
      const code = parseCodeKey(key);
      if (!code) return { key, label: key, family: 'status', names: [], description: null, bits: null, facilityName: null, wrapped: null, note: null };
      let found: Omit<CodeMeaning, 'key' | 'label' | 'description' | 'facilityName' | 'note'>;
      if (code.kind === 'hex' || code.kind === 'stop') found = hexMeaning(code);
      else if (code.kind === 'wsa') found = { family: 'winsock', names: [name('winsock', String(code.value))].filter((n) => n !== null), bits: null, wrapped: null };
      else if (code.kind === 'error') found = { family: 'win32', names: errorNames(code.value, null), bits: null, wrapped: null };
      else found = { family: 'event', names: [], bits: null, wrapped: null };
      return { key, label: codeLabel(code), ...found, description: describe(found.names), facilityName: facilityName(found.bits), note: NOTES[found.family] ?? null };
    },
  };
}
