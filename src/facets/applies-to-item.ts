/**
 * One line of an article's "applies to" list read as product, edition and
 * versions. The shapes, most common first:
 *
 *   `Microsoft Exchange Server, version 4.0`                                 name, versions
 *   `Microsoft Visual Basic Enterprise Edition for Windows, versions 5.0, 6.0` an edition inside the name
 *   `Microsoft Visual C++, 32-bit Learning Edition, version 6.0`            an edition after a comma
 *   `Microsoft Windows NT Server version 4.0, Terminal Server Edition`       an edition after the versions
 *   `Microsoft SQL Server 7.0 SP1`, `Microsoft Windows 2000 Server`         the version at the end, no keyword
 *   `Microsoft Word 97 for Windows`                                          a number inside the name stays in it
 *   `the operating system: Microsoft Windows NT 4.0`                         an operating system
 *   `The Microsoft Foundation Classes (MFC), used with:`                     a product whose nested lines follow
 *
 * Product names go through the one mapping table (`rules.ts`), so the list's
 * `Microsoft Exchange Server` and the header's `Microsoft Exchange` are one
 * product. A number that is part of a name (`Word 97`, `Motocross Madness 2`)
 * is never read as a version: a version is only what the line calls one, or a
 * dotted or year-like number that ends the line.
 */
import { aliasLookup, fold, junkRule, tidy } from './match.ts';
import { EDITION_QUALIFIERS, LIST_JUNK, LIST_PLATFORM_PHRASE, PLATFORMS, PRODUCTS, type ProductRule } from './rules.ts';
import type { AppliesToItem } from './types.ts';

const productOf = aliasLookup(PRODUCTS);
const platformOf = aliasLookup(PLATFORMS);

