/**
 * Every mapping from raw header text to facet values, as data. The engine
 * (`match.ts`, `parse-versions.ts`, `extract.ts`) only reads these tables;
 * a new spelling found by `scripts/facet-report.ts` is a new row here.
 *
 * Alias lookups fold both sides (`fold()` in match.ts: case, spaces, `-`
 * and `_` ignored), so `WinNT`, `winnt` and `WIN NT` are one alias; the
 * comments list the spellings seen in the corpus, with counts.
 */

/** A canonical name and the raw spellings that mean it. */
export interface AliasRule {
  label: string;
  aliases: readonly string[];
}

/** A product; `platform` names the operating system the product itself is, so its version labels skip it. */
export interface ProductRule extends AliasRule {
  platform?: string;
  /**
   * Words that follow the name in "applies to" lines to name an edition
   * (`Microsoft Windows NT Server`, `Microsoft Windows 2000 Advanced Server`).
   */
  editions?: readonly string[];
  /**
   * For a header product that names a category rather than a product: the
   * list products it agrees with (`Microsoft Windows 95.x Retail Product`
   * and the list's `Microsoft Windows 95`), so the audit does not call them a conflict.
   */
  covers?: readonly string[];
  /** Words after the name that name a release, not an edition: `Millennium Edition` is Windows `Me`. */
  releases?: Readonly<Record<string, string>>;
}

/** A raw pattern that is known not to be a value, and why. */
export interface JunkRule {
  pattern: RegExp;
  why: string;
}

/** A textual fix applied to a whole `Version(s):` value before it is split. */
export interface Rewrite {
  pattern: RegExp;
  replacement: string;
  why: string;
}

/**
 * Operating systems, named as the platform prefix of `Version(s):`
 * (`winnt:4.0`) or in `Operating System(s):`.
 */
export const PLATFORMS: readonly AliasRule[] = [
  // winnt 9641, WinNT 1944, WINNT 407, WINDOWS NT 57, NT 25, Winnt 19, WinNt 2;
  // Winnet 1 (Q146446, Visual C++ 4-6: a typo for winnt).
  { label: 'Windows NT', aliases: ['winnt', 'Windows NT', 'NT', 'Winnet'] },
  // WINDOWS 20444, windows 68, Windows 51, WIN3X 12, Win3.x 1, Win 2: the 16-bit
  // line, written WIN3X in one family of articles and WINDOWS in its twin.
  { label: 'Windows', aliases: ['Windows', 'WIN3X', 'Win3.x', 'Win'] },
  // Win95 139, win95 1
  { label: 'Windows 95', aliases: ['Win95', 'Windows 95'] },
  // Win98 1; "the operating system: Microsoft Windows 98 Second Edition" 40
  { label: 'Windows 98', aliases: ['Win98', 'Windows 98', 'Windows 98 Second Edition'] },
  // Win2000 114
  { label: 'Windows 2000', aliases: ['Win2000', 'Windows 2000'] },
  // WFW 2, WFWG 1
  { label: 'Windows for Workgroups', aliases: ['WFW', 'WFWG'] },
  // MS-DOS 2878 + 3150 OS values, MS- DOS 7, MSDOS 2, MS_DOS 1, DOS 4
  { label: 'MS-DOS', aliases: ['MS-DOS', 'MSDOS', 'DOS'] },
  // OS/2 171 + 1365 OS values, OS2 1, 0S/2 1 (a zero)
  { label: 'OS/2', aliases: ['OS/2', 'OS2', '0S/2'] },
  // MACINTOSH 970, macintosh 23, MACINTOS 7, Macintosh 3, MAC 3, Mac 1; "the operating system: Mac OS (ALL)" 39
  { label: 'Macintosh', aliases: ['Macintosh', 'MACINTOS', 'Mac', 'Mac OS', 'Mac OS (all)'] },
  // UNIX 23, Unix 1
  { label: 'UNIX', aliases: ['UNIX'] },
  // Only in "the operating system:" lines of the applies-to list: Millennium Edition 79, XP 53, CE 2
  { label: 'Windows Me', aliases: ['Windows Millennium Edition', 'Windows Me'] },
  { label: 'Windows XP', aliases: ['Windows XP'] },
  { label: 'Windows CE', aliases: ['Windows CE'] },
];

