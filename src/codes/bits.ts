/**
 * The fields of a 32-bit HRESULT or NTSTATUS value, read from its bits, so a
 * page can say what a value is even when no header names it.
 *
 *   HRESULT   S R C N X facility(11)  code(16)   [MS-ERREF] 2.1
 *   NTSTATUS  Sev(2) C N facility(12) code(16)   [MS-ERREF] 2.3
 *
 * Pure and table-free: the browser can use it too.
 */

export type BitsLayout = 'hresult' | 'ntstatus';

export interface CodeBits {
  layout: BitsLayout;
  /** HRESULT: 0 success, 1 failure. NTSTATUS: 0 success, 1 informational, 2 warning, 3 error. */
  severity: number;
  severityLabel: 'success' | 'failure' | 'informational' | 'warning' | 'error';
  /** The customer bit: set on values a program defines for itself rather than Microsoft. */
  customer: boolean;
  /** HRESULT: the N bit, a mapped NTSTATUS (`HRESULT_FROM_NT`). NTSTATUS: the reserved bit, normally 0. */
  nBit: boolean;
  /** HRESULT only: the R and X bits, reserved and normally 0. */
  reserved: boolean;
  facility: number;
  code: number;
}

const NT_SEVERITY = ['success', 'informational', 'warning', 'error'] as const;

export function hresultBits(value: number): CodeBits {
  const v = value >>> 0;
  return {
    layout: 'hresult',
    severity: v >>> 31,
    severityLabel: v >>> 31 ? 'failure' : 'success',
    customer: Boolean(v & 0x20000000),
    nBit: Boolean(v & 0x10000000),
    reserved: Boolean(v & 0x40000000) || Boolean(v & 0x08000000),
    facility: (v >>> 16) & 0x7ff,
    code: v & 0xffff,
  };
}

export function ntstatusBits(value: number): CodeBits {
  const v = value >>> 0;
  return {
    layout: 'ntstatus',
    severity: v >>> 30,
    severityLabel: NT_SEVERITY[v >>> 30]!,
    customer: Boolean(v & 0x20000000),
    nBit: Boolean(v & 0x10000000),
    reserved: false,
    facility: (v >>> 16) & 0xfff,
    code: v & 0xffff,
  };
}

/** `0xC0000005` as the SDK prints values: `0x` and eight upper-case hex digits. */
export function hex8(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}