const ROLE = /^the (operating system|hardware)\s*:\s*/i;
/** What ends a line that introduces nested lines: `, used with:`, `, on platform(s):`. */
const INTRODUCES = /,?\s*(?:(?:used|included) with|(?:as they )?apply to|on platform\(s\)|on the following platforms?)?\s*:\s*$/i;
/** `, version 4.0`, ` versions 3.1, 3.11`: the keyword, then a version. */
const VERSIONS_KEYWORD = /(?:,\s*|\s+)versions?\s+(?=[\d'(]|SP\d)/i;
/** One version as the list writes it: `4.0`, `3.0a`, `2.5x`, `'95`, `1994-1995`, `4.0 SP4`, `5.0 beta 2`. */
const VERSION = /^(?:\d+(?:\.\d+)*[a-z]{0,2}|'\d\d)(?:-'?\d{2,4})?(?: (?:SP\d+[a-z]?|beta \d+|OEM|Update))*$/i;
const DATED_EDITION = /^(\d{4}(?:-\d{2,4})?|'\d\d) editions?$/i;
const SERVICE_PACKS = /^(.*\d[a-z]?) Service Packs? (\d+[a-z]?)$/i;
/** A version that ends a line without the keyword: dotted, or a year-like release number (`97`, `2000`). */
const TRAILING_VERSION = /^(.*\S)\s+(\d+\.\d+[a-z]{0,2}(?: SP\d+[a-z]?)?|(?:9\d|19\d\d|20\d\d)(?: SP\d+[a-z]?)?|\((?:19|20)\d\d\))$/i;
const BITNESS = /,\s*(\d\d-bit),?/i;
const QUALIFIED_EDITION = new RegExp(String.raw`(?:,\s*|\s+)((?:\d\d-bit )?(?:${EDITION_QUALIFIERS.join('|')}) [Ee]ditions?|\d\d-bit [Ee]ditions?)(?=,|\s|$)`);

const read = new Map<string, AppliesToItem>();

/** The item for one line (shared between equal lines: treat it as read-only). */
export function readAppliesToItem(line: string): AppliesToItem {
  let item = read.get(line);
  if (!item) read.set(line, (item = parse(line)));
  return item;
}

function parse(line: string): AppliesToItem {
  let text = tidy(line).replace(/service pack\s*(\d)/gi, 'SP$1').replace(/(\d)\s*sp\s*(\d)/gi, '$1 SP$2');
  const role = ROLE.exec(text);
  text = text.slice(role?.[0].length ?? 0).replace(INTRODUCES, '').trim();
  const editions: string[] = [];
  let versions: string[] = [];

  const keyword = VERSIONS_KEYWORD.exec(text);
  if (keyword) {
    const list = readVersionList(text.slice(keyword.index + keyword[0].length));
    versions = list.versions;
    text = text.slice(0, keyword.index);
    if (list.rest !== '') editions.push(list.rest);
  } else {
    // `Microsoft Cinemania for Windows, 1992, 1993 editions`: dated editions without the keyword
    const dated = /^(.*?),\s*((?:\d{4}, )*\d{4} editions?)$/i.exec(text);
    if (dated) {
      text = dated[1]!;
      versions = readVersionList(dated[2]!).versions;
    }
  }
  text = takeEditions(text, editions);
  if (versions.length === 0) {
    const trailing = trailingVersion(text);
    if (trailing) {
      text = trailing.name;
      versions = [trailing.version];
      if (trailing.edition) editions.unshift(trailing.edition);
    }
  }
  const name = tidy(text.replace(/,\s*$/, ''));
  const kind = role ? (role[1]!.toLowerCase() === 'hardware' ? 'hardware' : 'os') : 'product';
  if (kind === 'os') return osItem(name, versions, editions);
  if (kind === 'hardware') return { role: kind, product: name, known: false, edition: null, versions, platform: null };
  return productItem(name, versions, editions);
}

/** `5.0, 6.0`, `5.5 Service Packs 1, 2, 3`, `4.0, 4.0 SP4, Terminal Server Edition`: the versions and what follows them. */
function readVersionList(text: string): { versions: string[]; rest: string } {
  const versions: string[] = [];
  const tokens = text.split(/\s*,\s*|\s+and\s+/);
  let base: string | null = null;
  let servicePacks = false;
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!.trim();
    const packs = SERVICE_PACKS.exec(token);
    const dated = DATED_EDITION.exec(token);
    if (packs) {
      base = packs[1]!;
      servicePacks = true;
      versions.push(`${base} SP${packs[2]}`);
    } else if (servicePacks && /^\d+[a-z]?$/i.test(token)) {
      versions.push(`${base} SP${token}`);
    } else if (/^SP\d+[a-z]?$/i.test(token) && base !== null) {
      versions.push(`${base} ${token.toUpperCase()}`);
    } else if (dated) {
      versions.push(`${dated[1]} edition`);
    } else if (/^\(all(?: versions(?: and editions)?)?\)$/i.test(token)) {
      continue;
    } else if (VERSION.test(token)) {
      servicePacks = false;
      base = /^\S+/.exec(token)![0];
      versions.push(token);
    } else {
      // `5.5 for Windows 98`: the last version, then the system it is for
      const platform = /^(\S+) ((?:for|on) .*)$/.exec(token);
      if (platform && VERSION.test(platform[1]!)) {
        versions.push(platform[1]!);
        tokens[i] = platform[2]!;
      }
      break;
    }
  }
  // `1992, 1993 editions`: the word after the last year covers them all
  const dated = versions.some((version) => version.endsWith(' edition'));
  return {
    versions: versions.map((version) => (dated && /^\d{4}(?:-\d{2,4})?$/.test(version) ? `${version} edition` : version)),
    rest: tokens.slice(i).join(', ').trim(),
  };
}

/** Removes the editions named inside the name (`Enterprise Edition`, `, 32-bit,`) into `editions`. */
function takeEditions(text: string, editions: string[]): string {
  let name = text;
  for (let match = QUALIFIED_EDITION.exec(name); match; match = QUALIFIED_EDITION.exec(name)) {
    editions.push(match[1]!);
    name = `${name.slice(0, match.index)}${name.slice(match.index + match[0].length)}`;
  }
  const bits = BITNESS.exec(name);
  if (bits) {
    editions.push(bits[1]!);
    name = `${name.slice(0, bits.index)}${name.slice(bits.index + bits[0].length)}`;
  }
  return tidy(name.replace(/\s+,/g, ','));
}

/** `Microsoft Windows 2000 Server` -> 2000 + Server; `Microsoft SQL Server 7.0 SP1` -> 7.0 SP1; never `for Windows 95`. */
function trailingVersion(text: string): { name: string; version: string; edition: string | null } | null {
  if (LIST_PLATFORM_PHRASE.test(text)) return null;
  const plain = TRAILING_VERSION.exec(text);
  if (plain) return { name: plain[1]!, version: plain[2]!.replace(/[()]/g, ''), edition: null };
  // An edition word after the version: the product's own editions (`2000 Server`, `XP Professional`)
  const words = /^(.*\S)\s+((?:\S+\s+)?\S+)$/.exec(text);
  for (const split of words ? [1, 2] : []) {
    const parts = text.split(' ');
    const edition = parts.slice(-split).join(' ');
    const rest = parts.slice(0, -split).join(' ');
    const version = TRAILING_VERSION.exec(rest);
    if (version && familyOf(version[1]!)?.editions?.some((known) => fold(known) === fold(edition))) {
      return { name: version[1]!, version: version[2]!, edition };
    }
  }
  return null;
}

function familyOf(name: string): ProductRule | undefined {
  return productOf(name) ?? productOf(name.replace(/^The /i, ''));
}

function productItem(name: string, versions: string[], editions: string[]): AppliesToItem {
  const junk = junkRule(LIST_JUNK, name) !== undefined;
  let rule = junk ? undefined : familyOf(name);
  if (!rule && !junk) {
    // `Microsoft Windows NT Server`, `Microsoft Windows XP Professional`: the product's own words after its name
    const family = splitFamily(name);
    if (family) {
      rule = family.rule;
      if (family.edition) editions.unshift(family.edition);
      if (family.release && versions.length === 0) versions = [family.release];
    }
  }
  return {
    role: junk ? 'junk' : 'product',
    // `The Standard C++ Library` and `Standard C++ Library` are one product the table does not know
    product: rule?.label ?? name.replace(/^The\s+/i, ''),
    known: rule !== undefined,
    edition: editions.length > 0 ? editions.join(', ') : null,
    versions,
    platform: rule?.platform ?? null,
  };
}

/** The product whose name starts `name`, with the release and edition words that end it. */
function splitFamily(name: string): { rule: ProductRule; release: string | null; edition: string | null } | null {
  const parts = name.split(' ');
  for (let split = 1; split <= 3 && split < parts.length; split++) {
    const rule = familyOf(parts.slice(0, -split).join(' '));
    if (!rule) continue;
    const tail = parts.slice(-split);
    for (let r = tail.length; r >= 0; r--) {
      const releaseWords = tail.slice(0, r).join(' ');
      const editionWords = tail.slice(r).join(' ');
      const release = r === 0 ? null : (Object.entries(rule.releases ?? {}).find(([words]) => fold(words) === fold(releaseWords))?.[1] ?? undefined);
      const edition = editionWords === '' ? null : (rule.editions?.find((known) => fold(known) === fold(editionWords)) ?? undefined);
      if (release !== undefined && edition !== undefined && (release !== null || edition !== null)) return { rule, release, edition };
    }
  }
  return null;
}

/** `the operating system: Microsoft Windows 98 Second Edition` -> Windows 98. */
function osItem(name: string, versions: string[], editions: string[]): AppliesToItem {
  const bare = name.replace(/^Microsoft\s+/i, '');
  const candidates = [...versions.map((v) => `${bare} ${v}`), ...editions.map((e) => `${bare} ${e}`), bare];
  for (const candidate of candidates) {
    const rule = platformOf(candidate) ?? platformOf(candidate.replace(/ SP\d+[a-z]?$/i, ''));
    if (rule) return { role: 'os', product: rule.label, known: true, edition: null, versions, platform: rule.label };
  }
  return { role: 'os', product: name, known: false, edition: null, versions, platform: null };
}
