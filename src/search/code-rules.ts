/**
 * The shapes of error codes in KB text, one rule per shape, each turning a
 * match into a canonical key. Index and query side run the same rules
 * (`scanCodes`), so `c0000005`, `0xC0000005` and `(0xc0000005),` all meet at
 * `0xc0000005`. The query side is `lenient`: `0000000A` typed into the search
 * box is a code, while the same token in a stack dump is not.
 */
import { WINSOCK_ERRORS, WINSOCK_NUMBERS } from './winsock-errors.ts';

export type CodeKind = 'hex' | 'stop' | 'event' | 'wsa' | 'error';

export interface CodeHit {
  kind: CodeKind;
  /** `0xc0000005`, `stop-0x0000000a`, `event-9405`, `wsa-10060` or `error-1311`. */
  key: string;
  /** The matched text, label included (`Event ID: 9405`, `STOP 0xA`). */
  text: string;
  /** Offset of `text` in the scanned string. */
  index: number;
}

/** `0x` and eight lower-case hex digits: the one spelling of a 32-bit status value. */
export function hexKey(digits: string): string {
  return `0x${digits.toLowerCase().padStart(8, '0')}`;
}

function decimalKey(kind: 'event' | 'wsa' | 'error' | 'n', digits: string): string {
  return `${kind}-${Number(digits)}`;
}

/** The text on the same line, up to `width` characters before `index`. */
function before(text: string, index: number, width: number): string {
  const from = Math.max(0, index - width);
  const slice = text.slice(from, index);
  return slice.slice(slice.lastIndexOf('\n') + 1);
}

function after(text: string, end: number, width: number): string {
  const slice = text.slice(end, end + width);
  const newline = slice.indexOf('\n');
  return newline === -1 ? slice : slice.slice(0, newline);
}