/** Platform prefixes that name no operating system; the versions after them are kept, unqualified. */
export const PLATFORM_JUNK: readonly JunkRule[] = [
  { pattern: /^n[\\/]a$/i, why: '`N\\A:2.11`: not applicable' },
  { pattern: /^platform$/i, why: '`Platform:4.0`: the template placeholder left in' },
  { pattern: /^iis$/i, why: '`IIS:3.0`: the product name written where the platform goes' },
];

/** The `Product(s):` values of the corpus, with counts. Labels keep the source wording but fix typos. */
export const PRODUCTS: readonly ProductRule[] = [
  // the list's "Microsoft Windows NT Server version 4.0" (11,436 lines), Workstation (6,664), Advanced Server (860)
  { label: 'Microsoft Windows NT', aliases: ['Microsoft Windows NT'], platform: 'Windows NT', editions: ['Server', 'Workstation', 'Advanced Server'] }, // 9161
  // the list's "Microsoft Exchange Server, version 5.5" (5,518 lines) and "Microsoft Exchange 2000 Server" (91)
  { label: 'Microsoft Exchange', aliases: ['Microsoft Exchange', 'Microsoft Exchange Server'], editions: ['Server', 'Enterprise Server'] }, // 6400
  { label: 'Microsoft Windows 95.x Retail Product', aliases: ['Microsoft Windows 95.x Retail Product'], platform: 'Windows', covers: ['Microsoft Windows', 'Microsoft Windows for Workgroups'] }, // 5450
  { label: 'Microsoft FoxPro', aliases: ['Microsoft FoxPro'] }, // 3879
  { label: 'Microsoft Visual Basic for Windows', aliases: ['Microsoft Visual Basic for Windows'] }, // 2884
  { label: 'Microsoft Systems Management Server', aliases: ['Microsoft Systems Management Server'] }, // 2820
  { label: 'Microsoft C Compiler', aliases: ['Microsoft C Compiler'], covers: ['Microsoft Visual C++', 'Microsoft Visual C++ for Windows', 'Microsoft C for MS-DOS', 'Microsoft C/C++ for MS-DOS', 'Microsoft C for OS/2'] }, // 2811
  { label: 'Microsoft Home Games', aliases: ['Microsoft Home Games'] }, // 2319
  { label: 'Microsoft Mail for PC Networks', aliases: ['Microsoft Mail For PC Networks'] }, // 2245
  { label: 'Microsoft SNA Server', aliases: ['Microsoft SNA Server'] }, // 2182
  { label: 'Word 97 for Windows', aliases: ['Word 97 for Windows', 'Microsoft Word 97 for Windows'] }, // 1927 (list: 1,894)
  { label: 'Microsoft Home Multimedia Titles', aliases: ['Microsoft Home Multimedia Titles'] }, // 1791
  { label: 'Microsoft Disk Operating System', aliases: ['Microsoft Disk Operating System', 'Microsoft MS-DOS operating system', 'Microsoft MS-DOS'], platform: 'MS-DOS' }, // 1689 (list: 1,756)
  // renamed Internet Information Services with version 5.0: one product, so 4.0 and 5.0 are listed together
  { label: 'Internet Information Server', aliases: ['Internet Information Server', 'Microsoft Internet Information Server', 'Microsoft Internet Information Services'] }, // 1666 (list: 1,883)
  { label: 'Microsoft Windows 3.x Retail Product', aliases: ['Microsoft Windows 3.x Retail Product'], platform: 'Windows', covers: ['Microsoft Windows', 'Microsoft Windows for Workgroups'] }, // 987
  { label: 'Microsoft Windows Software Development Kit', aliases: ['Microsoft Windows Software Development Kit', 'Microsoft Windows Software Development Kit (SDK)'] }, // 976 (list: 954)
  { label: 'The Microsoft Network', aliases: ['The Microsoft Network'] }, // 930
  { label: 'Microsoft SourceSafe', aliases: ['Microsoft SourceSafe'] }, // 590
  { label: 'Microsoft Press', aliases: ['Microsoft Press'] }, // 589
  { label: 'Microsoft Home Kids Products', aliases: ['Microsoft Home Kids Products'] }, // 537
  { label: 'Windows for Workgroups and Windows NT Networking Issues', aliases: ['Windows for Workgroups and Windows NT Networking Issues'] }, // 503
  { label: 'Microsoft Mail for AppleTalk Networks', aliases: ['Microsoft Mail For Appletalk Networks'] }, // 495
  { label: 'Microsoft PowerPoint for Windows', aliases: ['Microsoft PowerPoint for Windows'] }, // 479
  { label: 'Microsoft Programming Utilities', aliases: ['Microsoft Programming Utilities'] }, // 417
  { label: 'Microsoft Schedule+ for Windows', aliases: ['Microsoft Schedule+ for Windows'] }, // 379
  { label: 'Microsoft LAN Manager', aliases: ['Microsoft LAN Manager'] }, // 358
  { label: 'Microsoft Macro Assembler', aliases: ['Microsoft Macro Assembler', 'Microsoft Macro Assembler (MASM)'] }, // 353 (list: 372)
  { label: 'Word Front Page', aliases: ['Word Front Page'] }, // 334
  { label: 'Open Database Connectivity (ODBC)', aliases: ['Open Database Connectivity (ODBC)', 'Microsoft Open Database Connectivity', 'Microsoft Open Database Connectivity (ODBC)'] }, // 314 (list: 167)
  { label: 'Microsoft Fortran Compiler', aliases: ['Microsoft Fortran Compiler'] }, // 295
  { label: 'Microsoft Automap', aliases: ['Microsoft Automap'] }, // 289
  { label: 'Microsoft Access Distribution Kit', aliases: ['Microsoft Access Distribution Kit'] }, // 223
  { label: 'Miscellaneous Windows Products', aliases: ['Miscellaneous Windows Products'] }, // 187
  { label: 'Microsoft Developer Network', aliases: ['Microsoft Developer Network'] }, // 112
  { label: 'Microsoft Fox Miscellaneous Products', aliases: ['Microsoft Fox Miscellaneous Products'] }, // 105
  { label: 'Miscellaneous Software Development Kits', aliases: ['Miscellaneous Software Development Kits'] }, // 75
  { label: 'Microsoft Windows Device Driver Kit', aliases: ['Microsoft Windows Device Driver Kit'] }, // 74
  { label: 'Microsoft Mastering Series', aliases: ['Microsoft Mastering Series'] }, // 61
  { label: 'Microsoft Windows Printing Issues', aliases: ['Microsoft Windows Printing Issues'] }, // 33
  { label: 'Microsoft Product Support Information', aliases: ['Microsoft Product Support Information'] }, // 23
  { label: 'Microsoft Home Miscellaneous Products', aliases: ['Microsoft Home Miscellaneous Products'] }, // 22
  { label: 'Microsoft Systems Journal', aliases: ['Microsoft Systems Journal', 'Miscrosoft Systems Journal'] }, // 18, all misspelt
  { label: 'Microsoft Tips for the Macintosh System', aliases: ['Microsoft Tips for the Macintosh System'] }, // 4
  // Products only the "applies to" lists name (lines per product, the larger ones):
  {
    label: 'Microsoft Windows',
    aliases: ['Microsoft Windows'],
    platform: 'Windows',
    // "Microsoft Windows 2000 Advanced Server", "Microsoft Windows XP Professional", "Microsoft Windows 98 Second Edition"
    editions: ['Server', 'Advanced Server', 'Datacenter Server', 'Professional', 'Home Edition', 'Second Edition'],
    releases: { 'Millennium Edition': 'Me', XP: 'XP' },
  }, // 6,606 (3.x, 95, 98, Me, 2000, XP)
  { label: 'Microsoft Visual C++', aliases: ['Microsoft Visual C++'] }, // 6,572
  { label: 'Microsoft Visual FoxPro for Windows', aliases: ['Microsoft Visual FoxPro for Windows'] }, // 3,563
  { label: 'Microsoft Windows for Workgroups', aliases: ['Microsoft Windows for Workgroups'], platform: 'Windows for Workgroups' }, // 1,446
  { label: 'Microsoft Visual SourceSafe for Windows', aliases: ['Microsoft Visual SourceSafe for Windows'] }, // 769
  { label: 'Microsoft Outlook', aliases: ['Microsoft Outlook'] }, // 701
  { label: 'Microsoft FoxPro for Windows', aliases: ['Microsoft FoxPro for Windows'] }, // 462
  { label: 'Microsoft Data Access Components', aliases: ['Microsoft Data Access Components', 'Microsoft Data Access Components (MDAC)'] }, // 280
  { label: 'Microsoft Internet Explorer', aliases: ['Microsoft Internet Explorer'] }, // 258
  { label: 'ActiveX Data Objects (ADO)', aliases: ['ActiveX Data Objects (ADO)', 'Microsoft ActiveX Data Objects (ADO)', 'Microsoft ActiveX Data Objects'] },
  { label: 'Microsoft BASIC', aliases: ['Microsoft BASIC'] },
];

