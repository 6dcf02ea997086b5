import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeExcerpt, escapeHtml, sanitizeExcerpt, snippetExcerpt } from '../../../../src/search/client/excerpt.ts';
import { aliasToken } from '../../../../src/search/codes.ts';

describe('sanitizeExcerpt', () => {
  describe.each([
    ['plain text', 'the MTA stops', 'the MTA stops'],
    ['marks kept', 'the <mark>MTA</mark> stops', 'the <mark>MTA</mark> stops'],
    // Pagefind escapes < and > of the text, nothing else
    ['escaped markup stays text', 'use &lt;script&gt;alert(1)&lt;/script&gt; here', 'use &lt;script&gt;alert(1)&lt;/script&gt; here'],
    ['an ampersand is escaped', 'R&D and AT&T', 'R&amp;D and AT&amp;T'],
    ['quotes are escaped', 'say "hi" it\'s', 'say &quot;hi&quot; it&#39;s'],
    ['raw tags other than mark become text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a mark with attributes is not a mark', '<mark class="x">a</mark>', '&lt;mark class=&quot;x&quot;&gt;a'],
    ['an unclosed mark is closed', 'a <mark>b', 'a <mark>b</mark>'],
    ['a stray closing mark is dropped', 'a </mark>b', 'a b'],
    ['nested marks collapse', '<mark>a<mark>b</mark>c', '<mark>ab</mark>c'],
    ['alias words are removed', `error ${aliasToken('0xc0000005')} here`, 'error here'],
    ['a marked alias word leaves no mark', `crash <mark>${aliasToken('event-9405')}</mark> end`, 'crash end'],
    ['whitespace collapsed', '  a \n\t b  ', 'a b'],
  ])('%s', (_name, input, expected) => {
    it('is made safe', () => expect(sanitizeExcerpt(input)).toBe(expected));
  });

  it('never lets a tag other than <mark> through', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('<mark>', '</mark>', '<', '>', '&lt;', '&gt;', '&', '"', '<script>'))), (parts) => {
        const html = sanitizeExcerpt(parts.join(''));
        const tags = html.match(/<[^>]*>/g) ?? [];
        expect(tags.every((tag) => tag === '<mark>' || tag === '</mark>')).toBe(true);
        expect(html.split('<mark>').length).toBe(html.split('</mark>').length);
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('codeExcerpt', () => {
  describe.each([
    ['a status value in any spelling', 'The MTA failed with Exception c0000005 occurred at Address 77f3cbcd.', ['0xc0000005'], 'The MTA failed with Exception <mark>c0000005</mark> occurred at Address 77f3cbcd.'],
    ['punctuation glued to the code', 'The error (0xC0000005), was reported', ['0xc0000005'], 'The error (<mark>0xC0000005</mark>), was reported'],
    ['a code found through its context', 'A sockets error 10060 on a connect() call', ['wsa-10060'], 'A sockets error <mark>10060</mark> on a connect() call'],
    ['a code found through an implied key', 'STOP 0x0000000A in NTOSKRNL', ['0x0000000a'], '<mark>STOP 0x0000000A</mark> in NTOSKRNL'],
    ['text escaped around the code', 'if x < 1 & Event ID 9405 > 2', ['event-9405'], 'if x &lt; 1 &amp; <mark>Event ID 9405</mark> &gt; 2'],
    ['none when the text lacks the code', 'nothing to see', ['0xc0000005'], ''],
  ])('%s', (_name, text, keys, expected) => {
    it('marks the code', () => expect(codeExcerpt(text, keys)).toBe(expected));
  });

  it('keeps a window of words around the code', () => {
    const text = `${'before '.repeat(40)}STOP 0x0000000A${' after'.repeat(40)}`;
    const words = codeExcerpt(text, ['stop-0x0000000a'], 10).split(' ');
    expect(words.filter((w) => w === 'before')).toHaveLength(5);
    expect(words.filter((w) => w === 'after')).toHaveLength(5);
  });
});

it('escapeHtml escapes the five characters that matter', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

describe('snippetExcerpt', () => {
  describe.each([
    [['Exception ', 'c0000005', ' occurred'], 'Exception <mark>c0000005</mark> occurred'],
    [['a (', '0xC0000005', '), b'], 'a (<mark>0xC0000005</mark>), b'],
    [['<script>alert(1)</script> ', '<b>80004005</b>', ' & "x"'], '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;80004005&lt;/b&gt;</mark> &amp; &quot;x&quot;'],
    [['', 'STOP 0xA', ''], '<mark>STOP 0xA</mark>'],
    [['no code', '', 'here'], ''],
  ] as const)('%j', (snippet, expected) => {
    it('escapes the text and marks only the code', () => expect(snippetExcerpt(snippet)).toBe(expected));
  });
});
