import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aliasToken,
  aliasTokens,
  canonicalTerms,
  extractCodes,
  indexKeys,
  numberKeys,
  pagefindQuery,
  stripAliasTokens,
} from '../../../src/search/codes.ts';

const keysIn = (text: string) => [...new Set(extractCodes(text).map((hit) => hit.key))].sort();

describe('extractCodes finds every shape', () => {
  describe.each([
    // NTSTATUS and HRESULT values, bare or 0x-prefixed, glued to punctuation
    ['Exception c0000005 occurred', ['0xc0000005']],
    ['The error (0xC0000005), was reported', ['0xc0000005']],
    ['code=C0000005', ['0xc0000005']],
    ['returned hr=0xc0000835', ['0xc0000835']],
    ['Error 80004005 occurs', ['0x80004005']],
    ['Error 0x80004005 (Unspecified error)', ['0x80004005']],
    ['failed with 0x80004005L', ['0x80004005']],
    ["Server object error 'ASP 0177 : 800401f3'", ['0x800401f3']],
    ['exception e06d7363 was raised', ['0xe06d7363']],
    ['Fatal Error: Exception code-C0000005 Called from', ['0xc0000005']],
    ['an SCODE of E_FAIL($80004005).', ['0x80004005']],
    ['ID no: 80004005-0507-00000000', ['0x80004005']],
    ['If Err.Number = &H80004005& Then', ['0x80004005']],
    // VB prints HRESULTs and NTSTATUS values as negative decimals
    ["Run-time error '-2147467259 (80004005)'", ['0x80004005']],
    ['returned -1073741819', ['0xc0000005']],
    // STOP codes: every spelling of the value meets at eight digits
    ['STOP 0x0000000A (0x00000000, 0x00000002)', ['0x00000000', '0x00000002', '0x0000000a', 'stop-0x0000000a']],
    ['STOP: 0x0000000A', ['0x0000000a', 'stop-0x0000000a']],
    ['A Stop 0xA in Afd.sys', ['0x0000000a', 'stop-0x0000000a']],
    ['STOP 0XA occurs', ['0x0000000a', 'stop-0x0000000a']],
    ['Stop 0A in TCPIP.SYS', ['stop-0x0000000a']],
    ['STOP 7B When Booting', ['stop-0x0000007b']],
    ['Stop Error 0x7B', ['0x0000007b', 'stop-0x0000007b']],
    ['Bugcheck 0000000a', ['stop-0x0000000a']],
    ['BugCheck code 0x1e', ['0x0000001e', 'stop-0x0000001e']],
    ['STOP:0x00000098(', ['0x00000098', 'stop-0x00000098']],
    ['STOP c000021a {Fatal System Error}', ['0xc000021a', 'stop-0xc000021a']],
    ['Stop 82" Error Message', ['stop-0x00000082']],
    ['STOP 0x000000050 in Win32k', ['0x00000050', 'stop-0x00000050']],
    ['STOP: 0x00000001E(0xC0000005)', ['0x0000001e', '0xc0000005', 'stop-0x0000001e']],
    // event IDs, labels and separators as the corpus writes them
    ['Event ID 9405', ['event-9405']],
    ['Event ID = 9405:', ['event-9405']],
    ['event id: 9405', ['event-9405']],
    ['EventID 9405', ['event-9405']],
    ['EventID : 9405', ['event-9405']],
    ['Event ID:\t9405', ['event-9405']],
    ['Event ID ( 9405 ) is logged', ['event-9405']],
    ['Fails with Event 4106', ['event-4106']],
    ['Event ID 9215A sockets error', ['event-9215']],
    ['Event IDs 4032, 4057, and 4125', ['event-4032', 'event-4057', 'event-4125']],
    ['Event IDs, 4284 &amp; 4287, In', ['event-4284', 'event-4287']],
    ['events 2051 and 9405 for the MTA', ['event-2051', 'event-9405']],
    ['MSExchangeMTAEvent ID 9405', ['event-9405']],
    ['Several 9405 Event IDs appear', ['event-9405']],
    // Winsock errors by number in a socket or error context, and by name
    ['A sockets error 10060 on a connect() call', ['error-10060', 'wsa-10060']],
    ['Winsock 10061 returned', ['wsa-10061']],
    ['10049 (WSAEADDRNOTAVAIL)', ['wsa-10049']],
    ['fails with WSAETIMEDOUT', ['wsa-10060']],
    ['while (r != wsaeconnrefused)', ['wsa-10061']],
    ['WSANOTINITIALIZED', ['wsa-10093']],
    ["'10048' - \"Address in use\"", ['wsa-10048']],
    ['10053 Software caused connection to abort', ['wsa-10053']],
    // decimal errors
    ['Error 1311. Source file not found', ['error-1311']],
    ['with error 53', ['error-53']],
    ['Error #3021', ['error-3021']],
    ["Run-time error '3021':", ['error-3021']],
    ['Error: 3021', ['error-3021']],
    ['error code: 1332', ['error-1332']],
    ['Error code=8511 [POP4]', ['error-8511']],
    ['System error 5 has occurred.', ['error-5']],
    ['ERROR 0177', ['error-177']],
    ['SMB R delete file - DOS Error, (2) FILE_NOT_FOUND', ['error-2']],
    ['Error [ 129] Could not find', ['error-129']],
    // a negative error number is searched by its digits; "STOP Error -3" is no STOP code
    ['Setup Fails with Error -1809', ['error-1809']],
    ['Err Msg: STOP Error -3 UnCompressing File', ['error-3']],
  ])('%j', (text, expected) => {
    it(`gives ${expected.join(' ')}`, () => expect(keysIn(text)).toEqual([...expected].sort()));
  });
});