/**
 * Old articles (1988-1991) say `Product(s): See article` and have no
 * "applies to" list; each carries exactly one keyword naming the section of
 * the Microsoft Programmer's Library it was filed in (`mspl13_c` 1,274,
 * `mspl13_basic` 1,916, `mspl13_masm` 159). That section is the only product
 * the article itself states, so it becomes the product; the bare versions stay
 * unattached (one value mixes QuickBASIC's 4.50 with the BASIC compiler's 6.00).
 */
export const SECTION_KEYWORDS: Readonly<Record<string, string>> = {
  mspl13_basic: 'Microsoft BASIC',
  mspl13_c: 'Microsoft C Compiler',
  mspl13_masm: 'Microsoft Macro Assembler',
};

/** "Applies to" lines that name no product. */
export const LIST_JUNK: readonly JunkRule[] = [
  // 202 lines: an editor's note left in ("*EDITOR Please do not choose this product*Microsoft Visual C++ 32-bit Edition* use 241, 265, ...")
  { pattern: /^\*EDITOR/, why: "an editor's note, not a product" },
  { pattern: /^[\s|,;:.*-]*$/, why: 'empty or punctuation only' },
];

/** Named releases as version lists sort them: after the numbers they came between. */
export const VERSION_ORDER: Readonly<Record<string, number>> = { Me: 2000.5, XP: 2001 };

