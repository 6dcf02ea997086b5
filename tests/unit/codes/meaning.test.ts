import { describe, expect, it } from 'vitest';
import { hresultBits, ntstatusBits } from '../../../src/codes/bits.ts';
import { meanings } from '../../../src/codes/meanings.ts';

describe('the names of 30 codes the archive mentions', () => {
  it.each([
    ['0xc0000005', 'ntstatus', 'STATUS_ACCESS_VIOLATION', 'ntstatus'],
    ['0xc0000017', 'ntstatus', 'STATUS_NO_MEMORY', 'ntstatus'],
    ['0xc0000022', 'ntstatus', 'STATUS_ACCESS_DENIED', 'ntstatus'],
    ['0xc000009a', 'ntstatus', 'STATUS_INSUFFICIENT_RESOURCES', 'ntstatus'],
    ['0xc0000135', 'ntstatus', 'STATUS_DLL_NOT_FOUND', 'ntstatus'],
    ['0xc0000142', 'ntstatus', 'STATUS_DLL_INIT_FAILED', 'ntstatus'],
    ['0x80000003', 'ntstatus', 'STATUS_BREAKPOINT', 'ntstatus'],
    ['0x80004005', 'hresult', 'E_FAIL', 'hresult'],
    ['0x80070005', 'hresult', 'E_ACCESSDENIED', 'hresult'],
    ['0x80070057', 'hresult', 'E_INVALIDARG', 'hresult'],
    ['0x8000ffff', 'hresult', 'E_UNEXPECTED', 'hresult'],
    ['0x80004002', 'hresult', 'E_NOINTERFACE', 'hresult'],
    ['0x80040154', 'hresult', 'REGDB_E_CLASSNOTREG', 'hresult'],
    ['0x800401f3', 'hresult', 'CO_E_CLASSSTRING', 'hresult'],
    ['0x80040e14', 'hresult', 'DB_E_ERRORSINCOMMAND', 'oledb'],
    ['0x8004010f', 'mapi', 'MAPI_E_NOT_FOUND', 'mapi'],
    ['stop-0x0000000a', 'bugcheck', 'IRQL_NOT_LESS_OR_EQUAL', 'bugcheck'],
    ['stop-0x0000001e', 'bugcheck', 'KMODE_EXCEPTION_NOT_HANDLED', 'bugcheck'],
    ['stop-0x00000050', 'bugcheck', 'PAGE_FAULT_IN_NONPAGED_AREA', 'bugcheck'],
    ['stop-0x0000007b', 'bugcheck', 'INACCESSIBLE_BOOT_DEVICE', 'bugcheck'],
    ['stop-0x000000d1', 'bugcheck', 'DRIVER_IRQL_NOT_LESS_OR_EQUAL', 'bugcheck'],
    ['stop-0xc000021a', 'bugcheck', 'STATUS_SYSTEM_PROCESS_TERMINATED', 'ntstatus'],
    ['wsa-10054', 'winsock', 'WSAECONNRESET', 'winsock'],
    ['wsa-10060', 'winsock', 'WSAETIMEDOUT', 'winsock'],
    ['wsa-10061', 'winsock', 'WSAECONNREFUSED', 'winsock'],
    ['error-2', 'win32', 'ERROR_FILE_NOT_FOUND', 'win32'],
    ['error-5', 'win32', 'ERROR_ACCESS_DENIED', 'win32'],
    ['error-53', 'win32', 'ERROR_BAD_NETPATH', 'win32'],
    ['error-1311', 'win32', 'ERROR_NO_LOGON_SERVERS', 'win32'],
    ['error-1722', 'win32', 'RPC_S_SERVER_UNAVAILABLE', 'win32'],
    ['error-633', 'win32', 'ERROR_PORT_NOT_AVAILABLE', 'ras'],
    ['error-2140', 'win32', 'NERR_InternalError', 'lanman'],
    ['error-12029', 'win32', 'ERROR_INTERNET_CANNOT_CONNECT', 'wininet'],
  ])('%s is a %s named %s (table %s)', (key, family, name, table) => {
    const meaning = meanings.meaningOf(key);
    expect(meaning.family).toBe(family);
    expect(meaning.names[0]).toMatchObject({ name, table });
    expect(meaning.names[0]!.source).toMatch(/mingw-w64/);
  });

  it('labels each kind of key as pages show it', () => {
    expect(['0xc0000005', 'stop-0x0000000a', 'event-9405', 'wsa-10060', 'error-1311'].map((key) => meanings.meaningOf(key).label)).toEqual([
      '0xC0000005',
      'STOP 0x0000000A',
      'Event ID 9405',
      'Winsock error 10060',
      'Error 1311',
    ]);
  });

  it('names the Win32 error inside a FACILITY_WIN32 HRESULT, and the NTSTATUS inside HRESULT_FROM_NT', () => {
    expect(meanings.meaningOf('0x80070005').wrapped?.key).toBe('error-5');
    expect(meanings.meaningOf('0x80072efd')).toMatchObject({ family: 'hresult', wrapped: { key: 'error-12029' }, names: [{ name: 'ERROR_INTERNET_CANNOT_CONNECT', reading: 'as HRESULT_FROM_WIN32' }] });
    expect(meanings.meaningOf('0xd0000005')).toMatchObject({ family: 'hresult', wrapped: { key: '0xc0000005' }, names: [{ name: 'STATUS_ACCESS_VIOLATION' }] });
  });

  it('reads a low value every way it can be meant', () => {
    const meaning = meanings.meaningOf('0x0000000a');
    expect(meaning.family).toBe('status');
    expect(meaning.names.map(({ name, reading }) => [name, reading])).toEqual([
      ['IRQL_NOT_LESS_OR_EQUAL', 'as a bug check code'],
      ['ERROR_BAD_ENVIRONMENT', 'as an error number'],
    ]);
  });
});