describe('extractCodes leaves other numbers alone', () => {
  describe.each([
    ['Last Modified: 29-MAR-1999'],
    ['Microsoft Windows 95, version 4.00.950'],
    ['build 19990329 of the driver'],
    ['call (425) 635-7123 or 1-800-936-5800'],
    ['One Microsoft Way, Redmond, WA 98052-6399'],
    // addresses and register values are text, not codes
    ['occurred at Address 77f3cbcd.'],
    ['an exception at address 80123456'],
    ['referenced memory at "0x010b008c"'],
    ['eax=c0000120 ebx=00000000 ecx=c0000128'],
    ['eip=80121022 esp=fdfa4db0'],
    // GUIDs, other hex
    ['{c0000005-0000-0000-c000-000000000046}'],
    ['{00020906-0000-0000-C000-000000000046}'],
    ['deadbeef cafebabe'],
    ['0x1234567890ABCDEF is 64 bits'],
    // numbers near the labels but not codes
    ['VNETWARE 386     10013 05-01-90'],
    ['SPLUS_E_INVALID_ASSOC = 10050'],
    ['page 10060 of the manual'],
    ['Stop a service, stop CD playing, Stop: A New Message'],
    ['errno 5 and error 2.1'],
    ['See Q152941 and KB 151261'],
    ['Event Viewer 4.0'],
    ['to prevent 12 users from logging on'],
    ['logged 1000 events'],
  ])('%j', (text) => {
    it('gives nothing', () => expect(keysIn(text)).toEqual([]));
  });

  it('reads a well-known status value after a bare "at" as a code, not an address (Q219341)', () => {
    expect(keysIn('the Dr. Watson tool may report an access violation in Explorer at\n0xc0000005.')).toEqual(['0xc0000005']);
    expect(keysIn('the call failed at 80004005')).toEqual(['0x80004005']);
  });

  it('keeps the code and drops the address in the same sentence', () => {
    expect(keysIn('Exception c0000005 occurred at Address 77f3cbcd.')).toEqual(['0xc0000005']);
  });

  it('reports where each hit is', () => {
    const text = 'MTA log: Event ID = 9405: Exception c0000005 occurred';
    for (const hit of extractCodes(text)) expect(text.slice(hit.index, hit.index + hit.text.length)).toBe(hit.text);
  });
});

