/**
 * Split a raw `Version(s):` value into (platform, version) pairs.
 *
 *   `MS-DOS:5.0,6.0; WINDOWS:3.1`  -> MS-DOS 5.0, MS-DOS 6.0, Windows 3.1
 *   `winnt:4.0,4.0 SP1`            -> Windows NT 4.0, Windows NT 4.0 SP1
 *   `4.00 4.00b | 4.00 4.00b`      -> 4.00, 4.00b (twice; the caller dedupes)
 *   `WINDOWS:`                     -> the platform alone
 *
 * Groups are separated by `;` or `|`; inside a group a `Name:` prefix sets
 * the platform for the comma-separated items after it, until the next one.
 */
import { aliasLookup, junkRule, tidy } from './match.ts';
import {
  HEADER_VALUE_LIMIT,
  PLATFORMS,
  PLATFORM_JUNK,
  VERSION_CONTINUATION,
  VERSION_FORMS,
  VERSION_JUNK,
  VERSION_REWRITES,
} from './rules.ts';
import type { RejectReason } from './types.ts';

export interface VersionPair {
  /** Canonical platform label, or null when none (or none known) was given. */
  platform: string | null;
  version: string;
  /** Came from the last item of a value cut at the source's column limit. */
  suspect: boolean;
}

export interface VersionRejection {
  /** `os` for a platform name, `version` for a version item. */
  kind: 'os' | 'version';
  raw: string;
  reason: Extract<RejectReason, 'unmatched' | 'junk' | 'truncated'>;
}

export interface ParsedVersions {
  pairs: VersionPair[];
  /** Every known platform named, with or without versions after it. */
  platforms: string[];
  rejected: VersionRejection[];
  /** How many platform names and version items were looked at. */
  examined: { os: number; version: number };
}

const platformOf = aliasLookup(PLATFORMS);
/** A `Name:` prefix at the start of a group or after a space or comma; the name may be empty (`; :1.0`). */
const PREFIX = /(?<=^|[\s,])([A-Za-z][\w/.\\-]*)?\s*:/g;
const LEADING_NUMBER = /^\d+(?:\.\d+)*(?:\.?x|[a-z]{1,2})?/i;

interface Item {
  platform: string | null;
  /** The item's text; null for the `Name:` prefix itself, which only names the platform. */
  text: string | null;
}

// The catalog has ~5,000 distinct values for 60,000 articles.
const parsed = new Map<string, ParsedVersions>();

/** The parse of `raw`, shared between equal inputs: treat it as read-only. */
export function parseVersions(raw: string): ParsedVersions {
  let result = parsed.get(raw);
  if (!result) parsed.set(raw, (result = parse(raw)));
  return result;
}

function parse(raw: string): ParsedVersions {
  const result: ParsedVersions = { pairs: [], platforms: [], rejected: [], examined: { os: 0, version: 0 } };
  const cut = raw.length >= HEADER_VALUE_LIMIT;
  const text = VERSION_REWRITES.reduce((acc, rule) => acc.replace(rule.pattern, rule.replacement), raw);
  const items: Item[] = [];
  for (const group of text.split(/[;|]/)) {
    for (const { name, body } of splitPrefixes(group)) {
      const platform = name === '' ? null : resolvePlatform(name, result);
      if (platform !== null) items.push({ platform, text: null });
      for (const part of body.split(',')) {
        const item = tidy(part);
        if (item !== '') items.push({ platform, text: item });
      }
    }
  }
  let base: string | null = null;
  const last = items.findLastIndex((item) => item.text !== null);
  items.forEach((item, index) => {
    // Platforms are listed in the order the value names them.
    if (item.text === null) return void result.platforms.push(item.platform!);
    const suspect = cut && index === last;
    // `4.00 4.00b 4.50`, `5.0 5.0 SP1`, `3.11 Win95`: words that each mean something on their own.
    const split = classify(item.text) === 'unmatched' ? item.text.split(' ') : [item.text];
    const words = split.length > 1 && split.every((word) => classify(word) !== 'unmatched') ? split : [item.text];
    words.forEach((word, w) => {
      let what = classify(word);
      if (what === 'platform') {
        // A bare platform name among the versions (`WFW:3.11;Win95`) names a platform, not a version.
        result.examined.os += 1;
        result.platforms.push(platformOf(word)!.label);
        return;
      }
      result.examined.version += 1;
      if (what === 'continuation' && base === null) what = 'unmatched';
      if (what === 'version' || what === 'continuation') {
        const version = what === 'version' ? word : `${base} ${word.toUpperCase()}`;
        result.pairs.push({ platform: item.platform, version, suspect: suspect && w === words.length - 1 });
        base = LEADING_NUMBER.exec(version)?.[0] ?? base;
        return;
      }
      result.rejected.push({ kind: 'version', raw: word, reason: what === 'junk' ? 'junk' : suspect ? 'truncated' : 'unmatched' });
    });
  });
  return result;
}

type ItemKind = 'version' | 'continuation' | 'platform' | 'junk' | 'unmatched';

/** What a version item (or one word of it) is, by the first table that knows it. */
function classify(text: string): ItemKind {
  if (VERSION_FORMS.some((form) => form.test(text))) return 'version';
  if (VERSION_CONTINUATION.test(text)) return 'continuation';
  if (platformOf(text)) return 'platform';
  if (junkRule(VERSION_JUNK, text)) return 'junk';
  return 'unmatched';
}

/** The group cut at each `Name:` prefix; text before the first prefix has the empty name. */
function splitPrefixes(group: string): Array<{ name: string; body: string }> {
  const parts: Array<{ name: string; body: string }> = [];
  let name = '';
  let start = 0;
  for (const match of group.matchAll(PREFIX)) {
    parts.push({ name, body: group.slice(start, match.index) });
    name = match[1] ?? '';
    start = match.index + match[0].length;
  }
  parts.push({ name, body: group.slice(start) });
  return parts;
}

function resolvePlatform(name: string, result: ParsedVersions): string | null {
  result.examined.os += 1;
  const rule = platformOf(name);
  if (rule) return rule.label;
  result.rejected.push({ kind: 'os', raw: name, reason: junkRule(PLATFORM_JUNK, name) ? 'junk' : 'unmatched' });
  return null;
}
