import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../../src/links/json-ld.ts';

describe.each([
  [{ a: '</script><script>alert(1)</script>' }],
  [{ a: '<!-- x -->', b: 'a & b' }],
  [{ a: 'line\u2028separator\u2029' }],
])('scriptSafeJson(%j)', (value) => {
  const json = scriptSafeJson(value);
  it('parses back to the same value', () => expect(JSON.parse(json)).toEqual(value));
  it('cannot end or confuse the script element', () => expect(json).not.toMatch(/[<>&\u2028\u2029]/));
});
