/**
 * The numeric `#define`s of a C header, evaluated: `__MSABI_LONG(5)`,
 * `_HRESULT_TYPEDEF_(0x80070005)`, `((NTSTATUS)0xC0000005)`,
 * `(WSABASEERR + 60)`, `MAKE_MAPI_E(0x102)` and names defined earlier.
 * Enough C for the error headers, nothing more: a body it cannot read gives
 * `value: null` rather than a guess.
 */

export interface Define {
  name: string;
  /** The 32-bit value (unsigned), or null when the body is not a constant expression of known names. */
  value: number | null;
  /** The cast or typedef macro the value was written with (`NTSTATUS`, `HRESULT`, `ULONG`), or null for a plain number. */
  cast: string | null;
  /** The body is just another name (`MAPI_E_NO_ACCESS E_ACCESSDENIED`): an alias, not the value's own name. */
  alias: boolean;
}

const MACROS: Record<string, (value: number) => number> = {
  // mapicode.h: MAKE_MAPI_SCODE(1, FACILITY_ITF, err) and MAKE_MAPI_SCODE(0, FACILITY_ITF, warn)
  MAKE_MAPI_E: (value) => (0x80040000 | value) >>> 0,
  MAKE_MAPI_S: (value) => (0x00040000 | value) >>> 0,
};

/** A constant C expression of numbers, `+ - | << ( )` only. */
function evaluate(expression: string): number | null {
  const tokens = expression.match(/0x[0-9a-f]+|\d+|<<|[-+|()]/gi);
  if (!tokens || tokens.join('') !== expression.replace(/\s+/g, '')) return null;
  let at = 0;
  const primary = (): number | null => {
    const token = tokens[at++];
    if (token === '(') {
      const value = binary(0);
      return tokens[at++] === ')' ? value : null;
    }
    if (token === '-') {
      const value = primary();
      return value === null ? null : -value;
    }
    return token !== undefined && /^(?:0x[0-9a-f]+|\d+)$/i.test(token) ? Number(token) : null;
  };
  const PRECEDENCE: Record<string, number> = { '|': 1, '<<': 2, '+': 3, '-': 3 };
  const binary = (min: number): number | null => {
    let left = primary();
    while (left !== null && at < tokens.length && (PRECEDENCE[tokens[at]!] ?? 0) > min) {
      const op = tokens[at++]!;
      const right = binary(PRECEDENCE[op]!);
      if (right === null) return null;
      left = op === '|' ? left | right : op === '<<' ? left << right : op === '+' ? left + right : left - right;
    }
    return left;
  };
  const value = binary(0);
  return value !== null && at === tokens.length ? value >>> 0 : null;
}

export function headerDefines(text: string): Define[] {
  const known = new Map<string, number>();
  const defines: Define[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*#\s*define\s+([A-Za-z_]\w*)\s+(.+?)\s*(?:\/\*.*|\/\/.*)?$/.exec(line);
    if (!m) continue;
    const [, name, raw] = m as unknown as [string, string, string];
    let body = raw;
    let cast: string | null = null;
    const typed = /^_HRESULT_TYPEDEF_\((.+)\)$/.exec(body);
    if (typed) [cast, body] = ['HRESULT', typed[1]!];
    const casted = /^\(\s*\(\s*(NTSTATUS|HRESULT|SCODE|ULONG|DWORD|LONG)\s*\)\s*(.+)\)$/.exec(body);
    if (casted) [cast, body] = [casted[1]!, casted[2]!];
    body = body.replace(/__MSABI_LONG\(([^()]+)\)/g, '$1').replace(/\b(0x[0-9a-f]+|\d+)[ul]+\b/gi, '$1');
    const alias = /^[A-Za-z_]\w*$/.test(body) && known.has(body);
    const macro = /^(MAKE_MAPI_[ES])\((.+)\)$/.exec(body);
    const substituted = (macro ? macro[2]! : body).replace(/[A-Za-z_]\w*/g, (word) => (/^0x/i.test(word) ? word : String(known.get(word) ?? word)));
    let value = evaluate(substituted.replace(/\b(0x[0-9a-f]+)\b/gi, (hex) => String(parseInt(hex, 16))));
    if (value !== null && macro) value = MACROS[macro[1]!]!(value);
    if (value !== null) known.set(name, value);
    defines.push({ name, value, cast, alias });
  }
  return defines;
}
