import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codeExcerpt,
  openingRuns,
  pagefindRuns,
  sanitizeExcerpt,
  snippetExcerpt,
  textExcerpt,
  withoutLeadingLabels,
} from '../../../../src/search/client/excerpt.ts';
import { aliasToken } from '../../../../src/search/codes.ts';
import { excerptSegments } from '../../../../src/search/ui/excerpt-segments.ts';

/** What a reader sees of an excerpt: its text with the marked runs in [brackets]. */
const seen = (html: string) => excerptSegments(html).map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

describe('sanitizeExcerpt', () => {
  describe.each([
    ['plain text', 'the MTA stops', 'the MTA stops'],
    ['marks kept', 'the <mark>MTA</mark> stops', 'the [MTA] stops'],
    // Pagefind escapes < and > of the text, nothing else
    ['escaped markup stays text', 'use &lt;script&gt;alert(1)&lt;/script&gt; here', 'use <script>alert(1)</script> here'],
    ['an ampersand stays an ampersand', 'R&D and AT&T', 'R&D and AT&T'],
    ['quotes stay quotes', 'say "hi" it\'s', 'say "hi" it\'s'],
    ['raw tags other than mark become text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['a mark with attributes is not a mark', '<mark class="x">a</mark>', '<mark class="x">a'],
    ['an unclosed mark is closed', 'a <mark>b', 'a [b]'],
    ['a stray closing mark is dropped', 'a </mark>b', 'a b'],
    ['nested marks collapse', '<mark>a<mark>b</mark>c', '[ab]c'],
    ['alias words are removed', `error ${aliasToken('0xc0000005')} here`, 'error here'],
    ['a marked alias word leaves no mark', `crash <mark>${aliasToken('event-9405')}</mark> end`, 'crash end'],
    ['whitespace collapsed', '  a \n\t b  ', 'a b'],
  ])('%s', (_name, input, expected) => {
    it('reads as the text, marks kept', () => expect(seen(sanitizeExcerpt(input))).toBe(expected));
  });

  it('is HTML made by hast: text escaped, nothing but <mark> added', () => {
    expect(sanitizeExcerpt('R&D <mark>&lt;b&gt;</mark> <img src=x>')).toBe('R&#x26;D <mark>&#x3C;b></mark> &#x3C;img src=x>');
  });

  it('never lets a tag other than <mark> through', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('<mark>', '</mark>', '<', '>', '&lt;', '&gt;', '&', '"', '<script>'))), (parts) => {
        const html = sanitizeExcerpt(parts.join(''));
        const tags = html.match(/<[^>]*>/g) ?? [];
        expect(tags.every((tag) => tag === '<mark>' || tag === '</mark>')).toBe(true);
        expect(html.split('<mark>').length).toBe(html.split('</mark>').length);
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/</);
      }),
    );
  });
});

describe('withoutLeadingLabels', () => {
  const cut = (excerpt: string, labels: string[]) =>
    withoutLeadingLabels(pagefindRuns(excerpt), labels)
      .map((run) => (run.marked ? `[${run.text}]` : run.text))
      .join('');
  const title = 'INFO: Using Microsoft Plus! With Windows 98';
  describe.each([
    // the section name Pagefind glued onto its text
    ['a heading', 'SYMPTOMS. When you run <mark>Microsoft</mark> Exchange', ['SYMPTOMS'], 'When you run [Microsoft] Exchange'],
    ['a heading of several words', 'MORE INFORMATION. Before the <mark>crash</mark> occurs', ['MORE INFORMATION'], 'Before the [crash] occurs'],
    // the end of the title and the number, when the window began inside the title
    ['the tail of the title and the number', 'With <mark>Windows</mark> 98. Q108729. SUMMARY. Plus! adds', [title, 'Q108729', 'SUMMARY'], 'Plus! adds'],
    ['the whole title', `${title}. Q108729. The text`, [title, 'Q108729'], 'The text'],
    // the same words without the index's period are the text's own
    ['words that only look like a label', 'Symptoms of the crash are', ['SYMPTOMS'], 'Symptoms of the crash are'],
    ['a label word inside the text', 'When SYMPTOMS. appear', ['SYMPTOMS'], 'When SYMPTOMS. appear'],
    ['nothing but labels', `${title}. Q108729.`, [title, 'Q108729'], ''],
  ])('%s', (_name, excerpt, labels, expected) => {
    it('starts at the text', () => expect(cut(excerpt, labels)).toBe(expected));
  });
});

describe('openingRuns', () => {
  const content = `XCON: MTA Crashes. Q152941. SYMPTOMS. When you run Microsoft Exchange Server ${aliasToken('0xc0000005')} over a slow network, the MTA might crash.`;
  it('is how the text begins after the title, number and first heading', () => {
    expect(openingRuns(content, ['XCON: MTA Crashes', 'Q152941', 'SYMPTOMS'], 4).map((r) => r.text)).toEqual([
      'When you run Microsoft Exchange Server over a slow network, the MTA might crash.',
    ]);
  });
  it('keeps to the excerpt length', () => {
    expect(openingRuns(content, ['XCON: MTA Crashes', 'Q152941', 'SYMPTOMS'], 0, 3)[0]!.text).toBe('When you run');
  });
});

it('textExcerpt escapes plain text', () => {
  expect(seen(textExcerpt('Use <b> & "x"'))).toBe('Use <b> & "x"');
  expect(textExcerpt('')).toBe('');
});

describe('codeExcerpt', () => {
  describe.each([
    ['a status value in any spelling', 'The MTA failed with Exception c0000005 occurred at Address 77f3cbcd.', ['0xc0000005'], 'The MTA failed with Exception <mark>c0000005</mark> occurred at Address 77f3cbcd.'],
    ['punctuation glued to the code', 'The error (0xC0000005), was reported', ['0xc0000005'], 'The error (<mark>0xC0000005</mark>), was reported'],
    ['a code found through its context', 'A sockets error 10060 on a connect() call', ['wsa-10060'], 'A sockets error <mark>10060</mark> on a connect() call'],
    ['a code found through an implied key', 'STOP 0x0000000A in NTOSKRNL', ['0x0000000a'], '<mark>STOP 0x0000000A</mark> in NTOSKRNL'],
    ['text escaped around the code', 'if x < 1 & Event ID 9405 > 2', ['event-9405'], 'if x &#x3C; 1 &#x26; <mark>Event ID 9405</mark> > 2'],
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

describe('snippetExcerpt', () => {
  describe.each([
    [['Exception ', 'c0000005', ' occurred'], 'Exception <mark>c0000005</mark> occurred'],
    [['a (', '0xC0000005', '), b'], 'a (<mark>0xC0000005</mark>), b'],
    [['<script>alert(1)</script> ', '<b>80004005</b>', ' & "x"'], '&#x3C;script>alert(1)&#x3C;/script> <mark>&#x3C;b>80004005&#x3C;/b></mark> &#x26; "x"'],
    [['', 'STOP 0xA', ''], '<mark>STOP 0xA</mark>'],
    [['no code', '', 'here'], ''],
  ] as const)('%j', (snippet, expected) => {
    it('escapes the text and marks only the code', () => expect(snippetExcerpt(snippet)).toBe(expected));
  });
});
