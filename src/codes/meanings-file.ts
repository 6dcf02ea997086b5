/**
 * The shape of src/codes/meanings.json, which scripts/codes/generate-meanings.ts
 * writes from the mingw-w64 headers: tables of code value -> symbolic name,
 * each naming the header it came from, and one-line descriptions written by
 * hand for the codes the archive mentions most.
 */
import type { CodeFamily } from './types.ts';

export interface MeaningTable {
  /** `ntstatus`, `hresult`, `oledb`, `mapi`, `win32`, `ras`, `lanman`, `wininet`, `winsock`, `bugcheck`. */
  id: 'ntstatus' | 'hresult' | 'oledb' | 'mapi' | 'win32' | 'ras' | 'lanman' | 'wininet' | 'winsock' | 'bugcheck' | 'bugcheck-doc';
  family: CodeFamily;
  /** The header file (`ntstatus.h`), or the document a hand-written table follows. */
  header: string;
  /** The header, the package it came from, and what the table holds. */
  source: string;
  /** Value -> name: eight lower-case hex digits for 32-bit values, decimal for error numbers. */
  entries: Record<string, string>;
}

export interface Description {
  text: string;
  /** Where the description was written from (a Microsoft documentation page). */
  source: string;
}

export interface MeaningsFile {
  about: string;
  /** Facility number (decimal) -> `FACILITY_` name, for decoding the bits of a value no table names. */
  facilities: Record<'hresult' | 'ntstatus', { source: string; names: Record<string, string> }>;
  tables: MeaningTable[];
  /** `<table id>:<value>` -> description. */
  descriptions: Record<string, Description>;
}
