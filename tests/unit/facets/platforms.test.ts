import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { summary } from './summary.ts';

const labels = (refs: Array<{ label: string }>) => refs.map((ref) => ref.label);

/** Every platform prefix spelling of the corpus, written as `<prefix>:4.0` after an Exchange product. */
describe.each([
  // winnt: the usual spelling (9641 in the corpus), and its case variants
  ['winnt', 'Windows NT'],
  ['WinNT', 'Windows NT'],
  ['WINNT', 'Windows NT'],
  ['Winnt', 'Windows NT'],
  ['WinNt', 'Windows NT'],
  // two words, written before a colon (57)
  ['WINDOWS NT', 'Windows NT'],
  // NT alone (25)
  ['NT', 'Windows NT'],
  // Winnet: a typo for winnt (Q146446)
  ['Winnet', 'Windows NT'],
  // WINDOWS in every case (20444 + 68 + 51)
  ['WINDOWS', 'Windows'],
  ['windows', 'Windows'],
  ['Windows', 'Windows'],
  // WIN3X and Win3.x: the 16-bit line under another name; Win (2)
  ['WIN3X', 'Windows'],
  ['Win3.x', 'Windows'],
  ['Win', 'Windows'],
  ['Win95', 'Windows 95'],
  ['win95', 'Windows 95'],
  ['Win98', 'Windows 98'],
  ['Win2000', 'Windows 2000'],
  ['WFW', 'Windows for Workgroups'],
  ['WFWG', 'Windows for Workgroups'],
  ['MS-DOS', 'MS-DOS'],
  ['MSDOS', 'MS-DOS'],
  // a space after the hyphen (7)
  ['MS- DOS', 'MS-DOS'],
  ['OS/2', 'OS/2'],
  ['MACINTOSH', 'Macintosh'],
  ['macintosh', 'Macintosh'],
  ['Macintosh', 'Macintosh'],
  // cut to eight letters (7)
  ['MACINTOS', 'Macintosh'],
  ['MAC', 'Macintosh'],
  ['Mac', 'Macintosh'],
  ['UNIX', 'UNIX'],
  ['Unix', 'UNIX'],
])('Version(s) prefix %j', (prefix, platform) => {
  it(`means ${platform}`, () => {
    const { facets, rejected } = facetsOf(summary({ products: ['Microsoft Exchange'], versionsRaw: `${prefix}:4.0` }));
    expect(labels(facets.os)).toEqual([platform]);
    expect(labels(facets.version)).toEqual([`Microsoft Exchange 4.0 · ${platform}`]);
    expect(rejected).toEqual([]);
  });
});

describe.each([
  // N\A: not applicable (Q199528)
  ['N\\A'],
  // the template placeholder (Q168136)
  ['Platform'],
  // a product where the platform goes (Q178559)
  ['IIS'],
])('Version(s) prefix %j names no platform', (prefix) => {
  it('keeps the version unqualified and reports the prefix as junk', () => {
    const { facets, rejected } = facetsOf(summary({ products: ['Microsoft Exchange'], versionsRaw: `${prefix}:4.0` }));
    expect(labels(facets.os)).toEqual([]);
    expect(labels(facets.version)).toEqual(['Microsoft Exchange 4.0']);
    expect(rejected).toEqual([{ kind: 'os', raw: prefix, reason: 'junk' }]);
  });
});

describe('an unknown platform prefix', () => {
  it('keeps the version unqualified and reports the prefix as unmatched', () => {
    const { facets, rejected } = facetsOf(summary({ products: ['Microsoft Exchange'], versionsRaw: 'BeOS:4.0' }));
    expect(labels(facets.os)).toEqual([]);
    expect(labels(facets.version)).toEqual(['Microsoft Exchange 4.0']);
    expect(rejected).toEqual([{ kind: 'os', raw: 'BeOS', reason: 'unmatched' }]);
  });
});

/** `Operating System(s):` values as the corpus writes them. */
describe.each([
  // the common cases (1969 and 1170)
  [['MS-DOS'], ['MS-DOS'], []],
  [['MS-DOS | OS/2'], ['MS-DOS', 'OS/2'], []],
  // already split by the parser
  [['MS-DOS', 'OS/2'], ['MS-DOS', 'OS/2'], []],
  // the same system twice is one facet
  [['MS-DOS | MS-DOS'], ['MS-DOS'], []],
  // DOS (3), MS_DOS (1), OS2 (1), 0S/2 with a zero (1)
  [['DOS | OS/2'], ['MS-DOS', 'OS/2'], []],
  [['MS_DOS | OS/2'], ['MS-DOS', 'OS/2'], []],
  [['MS-DOS | OS2'], ['MS-DOS', 'OS/2'], []],
  [['0S/2'], ['OS/2'], []],
  [['winnt'], ['Windows NT'], []],
  [['MACINTOSH | MS-DOS'], ['Macintosh', 'MS-DOS'], []],
  // a dangling separator (1)
  [['MS-DOS |'], ['MS-DOS'], []],
  // version numbers in the OS field: junk (Q33364, Q67357)
  [['MS-DOS | 5.10'], ['MS-DOS'], [{ kind: 'os', raw: '5.10', reason: 'junk' }]],
  [['6.00 6.00a | 6.00 6.00a'], [], [{ kind: 'os', raw: '6.00 6.00a', reason: 'junk' }, { kind: 'os', raw: '6.00 6.00a', reason: 'junk' }]],
  // something else entirely
  [['BeOS'], [], [{ kind: 'os', raw: 'BeOS', reason: 'unmatched' }]],
  // empty
  [[], [], []],
  [[''], [], []],
])('Operating System(s) %j', (operatingSystems, expected, rejected) => {
  it(`gives ${JSON.stringify(expected)}`, () => {
    const facets = facetsOf(summary({ operatingSystems }));
    expect(labels(facets.facets.os)).toEqual(expected);
    expect(facets.rejected).toEqual(rejected);
  });
});

describe('platforms from both fields', () => {
  it('give one OS facet per system', () => {
    const { facets } = facetsOf(summary({ products: ['Microsoft C Compiler'], versionsRaw: 'MS-DOS:6.0; OS/2:6.0', operatingSystems: ['MS-DOS | OS/2'] }));
    expect(labels(facets.os)).toEqual(['MS-DOS', 'OS/2']);
    expect(facets.os.map((ref) => ref.slug)).toEqual(['ms-dos', 'os-2']);
  });
});