/**
 * Words before `Edition` that name an edition of the product (`Microsoft Visual
 * Basic Enterprise Edition for Windows`); the edition becomes the product's
 * sub-label, the product stays one facet. A year before `edition` is a version.
 */
export const EDITION_QUALIFIERS: readonly string[] = [
  'Standard', 'Professional', 'Enterprise', 'Learning', 'Deluxe Learning', 'Control Creation', 'Terminal Server',
  'Exchange Server', 'Developer', 'Small Business', 'Scripting', 'Second', 'Third', 'Fourth', 'Fifth', 'Updated',
  'Japanese', 'Pan Chinese', 'Publisher\'s', 'Intro', 'multimedia', 'Deluxe Multimedia', 'Deluxe', 'Academic',
  'Macintosh', 'Premium', 'Personal', 'Home', 'Workgroup', 'Desktop', 'Evaluation', 'Trial', 'Upgrade', 'Special',
];

/**
 * A line that ends by naming the system it runs on (`Microsoft Plus! for Windows 95`):
 * the number there is the system's, not a version of the product.
 */
export const LIST_PLATFORM_PHRASE = /\b(?:for|on) (?:Microsoft )?(?:Windows(?: NT)?|MS-DOS|OS\/2|Macintosh)(?: (?:95|98|2000|NT|3\.1|3\.x|Me|XP|[\d.]+ and later))*$/i;

