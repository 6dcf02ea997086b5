import { describe, expect, it } from 'vitest';
import { readAppliesToItem } from '../../../src/facets/applies-to-item.ts';
import type { AppliesToItem } from '../../../src/facets/types.ts';

type Expected = [role: AppliesToItem['role'], product: string, edition: string | null, versions: string[]];

/** Real "applies to" lines of the corpus (the count is how many lines read so), and what they state. */
const LINES: Array<[line: string, expected: Expected]> = [
  // name, keyword, versions
  ['Microsoft Exchange Server, version 4.0', ['product', 'Microsoft Exchange', null, ['4.0']]], // 639
  ['Microsoft Exchange Server, version 5.5', ['product', 'Microsoft Exchange', null, ['5.5']]], // 2330
  ['Microsoft Exchange Server, versions 4.0, 5.0, 5.5', ['product', 'Microsoft Exchange', null, ['4.0', '5.0', '5.5']]], // 777
  ['Microsoft Exchange Server, versions 5.5, 4.0, 5.0', ['product', 'Microsoft Exchange', null, ['5.5', '4.0', '5.0']]], // 88
  ['Microsoft Systems Management Server version 2.0', ['product', 'Microsoft Systems Management Server', null, ['2.0']]], // 846
  ['Microsoft Systems Management Server versions 1.0, 1.1, 1.2', ['product', 'Microsoft Systems Management Server', null, ['1.0', '1.1', '1.2']]], // 253
  ['Microsoft Windows versions 3.1, 3.11', ['product', 'Microsoft Windows', null, ['3.1', '3.11']]], // 1327
  ['Microsoft Windows versions 3.0, 3.0a', ['product', 'Microsoft Windows', null, ['3.0', '3.0a']]], // 742
  ['Microsoft Windows for Workgroups version 3.11', ['product', 'Microsoft Windows for Workgroups', null, ['3.11']]], // 549
  ['Microsoft Visual FoxPro for Windows, versions 3.0, 3.0b, 5.0, 5.0a, 6.0', ['product', 'Microsoft Visual FoxPro for Windows', null, ['3.0', '3.0b', '5.0', '5.0a', '6.0']]], // 332
  ['Microsoft FoxPro for Windows, versions 2.5x, 2.6x', ['product', 'Microsoft FoxPro for Windows', null, ['2.5x', '2.6x']]], // 69
  ['Microsoft MS-DOS operating system versions 6.0, 6.2, 6.21, 6.22', ['product', 'Microsoft Disk Operating System', null, ['6.0', '6.2', '6.21', '6.22']]], // 282
  ['Microsoft Macro Assembler (MASM), versions 6.0, 6.0a, 6.0b', ['product', 'Microsoft Macro Assembler', null, ['6.0', '6.0a', '6.0b']]], // 48
  ['Microsoft C for MS-DOS, versions 5.1, 6.0, 6.0a, 6.0ax', ['product', 'Microsoft C for MS-DOS', null, ['5.1', '6.0', '6.0a', '6.0ax']]], // 43
  ['Microsoft Internet Information Services version 5.0', ['product', 'Internet Information Server', null, ['5.0']]], // 585
  ['Microsoft Internet Information Server versions 3.0, 4.0', ['product', 'Internet Information Server', null, ['3.0', '4.0']]], // 57
  ['Microsoft Windows Software Development Kit (SDK) versions 3.0, 3.1', ['product', 'Microsoft Windows Software Development Kit', null, ['3.0', '3.1']]], // 329
  ['ActiveX Data Objects (ADO), versions 2.0, 2.1 SP2, 2.5, 2.6, 2.7', ['product', 'ActiveX Data Objects (ADO)', null, ['2.0', '2.1 SP2', '2.5', '2.6', '2.7']]],
  ['Microsoft Data Access Components version 2.5', ['product', 'Microsoft Data Access Components', null, ['2.5']]], // 148
  ['The Microsoft Network versions 1.0, 1.05, 1.2, 1.3', ['product', 'The Microsoft Network', null, ['1.0', '1.05', '1.2', '1.3']]], // 50
  ['Microsoft Outlook 97, versions 8.0, 8.01, 8.02, 8.03', ['product', 'Microsoft Outlook 97', null, ['8.0', '8.01', '8.02', '8.03']]], // 86
  // service packs
  ['Microsoft Exchange Server, version 5.5 SP3', ['product', 'Microsoft Exchange', null, ['5.5 SP3']]], // 163
  ['Microsoft Exchange Server, versions 5.5, 5.5 SP1, 5.5 SP2, 5.5 SP3', ['product', 'Microsoft Exchange', null, ['5.5', '5.5 SP1', '5.5 SP2', '5.5 SP3']]], // 78
  ['Microsoft SNA Server, versions 3.0, 3.0 SP1', ['product', 'Microsoft SNA Server', null, ['3.0', '3.0 SP1']]], // 102
  ['Microsoft Outlook Web Access, version 5.5 Service Packs 1, 2, 3', ['product', 'Microsoft Outlook Web Access', null, ['5.5 SP1', '5.5 SP2', '5.5 SP3']]], // 69
  ['Microsoft Outlook Web Access, version 5.5 Service Pack 1', ['product', 'Microsoft Outlook Web Access', null, ['5.5 SP1']]], // 68
  ['Microsoft Visual C++, 32-bit Enterprise Edition, version 5.0sp3', ['product', 'Microsoft Visual C++', '32-bit Enterprise Edition', ['5.0 SP3']]],
  ['Microsoft Systems Management Server versions 2.0, 2.0 SP1, 2.0 SP2', ['product', 'Microsoft Systems Management Server', null, ['2.0', '2.0 SP1', '2.0 SP2']]], // 109
  // editions
  ['Microsoft Visual Basic Enterprise Edition for Windows, versions 5.0, 6.0', ['product', 'Microsoft Visual Basic for Windows', 'Enterprise Edition', ['5.0', '6.0']]], // 770
  ['Microsoft Visual Basic Professional Edition for Windows, version 6.0', ['product', 'Microsoft Visual Basic for Windows', 'Professional Edition', ['6.0']]], // 742
  ['Microsoft Visual Basic Learning Edition for Windows, versions 5.0, 6.0', ['product', 'Microsoft Visual Basic for Windows', 'Learning Edition', ['5.0', '6.0']]], // 504
  ['Microsoft Visual Basic Control Creation Edition for Windows, version 5.0', ['product', 'Microsoft Visual Basic for Windows', 'Control Creation Edition', ['5.0']]], // 276
  ['Microsoft Visual Basic Enterprise Edition, 32-bit, for Windows, version 4.0', ['product', 'Microsoft Visual Basic for Windows', 'Enterprise Edition, 32-bit', ['4.0']]], // 695
  ['Microsoft Visual Basic Standard Edition, 32-bit, for Windows, version 4.0', ['product', 'Microsoft Visual Basic for Windows', 'Standard Edition, 32-bit', ['4.0']]], // 561
  ['Microsoft Visual C++, 32-bit Learning Edition, version 6.0', ['product', 'Microsoft Visual C++', '32-bit Learning Edition', ['6.0']]], // 1053
  ['Microsoft Visual C++, 32-bit Professional Edition, versions 4.2, 5.0, 6.0', ['product', 'Microsoft Visual C++', '32-bit Professional Edition', ['4.2', '5.0', '6.0']]], // 243
  ['Microsoft Visual C++, 32-bit Editions, versions 4.0, 4.1', ['product', 'Microsoft Visual C++', '32-bit Editions', ['4.0', '4.1']]], // 192
  ['Microsoft Visual C++ for Windows, 16-bit edition, versions 1.0, 1.5, 1.51, 1.52', ['product', 'Microsoft Visual C++ for Windows', '16-bit edition', ['1.0', '1.5', '1.51', '1.52']]], // 131
  ['Microsoft Visual SourceSafe, 32-bit, for Windows 4.0', ['product', 'Microsoft Visual SourceSafe for Windows', '32-bit', ['4.0']]], // 102
  ['Microsoft Windows NT Server version 4.0', ['product', 'Microsoft Windows NT', 'Server', ['4.0']]], // 3543
  ['Microsoft Windows NT Workstation versions 3.5, 3.51, 4.0', ['product', 'Microsoft Windows NT', 'Workstation', ['3.5', '3.51', '4.0']]], // 571
  ['Microsoft Windows NT Advanced Server, version 3.1', ['product', 'Microsoft Windows NT', 'Advanced Server', ['3.1']]], // 769
  ['Microsoft Windows NT Server, Enterprise Edition version 4.0', ['product', 'Microsoft Windows NT', 'Server, Enterprise Edition', ['4.0']]], // 939
  ['Microsoft Windows NT Server version 4.0, Terminal Server Edition', ['product', 'Microsoft Windows NT', 'Server, Terminal Server Edition', ['4.0']]], // 1481
  ['Microsoft Windows NT Server versions 4.0, 4.0 SP4, Terminal Server Edition', ['product', 'Microsoft Windows NT', 'Server, Terminal Server Edition', ['4.0', '4.0 SP4']]], // 55
  ['Microsoft Windows NT Server version 4.0 SP4', ['product', 'Microsoft Windows NT', 'Server', ['4.0 SP4']]], // 102
  ['Microsoft Outlook, Exchange Server Edition, version 8.0, used with:', ['product', 'Microsoft Outlook', 'Exchange Server Edition', ['8.0']]], // 46
  // the version at the end, no keyword
  ['Microsoft Windows 95', ['product', 'Microsoft Windows', null, ['95']]], // 2925
  ['Microsoft Windows 98', ['product', 'Microsoft Windows', null, ['98']]], // 334
  ['Microsoft Windows 3.1', ['product', 'Microsoft Windows', null, ['3.1']]], // 179
  ['Microsoft Windows 2000 Server', ['product', 'Microsoft Windows', 'Server', ['2000']]], // 394
  ['Microsoft Windows 2000 Advanced Server', ['product', 'Microsoft Windows', 'Advanced Server', ['2000']]], // 351
  ['Microsoft Windows 2000 Professional', ['product', 'Microsoft Windows', 'Professional', ['2000']]], // 304
  ['Microsoft Windows 98 Second Edition', ['product', 'Microsoft Windows', 'Second Edition', ['98']]], // 112
  ['Microsoft Windows Millennium Edition', ['product', 'Microsoft Windows', null, ['Me']]], // 50
  ['Microsoft Windows XP Professional', ['product', 'Microsoft Windows', 'Professional', ['XP']]],
  ['Microsoft Exchange 2000 Server', ['product', 'Microsoft Exchange', 'Server', ['2000']]], // 89
  ['Microsoft Internet Information Server 4.0', ['product', 'Internet Information Server', null, ['4.0']]], // 388
  ['Microsoft Windows Software Development Kit (SDK) 3.1', ['product', 'Microsoft Windows Software Development Kit', null, ['3.1']]], // 578
  ['Microsoft Outlook 98', ['product', 'Microsoft Outlook', null, ['98']]], // 242
  ['Microsoft MapPoint 2001', ['product', 'Microsoft MapPoint', null, ['2001']]], // 95
  ['Microsoft Visual C++.NET (2002)', ['product', 'Microsoft Visual C++.NET', null, ['2002']]], // 355
  ['Microsoft Flight Simulator 2000 Professional Edition', ['product', 'Microsoft Flight Simulator', 'Professional Edition', ['2000']]], // 150
  // a number that is part of the name stays in it
  ['Microsoft Word 97 for Windows', ['product', 'Word 97 for Windows', null, []]], // 1876
  ['Microsoft PowerPoint 97 for Windows', ['product', 'Microsoft PowerPoint 97 for Windows', null, []]], // 91
  ['Microsoft Encarta 96 Encyclopedia for Windows', ['product', 'Microsoft Encarta 96 Encyclopedia for Windows', null, []]], // 124
  ['Microsoft Combat Flight Simulator 2: WWII Pacific Theater, version 1.0', ['product', 'Microsoft Combat Flight Simulator 2: WWII Pacific Theater', null, ['1.0']]], // 156
  ['Microsoft Motocross Madness 2, version 2.0', ['product', 'Microsoft Motocross Madness 2', null, ['2.0']]], // 80
  ['Microsoft PowerPoint for Windows 95, version 7.0', ['product', 'Microsoft PowerPoint for Windows 95', null, ['7.0']]], // 359
  // a system named at the end is not a version
  ['Microsoft Plus! for Windows 95', ['product', 'Microsoft Plus! for Windows 95', null, []]], // 194
  ["Microsoft Bookshelf '95 for Windows 95", ['product', "Microsoft Bookshelf '95 for Windows 95", null, []]], // 79
  ['Microsoft Internet Explorer version 5 for Windows 98', ['product', 'Microsoft Internet Explorer', 'for Windows 98', ['5']]],
  // dated editions
  ['Microsoft Cinemania for Windows, 1992, 1993, 1994, 1995, 1996, 1997 editions', ['product', 'Microsoft Cinemania for Windows', null, ['1992 edition', '1993 edition', '1994 edition', '1995 edition', '1996 edition', '1997 edition']]], // 38
  // lines that introduce nested lines
  ['The Microsoft Foundation Classes (MFC), used with:', ['product', 'Microsoft Foundation Classes (MFC)', null, []]], // 554
  ['The C Run-Time (CRT), included with:', ['product', 'C Run-Time (CRT)', null, []]], // 98
  ['Microsoft SNA Server, versions 2.0, 2.1, 2.11, on platform(s):', ['product', 'Microsoft SNA Server', null, ['2.0', '2.1', '2.11']]], // 61
  ['Microsoft Electronic Forms Designer, version 1.0, used with:', ['product', 'Microsoft Electronic Forms Designer', null, ['1.0']]], // 59
  // operating systems
  ['the operating system: Microsoft Windows NT', ['os', 'Windows NT', null, []]], // 646
  ['the operating system: Microsoft Windows NT 4.0', ['os', 'Windows NT', null, ['4.0']]], // 114
  ['the operating system: Microsoft Windows 95', ['os', 'Windows 95', null, ['95']]], // 496
  ['the operating system: Microsoft Windows 98 Second Edition', ['os', 'Windows 98', null, ['98']]], // 40
  ['the operating system: Microsoft Windows Millennium Edition', ['os', 'Windows Me', null, []]], // 79
  ['the operating system: Microsoft Windows versions 3.1, 3.11', ['os', 'Windows', null, ['3.1', '3.11']]], // 84
  ['the operating system: Microsoft Windows XP', ['os', 'Windows XP', null, []]], // 53
  ['the operating system: MS-DOS', ['os', 'MS-DOS', null, []]], // 54
  ['the operating system: Mac OS (ALL)', ['os', 'Macintosh', null, []]], // 26
  ['the operating system: Microsoft Windows NT, on platform(s):', ['os', 'Windows NT', null, []]], // 21
  // not a product
  ['the hardware: Intel x86', ['hardware', 'Intel x86', null, []]], // 63
  ['*EDITOR Please do not choose this product*Microsoft Visual C++ 32-bit Edition* use 241, 265, 225, version 4.2', ['junk', '*EDITOR Please do not choose this product*Microsoft Visual C++ 32-bit Edition* use 241, 265, 225', null, ['4.2']]], // 31
];

describe.each(LINES)('%j', (line, [role, product, edition, versions]) => {
  it(`is ${role} ${product} ${edition ?? ''} ${versions.join(', ')}`, () => {
    const item = readAppliesToItem(line);
    expect({ role: item.role, product: item.product, edition: item.edition, versions: item.versions }).toEqual({ role, product, edition, versions });
  });
});

describe('the table', () => {
  it('covers every shape of the issue with at least 60 real lines', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(60);
  });

  it('knows the products it maps and says when it does not', () => {
    expect(readAppliesToItem('Microsoft Exchange Server, version 4.0').known).toBe(true);
    expect(readAppliesToItem('Microsoft Motocross Madness 2, version 2.0').known).toBe(false);
  });

  it('names the system a product is', () => {
    expect(readAppliesToItem('Microsoft Windows NT Server version 4.0').platform).toBe('Windows NT');
    expect(readAppliesToItem('Microsoft Exchange Server, version 4.0').platform).toBeNull();
  });
});
