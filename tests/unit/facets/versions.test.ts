import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import type { Rejection } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

const exchange = (versionsRaw: string) => facetsOf(summary({ products: ['Microsoft Exchange'], versionsRaw }));
const labels = (refs: Array<{ label: string }>) => refs.map((ref) => ref.label);
const X = 'Microsoft Exchange';

/** Raw `Version(s):` values of the corpus, read for an Exchange article: [raw, version labels, OS labels, rejections]. */
describe.each<[string, string[], string[], Rejection[]]>([
  // the seed article's value
  ['winnt:4.0', [`${X} 4.0 · Windows NT`], ['Windows NT'], []],
  // several versions after one prefix
  ['WINDOWS:3.1,3.11', [`${X} 3.1 · Windows`, `${X} 3.11 · Windows`], ['Windows'], []],
  ['MS-DOS:5.0,6.0', [`${X} 5.0 · MS-DOS`, `${X} 6.0 · MS-DOS`], ['MS-DOS'], []],
  // bare versions: no platform
  ['4.0', [`${X} 4.0`], [], []],
  ['4.0 SP1', [`${X} 4.0 SP1`], [], []],
  // | separates versions too
  ['4.0 SP1|4.0 SP2', [`${X} 4.0 SP1`, `${X} 4.0 SP2`], [], []],
  // the old format repeats the list after | (245 articles): one facet each
  ['5.10   | 5.10', [`${X} 5.10`], [], []],
  // space-separated lists (506)
  ['4.00 4.00b 4.50', [`${X} 4.00`, `${X} 4.00b`, `${X} 4.50`], [], []],
  // ; between platforms, with and without a space
  ['WINDOWS:7.0; Win95:7.0', [`${X} 7.0 · Windows`, `${X} 7.0 · Windows 95`], ['Windows', 'Windows 95'], []],
  ['MS-DOS:1.0;OS/2:1.0', [`${X} 1.0 · MS-DOS`, `${X} 1.0 · OS/2`], ['MS-DOS', 'OS/2'], []],
  // spaces after the colon and the comma
  ['MS-DOS: 5.1, 6.0; WINDOWS NT: 1.0', [`${X} 5.1 · MS-DOS`, `${X} 6.0 · MS-DOS`, `${X} 1.0 · Windows NT`], ['MS-DOS', 'Windows NT'], []],
  // a prefix after a space, no ; (Q151211)
  ['WinNT:3.5,3.51 WFW:3.11 Win95', [`${X} 3.5 · Windows NT`, `${X} 3.51 · Windows NT`, `${X} 3.11 · Windows for Workgroups`], ['Windows NT', 'Windows for Workgroups', 'Windows 95'], []],
  // a prefix after a comma (Q164174)
  ['2.2, 3.0,WFWG:3.11', [`${X} 2.2`, `${X} 3.0`, `${X} 3.11 · Windows for Workgroups`], ['Windows for Workgroups'], []],
  // a bare platform between ; (Q163374)
  ['WFW:3.11;Win95;WinNT:4.0', [`${X} 3.11 · Windows for Workgroups`, `${X} 4.0 · Windows NT`], ['Windows for Workgroups', 'Windows 95', 'Windows NT'], []],
  // a platform with no versions (785 WINDOWS:, 255 winnt:)
  ['WINDOWS:', [], ['Windows'], []],
  // an empty prefix and an empty group
  ['WINDOWS:1.0; :; Win2000:95', [`${X} 1.0 · Windows`, `${X} 95 · Windows 2000`], ['Windows', 'Windows 2000'], []],
  ['WINDOWS:; :1996 edition', [`${X} 1996 edition`], ['Windows'], []],
  // service packs glued on, in lower case, spelled out, or listed after their version
  ['winnt:4.0SP1', [`${X} 4.0 SP1 · Windows NT`], ['Windows NT'], []],
  ['97sp2', [`${X} 97 SP2`], [], []],
  ['4.01 Service Pack 2', [`${X} 4.01 SP2`], [], []],
  ['6.0,6.0 sp1, sp2, sp3', [`${X} 6.0`, `${X} 6.0 SP1`, `${X} 6.0 SP2`, `${X} 6.0 SP3`], [], []],
  ['5.0 5.0 SP1', [`${X} 5.0`, `${X} 5.0 SP1`], [], []],
  // typos fixed by rewrites: a stray m, a missing colon, a letter l, a full stop
  ['m7.00 7.10', [`${X} 7.00`, `${X} 7.10`], [], []],
  ['WINDOWS4.0,5.0', [`${X} 4.0 · Windows`, `${X} 5.0 · Windows`], ['Windows'], []],
  ['WinNT4.0', [`${X} 4.0 · Windows NT`], ['Windows NT'], []],
  ['1.0,l.5', [`${X} 1.0`, `${X} 1.5`], [], []],
  ['4.0.', [`${X} 4.0`], [], []],
  ['WinNT:4.0,5,0', [`${X} 4.0 · Windows NT`, `${X} 5.0 · Windows NT`], ['Windows NT'], []],
  // wildcards and letters after the number
  ['MS-DOS:5.x,6.00ax', [`${X} 5.x · MS-DOS`, `${X} 6.00ax · MS-DOS`], ['MS-DOS'], []],
  // editions, builds, releases (the Home titles, Office, Visual Studio)
  ['1994 editions', [`${X} 1994 edition`], [], []],
  ['Fall 1993 edition', [`${X} Fall 1993 edition`], [], []],
  ["'94-'95 edition", [`${X} '94-'95 edition`], [], []],
  ['3.0 (all SP),4.0', [`${X} 3.0 (all SP)`, `${X} 4.0`], [], []],
  ['WINDOWS:95,98,98 Second Edition', [`${X} 95 · Windows`, `${X} 98 · Windows`, `${X} 98 Second Edition · Windows`], ['Windows'], []],
  ['Service Release 1 (SR-1)', [`${X} Service Release 1 (SR-1)`], [], []],
  ['Build 2.73.7269', [`${X} Build 2.73.7269`], [], []],
  ['2.1 OEM Only', [`${X} 2.1 OEM Only`], [], []],
  ['Trial Version', [`${X} Trial Version`], [], []],
  // a number cut after its dot, in a list (Q89156)
  ['2.50x 2.', [`${X} 2.50x`], [], [{ kind: 'version', raw: '2.', reason: 'junk' }]],
  // a platform name inside a list (Q151211)
  ['3.11 Win95', [`${X} 3.11`], ['Windows 95'], []],
  // a platform prefix that names none: the version stays
  ['N\\A:2.11,2.12; WINDOWS:', [`${X} 2.11`, `${X} 2.12`], ['Windows'], [{ kind: 'os', raw: 'N\\A', reason: 'junk' }]],
  // text no rule knows
  ['Classic Hollywood Movies', [], [], [{ kind: 'version', raw: 'Classic Hollywood Movies', reason: 'unmatched' }]],
  // version and platform swapped (Q173857)
  ['4.0:Win95', [], [], [{ kind: 'version', raw: '4.0:Win95', reason: 'unmatched' }]],
  // empty
  ['', [], [], []],
  ['   ', [], [], []],
])('Version(s) %j', (raw, versions, systems, rejected) => {
  it(`gives ${versions.length} versions and ${systems.length} systems`, () => {
    const { facets, rejected: got } = exchange(raw);
    expect(labels(facets.version)).toEqual(versions);
    expect(labels(facets.os)).toEqual(systems);
    expect(got).toEqual(rejected);
  });
});