describe('canonicalTerms', () => {
  describe.each([
    // one key per code, whatever the spelling
    ['c0000005', { codes: ['0xc0000005'], rest: '' }],
    ['0xC0000005', { codes: ['0xc0000005'], rest: '' }],
    ['(0xc0000005),', { codes: ['0xc0000005'], rest: '' }],
    ['80004005', { codes: ['0x80004005'], rest: '' }],
    ['0x80004005', { codes: ['0x80004005'], rest: '' }],
    ['-2147467259', { codes: ['0x80004005'], rest: '' }],
    ['hr=0xc0000835', { codes: ['0xc0000835'], rest: '' }],
    ['STOP 0x0000000A', { codes: ['stop-0x0000000a'], rest: '' }],
    ['stop 0xA', { codes: ['stop-0x0000000a'], rest: '' }],
    ['STOP:0x00000098(', { codes: ['stop-0x00000098'], rest: '' }],
    ['0xA', { codes: ['0x0000000a'], rest: '' }],
    ['0000000A', { codes: ['0x0000000a'], rest: '' }],
    ['Event ID 9405', { codes: ['event-9405'], rest: '' }],
    ['event id: 9405', { codes: ['event-9405'], rest: '' }],
    ['EventID 9405', { codes: ['event-9405'], rest: '' }],
    ['WSAETIMEDOUT', { codes: ['wsa-10060'], rest: '' }],
    ['socket error 10060', { codes: ['wsa-10060'], rest: '' }],
    ['Error 1311', { codes: ['error-1311'], rest: '' }],
    ['error 53', { codes: ['error-53'], rest: '' }],
    ['Error #3021', { codes: ['error-3021'], rest: '' }],
    // a query of bare numbers asks for them as any code
    ['9405', { codes: ['n-9405'], rest: '' }],
    ['1311 1335', { codes: ['n-1311', 'n-1335'], rest: '' }],
    ['10060', { articleNumber: 10060, codes: ['n-10060'], rest: '' }],
    // article numbers
    ['Q152941', { articleNumber: 152941, codes: [], rest: '' }],
    ['kb 152941', { articleNumber: 152941, codes: [], rest: '' }],
    ['KB152941', { articleNumber: 152941, codes: [], rest: '' }],
    ['152941', { articleNumber: 152941, codes: ['n-152941'], rest: '' }],
    ['Q152941 MTA', { articleNumber: 152941, codes: [], rest: 'MTA' }],
    // codes among words; numbers among words stay words
    ['c0000005 exchange', { codes: ['0xc0000005'], rest: 'exchange' }],
    ['Event ID 9405 MTA crash', { codes: ['event-9405'], rest: 'MTA crash' }],
    ['MTA crashes over slow network', { codes: [], rest: 'MTA crashes over slow network' }],
    ['Windows 95 setup', { codes: [], rest: 'Windows 95 setup' }],
    ['77f3cbcd', { codes: [], rest: '77f3cbcd' }],
    ['', { codes: [], rest: '' }],
  ])('%j', (query, expected) => {
    it(`is ${JSON.stringify(expected)}`, () => expect(canonicalTerms(query)).toEqual(expected));
  });
});

describe('the query side meets the index side', () => {
  describe.each([
    // [as the article writes it, as the user types it]
    ['Exception c0000005 occurred', '0xC0000005'],
    ['The error (0xC0000005), was reported', 'c0000005'],
    ['The error (0xC0000005), was reported', '0xc0000005'],
    ['Error 0x80004005', '80004005'],
    ['-2147467259 (Unspecified error)', '0x80004005'],
    ['A Stop 0xA in Afd.sys', 'STOP 0x0000000A'],
    ['STOP 0x0000000A', 'Stop 0xA'],
    ['Bugcheck 0000000a', '0xA'],
    ['Stop 0A in TCPIP.SYS', '0x0000000A'],
    ['Event ID = 9405:', 'Event ID 9405'],
    ['event id: 9405', 'EventID 9405'],
    ['Event ID 9405', '9405'],
    ['A sockets error 10060 on a connect() call', 'WSAETIMEDOUT'],
    ['fails with WSAETIMEDOUT', '10060'],
    ['fails with WSAETIMEDOUT', 'Error 10060'],
    ['Winsock 10060', 'socket error 10060'],
    ['Error 1311. Source file not found', '1311'],
    ['Error #3021', 'Error 3021'],
    ['hr=0xc0000835', 'c0000835'],
  ])('%j', (text, query) => {
    it(`is found by ${JSON.stringify(query)}`, () => {
      const { codes } = canonicalTerms(query);
      expect(codes.length).toBeGreaterThan(0);
      expect(indexKeys(extractCodes(text))).toEqual(expect.arrayContaining(codes));
    });
  });

  it('does not let 10060 find an article about 100608 or 1006', () => {
    const { codes } = canonicalTerms('10060');
    for (const text of ['Error 100608', 'Event ID 1006', 'WSAENOTSOCK', 'Q100608']) {
      expect(indexKeys(extractCodes(text))).not.toEqual(expect.arrayContaining(codes));
    }
  });
});

