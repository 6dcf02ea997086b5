/**
 * Versions compared as versions: 3.1 < 3.11 < 4.0 < 4.0 SP2 < 95 < 97 < 2000,
 * not as text (where 2000 < 3.1). Numbers compare by value part by part
 * (`4.00` is `4.0`), a letter suffix comes after the bare number (`3.0` <
 * `3.0a`), a shorter version before its extensions (`4.0` < `4.0 SP2`), and
 * named releases (`Me`, `XP`) sort where `VERSION_ORDER` puts them.
 */
import { VERSION_ORDER } from './rules.ts';

type Part = number | string;

const parsed = new Map<string, Part[]>();

function parts(version: string): Part[] {
  let result = parsed.get(version);
  if (!result) {
    const named = VERSION_ORDER[version.split(' ')[0]!];
    const text = named === undefined ? version : `${named}${version.slice(version.split(' ')[0]!.length)}`;
    result = (text.match(/\d+(?:\.\d+)?|[^\d\s.]+/g) ?? []).flatMap((token): Part[] =>
      /^\d/.test(token) ? token.split('.').map(Number) : [token.toLowerCase()],
    );
    parsed.set(version, result);
  }
  return result;
}

export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    // A number before a word at the same place: `4.0 SP2` after `4.0`, `3.0a` after `3.0`, `2.5` before `2.5x`
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same version however written: `4.00` and `4.0`, `SP2` and `sp2`. */
export function sameVersion(a: string, b: string): boolean {
  return versionKey(a) === versionKey(b);
}

/** One key per version however written (`4.00` and `4.0`): for sets of versions. */
export function versionKey(version: string): string {
  return parts(version).join(' ');
}
