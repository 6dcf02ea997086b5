import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { linkCodes, linkedCodeKeys } from '../../../src/codes/link-codes.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, children: Root['children'], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children: children as Element['children'] });
const textOf = (node: Root | Element): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');

describe('linkCodes', () => {
  it('links codes in prose and listings without changing the text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        el('p', [text('A sockets error 10060 on a connect() call, then STOP 0x0000000A and Exception c0000005.')]),
        el('pre', [el('code', [text('Event ID = 9405:\nException e0020002 occurred at Address 77f3cbcd.\n')])]),
      ],
    };
    const before = textOf(tree);
    expect(linkCodes(tree)).toEqual(['wsa-10060', 'stop-0x0000000a', '0xc0000005', 'event-9405', '0xe0020002']);
    expect(textOf(tree)).toBe(before);
    const html = toHtml(tree);
    expect(html).toContain('A sockets <a class="code-link" href="/code/wsa-10060/">error 10060</a> on');
    expect(html).toContain('<a class="code-link" href="/code/stop-0x0000000a/">STOP 0x0000000A</a>');
    expect(html).toContain('Exception <a class="code-link" href="/code/0xc0000005/">c0000005</a>.');
    expect(html).toContain('<code><a class="code-link" href="/code/event-9405/">Event ID = 9405</a>:');
    // an address is no code
    expect(html).toContain('Address 77f3cbcd.');
    expect(linkedCodeKeys(html)).toEqual(new Set(['wsa-10060', 'stop-0x0000000a', '0xc0000005', 'event-9405', '0xe0020002']));
  });

  it('reads a label in bold as context, but never links inside a link', () => {
    const tree: Root = {
      type: 'root',
      children: [el('p', [el('b', [text('Event ID')]), text(' 9405 and '), el('a', [text('0xC0000005')], { href: '/kb/1/Q1/' })])],
    };
    expect(linkCodes(tree)).toEqual([]);
    expect(toHtml(tree)).toBe('<p><b>Event ID</b> 9405 and <a href="/kb/1/Q1/">0xC0000005</a></p>');
  });

  it('leaves constants that only the search treats as values', () => {
    const tree: Root = { type: 'root', children: [el('pre', [text('Private Const WM_PAINT = &HF\nbuf_start = 0xa0000;\nhr = 0x80004005L')])] };
    expect(linkCodes(tree)).toEqual(['0x80004005']);
    expect(toHtml(tree)).toContain('hr = <a class="code-link" href="/code/0x80004005/">0x80004005L</a>');
  });

  it('escapes the text it wraps like any other text', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('<script>alert(1)</script> c0000005 & done')])] };
    linkCodes(tree);
    expect(toHtml(tree)).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> <a class="code-link" href="/code/0xc0000005/">c0000005</a> &#x26; done</p>');
  });
});

describe('the keys a search line or a code address can mean', () => {
  it('is one page key for a code, three candidates for a lone number, none for words', async () => {
    const { codePageKeys } = await import('../../../src/codes/search-line.ts');
    const { keysForSpelling } = await import('../../../src/codes/code-redirect.ts');
    expect(codePageKeys('c0000005')).toEqual(['0xc0000005']);
    expect(codePageKeys('STOP 0x0000000A')).toEqual(['stop-0x0000000a']);
    expect(codePageKeys('10060')).toEqual(['wsa-10060', 'error-10060', 'event-10060']);
    expect(codePageKeys('WSAETIMEDOUT')).toEqual(['wsa-10060']);
    expect(codePageKeys('exchange')).toEqual([]);
    expect(codePageKeys('c0000005 exchange')).toEqual([]);
    expect(keysForSpelling('stop-0x0000000A')).toEqual(['stop-0x0000000a']);
    expect(keysForSpelling('0xC0000005')).toEqual(['0xc0000005']);
    expect(keysForSpelling('<script>')).toEqual([]);
  });
});