describe('bit decoding of values no header names', () => {
  it.each([
    // value, layout, severity label, customer, N bit, facility, code
    [0xc0ab1234, 'ntstatus', 'error', false, false, 0x0ab, 0x1234],
    [0xe0ab1234, 'ntstatus', 'error', true, false, 0x0ab, 0x1234],
    [0x40ab0001, 'ntstatus', 'informational', false, false, 0x0ab, 0x0001],
    [0x80ab1234, 'hresult', 'failure', false, false, 0x0ab, 0x1234],
    [0xa00a1234, 'hresult', 'failure', true, false, 0x00a, 0x1234],
    [0x87ff0042, 'hresult', 'failure', false, false, 0x7ff, 0x0042],
  ] as const)('0x%s', (value, layout, severityLabel, customer, nBit, facility, code) => {
    const key = `0x${value.toString(16).padStart(8, '0')}`;
    const meaning = meanings.meaningOf(key);
    expect(meaning.names).toEqual([]);
    expect(meaning.description).toBeNull();
    expect(meaning.bits).toMatchObject({ layout, severityLabel, customer, nBit, facility, code });
  });

  it('reads the same bits either way', () => {
    expect(hresultBits(0xd0001234)).toMatchObject({ severity: 1, nBit: true, reserved: true, facility: 0, code: 0x1234 });
    expect(ntstatusBits(0xd0001234)).toMatchObject({ severity: 3, nBit: true, facility: 0, code: 0x1234 });
    expect(hresultBits(0x00000000)).toMatchObject({ severityLabel: 'success', facility: 0, code: 0 });
    expect(meanings.meaningOf('0xa00a1234').facilityName).toBe('FACILITY_CONTROL');
  });

  it('an unnamed HRESULT_FROM_NT value still says what it wraps', () => {
    expect(meanings.meaningOf('0xd0ab1234')).toMatchObject({ family: 'hresult', names: [], wrapped: { key: '0xc0ab1234' } });
  });
});

describe('bad input', () => {
  it.each(['', 'n-9405', 'garbage', '0xZZ', '0xc00000055', 'stop-', 'error-', 'error-012', 'event--1', '<script>', '../../etc'])(
    'never throws and knows nothing of %j',
    (key) => {
      const meaning = meanings.meaningOf(key);
      expect(meaning).toMatchObject({ key, label: key, family: 'status', names: [], description: null, bits: null, wrapped: null });
    },
  );

  it('an event ID has no name, only its note', () => {
    expect(meanings.meaningOf('event-9405')).toMatchObject({ family: 'event', names: [], description: null, note: expect.stringContaining('source') });
  });
});

describe('descriptions and the tables written by hand', () => {
  it('describes the most mentioned codes, naming the document each was written from', () => {
    for (const key of ['0xc0000005', 'stop-0x0000000a', '0x80004005', 'wsa-10060', 'error-5']) {
      expect(meanings.meaningOf(key).description?.source, key).toMatch(/^Microsoft Learn, /);
    }
    expect(meanings.meaningOf('0x0000000a').description?.text).toContain('interrupt level');
  });

  it('names the bug checks bugcodes.h lacks from the Bug Check Code Reference', () => {
    expect(meanings.meaningOf('stop-0x0000003b').names[0]).toMatchObject({ name: 'SYSTEM_SERVICE_EXCEPTION', table: 'bugcheck-doc' });
  });

  it('names its source for every table', () => {
    for (const source of meanings.sources) expect(source.source.length, source.id).toBeGreaterThan(20);
  });
});