describe('numberKeys', () => {
  describe.each([
    ['Additional query words: 9405', ['n-9405']],
    ['Several 9405 Event IDs; MSExchangeMTAEvent ID 9405.', ['n-9405']],
    ['1311   Cannot open the file', ['n-1311']],
    ['Texel DM-3021 and (10060),', ['n-3021', 'n-10060']],
    ['version 4.00.950, 1,000 users, Q151261, x86, 4GB, 00000098, 95', []],
    ['Error 100608', ['n-100608']],
  ])('%j', (text, expected) => {
    it(`gives ${expected.join(' ') || 'nothing'}`, () => expect(numberKeys(text).sort()).toEqual([...expected].sort()));
  });
});

describe('indexKeys', () => {
  it('adds the keys each key implies', () => {
    expect(indexKeys(extractCodes('Stop 0A; sockets error 10060; Event ID 9405; Error 53'))).toEqual([
      '0x0000000a',
      'error-10060',
      'error-53',
      'event-9405',
      'n-10060',
      'n-53',
      'n-9405',
      'stop-0x0000000a',
      'wsa-10060',
    ]);
  });
});

describe('alias tokens', () => {
  describe.each([
    ['0xc0000005', 'zzxcgggggglzz'],
    ['stop-0x0000000a', 'zzsgggggggazz'],
    ['event-9405', 'zzvpkglzz'],
    ['wsa-10060', 'zzwhggmgzz'],
    ['error-1311', 'zzrhjhhzz'],
    ['n-10060', 'zzuhggmgzz'],
  ])('%s', (key, token) => {
    it(`is ${token}`, () => expect(aliasToken(key)).toBe(token));
  });

  it('are never a prefix of one another, so a prefix search matches one key only', () => {
    const keyArb = fc.oneof(
      fc.integer({ min: 0, max: 0xffffffff }).map((n) => `0x${n.toString(16).padStart(8, '0')}`),
      fc.integer({ min: 0, max: 0xffffffff }).map((n) => `stop-0x${n.toString(16).padStart(8, '0')}`),
      fc.tuple(fc.constantFrom('event', 'wsa', 'error', 'n'), fc.integer({ min: 0, max: 99999999 })).map(([k, n]) => `${k}-${n}`),
    );
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        fc.pre(a !== b);
        expect(aliasToken(b).startsWith(aliasToken(a))).toBe(false);
      }),
    );
  });

  it('are all letters, so Pagefind indexes each as one word', () => {
    for (const key of ['0xc0000005', 'stop-0x0000007b', 'event-9405', 'wsa-10060', 'error-1311', 'n-53']) {
      expect(aliasToken(key)).toMatch(/^[a-z]+$/);
    }
  });

  it.each(['c0000005', 'stop-7b', 'event-', 'foo-12', ''])('refuse the non-key %j', (key) => {
    expect(() => aliasToken(key)).toThrow();
  });

  it('are written once per key, and not for bare numbers', () => {
    expect(aliasTokens(['error-53', 'n-53', 'error-53', 'event-9405'])).toEqual(['zzrljzz', 'zzvpkglzz']);
  });

  it('are stripped from an excerpt, and nothing else is', () => {
    expect(stripAliasTokens('Exception c0000005 occurred zzxcgggggglzz zzvpkglzz. The pizzazz stays')).toBe(
      'Exception c0000005 occurred . The pizzazz stays',
    );
  });

  const everyKey = () => true;

  it('replace the codes in the query handed to Pagefind', () => {
    expect(pagefindQuery(canonicalTerms('Event ID 9405 MTA crash'), everyKey)).toBe('zzvpkglzz MTA crash');
    expect(pagefindQuery(canonicalTerms('MTA crash'), everyKey)).toBe('MTA crash');
  });

  it('are left out for keys the exact index does not hold, which Pagefind would answer by prefix', () => {
    const indexed = (key: string) => key === 'event-9405';
    expect(pagefindQuery(canonicalTerms('Event ID 9405 c0000999 MTA'), indexed)).toBe('zzvpkglzz MTA');
  });

  it('drop the symbols Pagefind strips when indexing but keeps in a query', () => {
    expect(pagefindQuery(canonicalTerms('"Restored Schedule+ File"'), everyKey)).toBe('"Restored Schedule File"');
    expect(pagefindQuery(canonicalTerms('Word_Boundaries C++ $Id'), everyKey)).toBe('WordBoundaries C Id');
  });

  it('quote a lone number, so Pagefind matches it whole', () => {
    expect(pagefindQuery(canonicalTerms('9405'), everyKey)).toBe('"9405"');
    expect(pagefindQuery(canonicalTerms('1311 1335'), everyKey)).toBe('1311 1335');
  });
});