/** `Product(s):` values that name no product. */
export const PRODUCT_JUNK: readonly JunkRule[] = [
  // 3349 articles, mostly the 1988-1991 language products: the product is in the body's "applies to" list.
  { pattern: /^see article$/i, why: 'a pointer to the body, not a product' },
  { pattern: /^[\s|,;:.-]*$/, why: 'empty or punctuation only' },
];

/**
 * Fixes applied in order to a whole `Version(s):` value before splitting.
 * Service packs end up as ` SPn` after the number they patch.
 */
export const VERSION_REWRITES: readonly Rewrite[] = [
  { pattern: /\b(ms)[-_ ]+(dos)\b/gi, replacement: '$1-$2', why: '`MS- DOS:`: prefixes are one word' },
  { pattern: /\bwindows +nt(?= *:)/gi, replacement: 'WINNT', why: '`WINDOWS NT:`: prefixes are one word' },
  { pattern: /service pack\s*(\d)/gi, replacement: 'SP$1', why: '`4.01 Service Pack 2`' },
  { pattern: /(\d)\s*sp\s*(\d+[a-z]?)\b/gi, replacement: '$1 SP$2', why: '`4.0SP1`, `97sp2`, `6.0 sp1`' },
  { pattern: /(^|[\s,;:])sp(\d+[a-z]?)\b/gi, replacement: '$1SP$2', why: '` sp2` after `6.0 sp1,`' },
  { pattern: /^m(?=\d)/, replacement: '', why: '`m7.00 7.10`: a stray keystroke (5 articles)' },
  { pattern: /\b(windows|winnt)(?=\d)/gi, replacement: '$1:', why: '`WINDOWS4.0,5.0`, `WinNT4.0`: the colon left out' },
  { pattern: /(^|,)l\.(\d)/g, replacement: '$11.$2', why: '`l.5`: a letter l for a one' },
  { pattern: /(^|[:,])(\d),0(?=$|[,;|\s])/g, replacement: '$1$2.0', why: '`WinNT:4.0,5,0`: a comma for the dot (no version is 0)' },
  { pattern: /(\d\.\d+[a-z]?)\.(?=[\s,;|]|$)/gi, replacement: '$1', why: '`4.0.`, `5.0. 5.5`: a full stop after the number' },
  { pattern: /\b(\d{2,4}) editions\b/gi, replacement: '$1 edition', why: '`1994 editions` is `1994 edition`' },
];

/** A version number: `4.0`, `3.0a`, `6.00ax`, `5.x`, `1.1x`, `5.31.009`, `2.0a-CD`. */
const NUM = String.raw`\d+(?:\.\d+)*(?:\.?x|[a-z]{1,2})?(?:-CD)?`;
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * The shapes a single version item (one comma-separated entry, after its
 * platform prefix) can take. The label is the item with spaces collapsed.
 */
