import { describe, expect, it } from 'vitest';
import { headerDefines } from '../../../scripts/codes/header-defines.ts';

describe('headerDefines', () => {
  it('evaluates the ways the error headers write values', () => {
    const defines = headerDefines(
      [
        '#define ERROR_ACCESS_DENIED __MSABI_LONG(5)',
        '#define E_ACCESSDENIED _HRESULT_TYPEDEF_(0x80070005)',
        '#define STATUS_ACCESS_VIOLATION ((NTSTATUS)0xC0000005)',
        '#define IRQL_NOT_LESS_OR_EQUAL\t((ULONG)0x0000000a)',
        '#define WSABASEERR 10000',
        '#define WSAETIMEDOUT (WSABASEERR + 60)',
        '#define MAPI_E_NOT_FOUND MAKE_MAPI_E(0x10F)',
        '#define MAPI_E_NO_ACCESS E_ACCESSDENIED',
        '#define FAILED(hr) ((HRESULT)(hr) < 0)',
        '#define NOT_A_NUMBER something_else',
      ].join('\n'),
    );
    const byName = Object.fromEntries(defines.map((d) => [d.name, d]));
    expect(byName.ERROR_ACCESS_DENIED).toMatchObject({ value: 5, cast: null, alias: false });
    expect(byName.E_ACCESSDENIED).toMatchObject({ value: 0x80070005, cast: 'HRESULT' });
    expect(byName.STATUS_ACCESS_VIOLATION).toMatchObject({ value: 0xc0000005, cast: 'NTSTATUS' });
    expect(byName.IRQL_NOT_LESS_OR_EQUAL).toMatchObject({ value: 0x0a, cast: 'ULONG' });
    expect(byName.WSAETIMEDOUT).toMatchObject({ value: 10060 });
    expect(byName.MAPI_E_NOT_FOUND).toMatchObject({ value: 0x8004010f });
    expect(byName.MAPI_E_NO_ACCESS).toMatchObject({ alias: true });
    expect(byName.NOT_A_NUMBER?.value).toBeNull();
    expect(byName.FAILED).toBeUndefined();
  });
});