describe('versions and products', () => {
  it('leave out the platform a product is itself, so winnt:4.0 and 4.0 of Windows NT are one value', () => {
    const prefixed = facetsOf(summary({ products: ['Microsoft Windows NT'], versionsRaw: 'winnt:4.0' }));
    const bare = facetsOf(summary({ products: ['Microsoft Windows NT'], versionsRaw: '4.0' }));
    expect(prefixed.facets.version).toEqual([{ kind: 'version', slug: 'microsoft-windows-nt-4.0', label: 'Microsoft Windows NT 4.0' }]);
    expect(bare.facets.version).toEqual(prefixed.facets.version);
    // ... while the platform is still an operating system of the article
    expect(labels(prefixed.facets.os)).toEqual(['Windows NT']);
  });

  it('slug product, version and platform in that order', () => {
    expect(exchange('winnt:4.0 SP1').facets.version.map((ref) => ref.slug)).toEqual(['microsoft-exchange-4.0-sp1-windows-nt']);
  });

  it('are not faceted without a product, and are reported as such', () => {
    const { facets, rejected } = facetsOf(summary({ products: ['See article'], versionsRaw: '5.10 6.00' }));
    expect(facets.version).toEqual([]);
    expect(rejected).toEqual([
      { kind: 'product', raw: 'See article', reason: 'junk' },
      { kind: 'version', raw: '5.10', reason: 'no-product' },
      { kind: 'version', raw: '6.00', reason: 'no-product' },
    ]);
  });
});