export const VERSION_FORMS: readonly RegExp[] = [
  new RegExp(`^${NUM}$`, 'i'),
  // 4.0 SP1, 3.0 U.S. SP1, 3.0 SP1 and above, 4.0 beta 2
  new RegExp(`^${NUM} (?:U\\.S\\. )?SP\\d+[a-z]?(?: and (?:above|later))?$`, 'i'),
  new RegExp(`^${NUM} (?:\\(all(?: SPs?| service packs| versions)?\\)|Service Release \\d+(?: \\(SR-\\d+\\))?|OEM Only|\\(OEM Release\\)|\\(GA\\)|Second Edition|Professional Edition|upgrade edition|Japanese|Korean|\\(Spanish version\\)|and later|beta \\d+|on CD-ROM|with CD-ROM|SP)$`, 'i'),
  // 1994 edition, Fall 1993 edition, '94-'95 edition, 1996-1997, Spring 1994, for September 1995
  new RegExp(`^(?:for )?(?:(?:Fall|Spring|${MONTH}) )?'?\\d{2,4}(?:-'?\\d{2,4})?(?: edition)?$`, 'i'),
  /^Build \d+(?:\.\d+)*$/i,
  /^(?:Service Release \d+(?: \(SR-\d+\))?|SR-\d+(?: Enterprise Update)?)$/i,
  /^(?:Trial Version|Beta|Japanese|RC\d+|Part \d+|multimedia edition|\(all versions and editions\))$/i,
];

/** A service pack on its own (`6.0 SP1, SP2`) patches the version before it. */
export const VERSION_CONTINUATION = /^SP\d+[a-z]?$/i;

export const VERSION_JUNK: readonly JunkRule[] = [
  { pattern: /^\d+\.$/, why: '`2.`: a number cut after its dot' },
  { pattern: /^\(all\)$/i, why: '`(all)` with nothing to qualify' },
  { pattern: /^Build$/i, why: '`Build` whose number was cut off with the line' },
];

/**
 * The source cuts header values at 86 or 87 characters (the footer keeps
 * them whole); a value this long may end mid-token (`kbGrpDS` for `kbGrpDSVB`).
 */
export const HEADER_VALUE_LIMIT = 86;

/** Characters stripped from both ends of a keyword token (`ENDUSER|`). */
export const KEYWORD_TRIM = /^[|,;]+|[|,;]+$/g;

/** Keyword tokens that are not keywords, tried in order before `KEYWORD_SHAPE`. */
export const KEYWORD_JUNK: readonly JunkRule[] = [
  { pattern: /^$/, why: 'nothing left after trimming `|`' },
  { pattern: /^sr#$/, why: '`SR#`: the label of a service request number' },
  { pattern: /^[sg]\d{6}-\d*$/, why: '`S900517-71`: a service request number' },
  { pattern: /^(?:k|kb)$/, why: 'the start of a keyword cut at the line limit' },
  { pattern: /^_ik$/, why: '`_IK`: an empty index marker' },
  { pattern: /^\d+\.\d+[a-z]?$/, why: '`4.00`, `6.00a`: a version number in the keyword list' },
  { pattern: /^\d{1,2}$/, why: '`7`, `87`: a bare small number (chip and error numbers like `80287`, `4051` are kept)' },
  { pattern: /^.$/, why: 'a single character' },
  { pattern: /^\d+%$/, why: '`0%`' },
];

/** What a keyword looks like once case-folded (`kbnetwork`, `buglist4.00b`, `_ik283`, `readme.doc`). */
export const KEYWORD_SHAPE = /^[a-z0-9_][a-z0-9_.#+&/-]*[a-z0-9_#+]$/;

/** `Operating System(s):` values that are not operating systems. */
export const OS_JUNK: readonly JunkRule[] = [
  { pattern: new RegExp(`^${NUM}(?: +${NUM})*$`, 'i'), why: '`5.10`, `6.00 6.00a`: version numbers in the OS field' },
  { pattern: /^[\s|,;:.-]*$/, why: 'empty or punctuation only' },
];

/** Years a KB article of this archive can plausibly have been modified in; others are reported, not faceted. */
export const YEAR_RANGE = { min: 1980, max: 2003 } as const;
