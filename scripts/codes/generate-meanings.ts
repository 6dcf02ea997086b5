/**
 * Writes src/codes/meanings.json, the names of Windows error codes, from the
 * public-domain mingw-w64 headers (Debian's `mingw-w64-common`), plus the
 * hand-written one-line descriptions of scripts/codes/descriptions.ts.
 *
 *   npx node scripts/codes/generate-meanings.ts [--include /usr/share/mingw-w64/include]
 *
 * Run it again after upgrading the package; the build only reads the JSON,
 * so neither the site nor its tests need the package.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUG_CHECK_NAMES, BUG_CHECK_NAMES_SOURCE, DESCRIPTIONS } from './descriptions.ts';
import { headerDefines, type Define } from './header-defines.ts';
import type { MeaningsFile, MeaningTable } from '../../src/codes/meanings-file.ts';

const { values } = parseArgs({ options: { include: { type: 'string', default: '/usr/share/mingw-w64/include' }, out: { type: 'string', default: 'src/codes/meanings.json' } } });
const include = values.include!;

function packageVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}', 'mingw-w64-common'], { encoding: 'utf8' }).trim();
  } catch {
    return 'mingw-w64 headers (package version unknown)';
  }
}
const origin = `${packageVersion()} (Debian)`;

const read = (file: string): Define[] => headerDefines(readFileSync(path.join(include, file), 'utf8'));

const hex8 = (value: number) => (value >>> 0).toString(16).padStart(8, '0');

/** Names that must win over an earlier one for the same value: SEC_E_OK comes before S_OK in winerror.h. */
const PREFERRED: Record<string, string> = { S_OK: 'hresult', S_FALSE: 'hresult' };

/** First name wins: later aliases of a value (`DNS_ERROR_NO_MEMORY` = `ERROR_OUTOFMEMORY`) are not the usual name. */
function table(id: MeaningTable['id'], family: MeaningTable['family'], file: string, source: string, defines: Define[], keep: (d: Define) => boolean, key: (value: number) => string): MeaningTable {
  const entries: Record<string, string> = {};
  for (const define of defines) {
    if (define.value === null || define.alias || !keep(define)) continue;
    if (PREFERRED[define.name] === id) entries[key(define.value)] = define.name;
    else entries[key(define.value)] ??= define.name;
  }
  return { id, family, header: file, source: `${file} (${origin}): ${source}`, entries };
}

const winerror = read('winerror.h');
const ntstatus = read('ntstatus.h');
const bugcodes = read('bugcodes.h');
const isStructural = (d: Define) => /^(?:FACILITY_|SEVERITY_|STATUS_SEVERITY_|_)|_BASE$|^(?:MAX|MIN)_|^NOERROR$|^NO_ERROR$|^WSABASEERR$/.test(d.name);
const decimal = (value: number) => String(value);

const tables: MeaningTable[] = [
  table('ntstatus', 'ntstatus', 'ntstatus.h', "NTSTATUS values, taken by mingw-w64 from Microsoft's published list ([MS-ERREF] 2.3)", ntstatus, (d) => !isStructural(d) && d.cast === 'NTSTATUS', hex8),
  table('hresult', 'hresult', 'winerror.h', 'HRESULT values (`_HRESULT_TYPEDEF_`), as in the Windows SDK header of that name', winerror, (d) => !isStructural(d) && (d.cast === 'HRESULT' || d.cast === 'SCODE'), hex8),
  table('oledb', 'hresult', 'oledberr.h', 'OLE DB HRESULT values (DB_E_, DB_S_)', read('oledberr.h'), (d) => !isStructural(d) && /^DB_[ES]_|^DB_SEC_E_/.test(d.name), hex8),
  table('mapi', 'mapi', 'mapicode.h', 'MAPI status codes (MAPI_E_, MAPI_W_), FACILITY_ITF HRESULTs', read('mapicode.h'), (d) => /^MAPI_[EW]_/.test(d.name), hex8),
  table('win32', 'win32', 'winerror.h', 'Win32 error codes (ERROR_, RPC_S_, ...), as GetLastError returns them', winerror, (d) => !isStructural(d) && d.cast === null && !/^WSA/.test(d.name) && d.value! >= 0 && d.value! < 0x10000, decimal),
  table('ras', 'win32', 'raserror.h', 'Remote Access Service errors (600-899)', read('raserror.h'), (d) => !isStructural(d) && d.value! >= 600 && d.value! < 1000, decimal),
  table('lanman', 'win32', 'lmerr.h', 'LAN Manager network errors (NERR_, 2100-2999)', read('lmerr.h'), (d) => /^NERR_/.test(d.name) && d.name !== 'NERR_Success' && d.value! >= 2100, decimal),
  table('wininet', 'win32', 'wininet.h', 'WinINet errors (ERROR_INTERNET_, ERROR_HTTP_, 12000-12999)', read('wininet.h'), (d) => /^ERROR_/.test(d.name) && d.value! >= 12000 && d.value! < 13000, decimal),
  table('winsock', 'winsock', 'winerror.h', 'Windows Sockets errors (WSABASEERR + n)', winerror, (d) => /^WSA/.test(d.name) && !isStructural(d) && d.value! >= 10000 && d.value! < 12000, decimal),
  table('bugcheck', 'bugcheck', 'bugcodes.h', 'bug check (STOP) codes; mingw-w64 took this file from ReactOS, whose author placed it in the public domain', bugcodes, (d) => d.cast === 'ULONG' && d.value! < 0x40000000 && d.name !== 'UNDEFINED_BUG_CODE', hex8),
  {
    id: 'bugcheck-doc',
    family: 'bugcheck',
    header: 'Bug Check Code Reference',
    source: `${BUG_CHECK_NAMES_SOURCE}: the bug check codes the archive mentions that bugcodes.h lacks, written down for this site (scripts/codes/descriptions.ts)`,
    entries: BUG_CHECK_NAMES,
  },
];

const facilities = (defines: Define[], limit: number) =>
  Object.fromEntries(defines.filter((d) => d.name.startsWith('FACILITY_') && d.value !== null && d.value < limit && !d.alias).map((d) => [String(d.value), d.name]).reverse());

const file: MeaningsFile = {
  about: 'Generated by scripts/codes/generate-meanings.ts from the public-domain mingw-w64 headers named per table; do not edit by hand.',
  facilities: {
    hresult: { source: `winerror.h (${origin})`, names: facilities(winerror, 0x800) },
    ntstatus: { source: `ntstatus.h (${origin})`, names: facilities(ntstatus, 0x1000) },
  },
  tables,
  descriptions: DESCRIPTIONS,
};

// Every description must describe a value a table has: a typo would otherwise sit unseen.
for (const [ref] of Object.entries(DESCRIPTIONS)) {
  const [id, value] = ref.split(':');
  if (!tables.find((t) => t.id === id)?.entries[value!]) throw new Error(`description for ${ref}: no such value in table ${id}`);
}

// One value a line, so an upgrade of the headers reads as a plain diff.
writeFileSync(values.out!, JSON.stringify(file, null, 1) + '\n');
console.log(`${values.out}: ${tables.map((t) => `${t.id} ${Object.keys(t.entries).length}`).join(', ')}; ${Object.keys(DESCRIPTIONS).length} descriptions`);