// "Exception c0000005 occurred at Address 77f3cbcd": the address is indexed as
// plain text but is no error code; neither are register values in a dump.
const ADDRESS_BEFORE = /\b(?:address|addr|base)\s*[:=]?\s*["'(]?$/i;
// A bare "at" names an address too ("occurred at 77f3cbcd"), but not before a
// well-known status value: "an access violation in Explorer at 0xc0000005".
const AT_BEFORE = /\bat\s*[:=]?\s*["'(]?$/i;
const WELL_KNOWN_STATUS = /^(?:0x)?0*(?:c000[0-9a-f]{4}|800[0-9a-f]{5})$/i;
const REGISTER_BEFORE = /\b(?:e?[abcd]x|e?[sd]i|e?[bs]p|eip|efl|[c-gs]s|cr[0-4]|dr[0-7])\s*=\s*$/i;

function isValueContext(text: string, index: number, value: string): boolean {
  const lead = before(text, index, 24);
  if (ADDRESS_BEFORE.test(lead) || REGISTER_BEFORE.test(lead)) return false;
  return !AT_BEFORE.test(lead) || WELL_KNOWN_STATUS.test(value);
}

// NTSTATUS errors (c0...), HRESULT failures (80...) and exception codes (e0...):
// the shapes of status values that KB text writes without a 0x prefix.
const STATUS_SHAPE = /^(?:c0|80|e0)/i;

const WINSOCK_BEFORE = /(?:socket|winsock|wsa|tcp|connect|error|err\b|rc\b|code|fail)/i;
const WINSOCK_AFTER =
  /^\W{0,6}(?:wsa|address (?:already )?in use|software caused connection|connection (?:timed out|refused|reset)|network is (?:down|unreachable)|no route to host|host is unreachable|no buffer space)/i;

type Emit = (kind: CodeKind, key: string, text: string, index: number) => void;

interface Rule {
  pattern: RegExp;
  apply(match: RegExpExecArray, text: string, emit: Emit, lenient: boolean): void;
}

const RULES: readonly Rule[] = [
  {
    // 0xC0000005, hr=0xc0000835, STOP:0x00000098(, 0x80004005L, and VB's &H80004005
    pattern: /(?<![0-9a-z_])(?:0x|&h)0*([0-9a-f]{1,8})(?:u?l{1,2}|u|&)?(?![0-9a-z_])/gi,
    apply(m, text, emit) {
      if (isValueContext(text, m.index, m[1]!)) emit('hex', hexKey(m[1]!), m[0], m.index);
    },
  },
  {
    // c0000005, code-C0000005, $80004005, 80004005-0507-00000469; not a GUID's first
    // group, an address or a register value
    pattern: /(?<![0-9a-z_#&])([0-9a-f]{8})(?![0-9a-z_])(?!-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi,
    apply(m, text, emit, lenient) {
      const digits = m[1]!;
      if (!/\d/.test(digits)) return;
      // typed alone, 0000007B is a STOP code; in an article it is a dump word
      const shaped = STATUS_SHAPE.test(digits) || (lenient && digits.startsWith('00'));
      if (shaped && isValueContext(text, m.index, digits)) emit('hex', hexKey(digits), m[0], m.index);
    },
  },
  {
    // -2147467259 is 0x80004005 and -1073741819 is 0xC0000005, as VB prints them
    pattern: /(?<![0-9a-z_.-])-([12]\d{9})(?![\d.])/gi,
    apply(m, _text, emit) {
      const value = Number(m[1]);
      if (value <= 2 ** 31) emit('hex', hexKey((2 ** 32 - value).toString(16)), m[0], m.index);
    },
  },
  {
    // STOP 0x0000000A, STOP: 0xA, Stop 0A, STOP c000021a, Stop error 0x7B, Bugcheck 0000001e,
    // and the nine-digit STOP 0x000000050 some articles print
    pattern:
      /\b(?:stop(?:\s+(?:error|code|message|screen))?|bug\s?check(?:\s+code)?)\s*[:=,]?\s*(?:(?:code|error)\s*[:=]?\s*)?(?:0x0*([0-9a-f]{1,8})|0*([0-9a-f]{2,8}))(?![0-9a-z_])/gi,
    apply(m, _text, emit) {
      const prefixed = m[1];
      const bare = m[2];
      // "Stop a service", "stop CD playing": a bare value must contain a digit
      if (bare !== undefined && !/\d/.test(bare)) return;
      emit('stop', `stop-${hexKey(prefixed ?? bare!)}`, m[0], m.index);
    },
  },
  {
    // Event ID 9405, Event ID = 9405:, event id: 9405, EventID 9405, Event IDs 4032, 4057 and
    // 4125, and "MSExchangeMTAEvent ID 9405" where a log's columns ran together
    pattern:
      /(?:\b|(?<=[a-z])(?=event\s*ids?\b))event(?:\s*(?:id|identifier|number|no\.?|#))?(?:s|\(s\))?\s*(?:[:=#,]|is)?\s*\(?\s*(\d{1,5})(?![\dx])(?![.,]\d)/gi,
    apply(m, text, emit) {
      emit('event', decimalKey('event', m[1]!), m[0], m.index);
      // a list continues with ", 4057", " and 4125", " &amp; 4287"
      const more = /^\s*\)?\s*(?:,\s*(?:and|or)?|&amp;|&|and|or|\/)\s*(\d{1,5})(?![\dx])(?![.,]\d)/i;
      let end = m.index + m[0].length;
      for (let next = more.exec(text.slice(end)); next; next = more.exec(text.slice(end))) {
        const number = next[1]!;
        emit('event', decimalKey('event', number), number, end + next[0].length - number.length);
        end += next[0].length;
      }
    },
  },
  {
    // "Several 9405 Event IDs appear": the number before its label
    pattern: /(?<![\d.])(\d{2,5})\s+event\s*ids?\b/gi,
    apply(m, _text, emit) {
      emit('event', decimalKey('event', m[1]!), m[0], m.index);
    },
  },
  {
    // WSAETIMEDOUT, wsaeconnrefused
    pattern: /\bwsa[a-z_]+\b/gi,
    apply(m, _text, emit) {
      const n = WINSOCK_NUMBERS.get(m[0].toUpperCase());
      if (n !== undefined) emit('wsa', `wsa-${n}`, m[0], m.index);
    },
  },
  {
    // "A sockets error 10060", "Winsock error 10061", "10049 (WSAEADDRNOTAVAIL)", "'10048' -
    // Address in use"; not any five-digit number: "VNETWARE 386 10013" is a file size
    pattern: /(?<![\d.,-])(1[01]\d{3})(?!\d)(?![.,]\d)/g,
    apply(m, text, emit) {
      const n = Number(m[1]);
      if (!WINSOCK_ERRORS.has(n)) return;
      const lead = before(text, m.index, 48);
      const tail = after(text, m.index + m[0].length, 48);
      if (WINSOCK_BEFORE.test(lead) || WINSOCK_AFTER.test(tail)) {
        emit('wsa', `wsa-${n}`, m[0], m.index);
      }
    },
  },
  {
    // Error 1311, error 53, Error #3021, Run-time error '3021', error code: 1332, Err 10054,
    // Error [ 129], DOS Error, (2), and "Fails with Error -1809", which readers search as 1809
    pattern:
      /\berr(?:or)?(?:\s+(?:code|number|num|no\.?|value))?\s*(?:[:=#,]|is)?\s*[#'"([]?\s*#?\s*-?(\d{1,8})(?![0-9a-z_])(?![.,]\d)/gi,
    apply(m, _text, emit) {
      const digits = m[1]!;
      // "Error 80004005" is the HRESULT, which the bare-hex rule already keys
      if (digits.length === 8 && STATUS_SHAPE.test(digits)) return;
      emit('error', decimalKey('error', digits), m[0], m.index);
    },
  },
];

/** Every code hit in `text`, in order of position. */
export function scanCodes(text: string, lenient: boolean): CodeHit[] {
  const hits: CodeHit[] = [];
  const emit: Emit = (kind, key, hitText, index) => hits.push({ kind, key, text: hitText, index });
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) rule.apply(m, text, emit, lenient);
  }
  return hits.sort((a, b) => a.index - b.index || a.kind.localeCompare(b.kind));
}

/** The key of a bare decimal number, meaning "this number in any decimal code". */
export function numberKey(digits: string): string {
  return decimalKey('n', digits);
}
