import { describe, expect, it } from 'vitest';
import { articleCodes } from '../../../src/search/article-codes.ts';
import { aliasToken } from '../../../src/search/codes.ts';
import { searchDocument, sortDate, withSectionAliases } from '../../../src/search/search-document.ts';
import { htmlText } from '../../../src/search/section-text.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { fixtureRecord } from './record.ts';

const { record, summary } = fixtureRecord('Q200001');
const codes = articleCodes(record);
const html = searchDocument(record, facetsOf(summary), codes);

/** The text of `html` from the heading with `id` to the next heading, as Pagefind cuts sub-results. */
function subResultText(document: string, id: string): string {
  const start = document.indexOf(`id="${id}"`);
  const next = document.slice(start + 1).search(/<h[1-6] id=/);
  return document.slice(start, next === -1 ? undefined : start + 1 + next);
}

describe('searchDocument', () => {
  it('indexes only the body, with the title as meta and the date as sort key', () => {
    expect(html).toContain('<main data-pagefind-body data-pagefind-sort="date:1999-03-29">');
    expect(html).toContain('<h1 data-pagefind-meta="title">XCON: STOP 0x0000000A in MTA With Event ID 9405</h1>');
    expect(html).toMatch(/<div data-pagefind-ignore><span data-pagefind-meta="id">Q200001<\/span><span data-pagefind-meta="date">1999-03-29<\/span><span data-pagefind-meta="product">Microsoft Exchange<\/span>/);
    expect(html).toContain('<span data-pagefind-filter="product">');
    expect(html).toContain('<span data-pagefind-filter="year">1999</span>');
  });

  it('holds the article number as meta only, never as text an excerpt could show', () => {
    expect(html.replace(/<div data-pagefind-ignore>.*?<\/div>/, '')).not.toContain('Q200001');
  });

  it('leaves out the header block, applies-to list and footer keyword lines', () => {
    for (const boilerplate of ['Last Modified', 'applies to', 'Technology', 'kbExchangeSearch', 'Solution Type']) {
      expect(html).not.toContain(boilerplate);
    }
  });

  it('keeps the additional query words, before the first heading', () => {
    expect(html.indexOf('<p>1311 stop</p>')).toBeGreaterThan(0);
    expect(html.indexOf('<p>1311 stop</p>')).toBeLessThan(html.indexOf('<h2'));
  });

  it('keeps heading ids, so results can link to sections', () => {
    expect(html).toContain('<h2 id="symptoms">SYMPTOMS<a class="section-link" href="#symptoms"');
    expect(html).toContain('<h3 id="details">Details<a class="section-link" href="#details"');
  });

  describe.each([
    ['symptoms', ['event-9405', '0xc0000005'], ['wsa-10060']],
    ['cause', ['wsa-10060', '0xc0000005'], ['event-9405']],
    ['details', ['0xc0000005'], ['wsa-10060', 'event-9405']],
  ])('the %s sub-result', (slug, has, lacks) => {
    const text = subResultText(html, slug);
    it.each(has)('has the alias of %s', (key) => expect(text).toContain(aliasToken(key)));
    it.each(lacks)('lacks the alias of %s', (key) => expect(text).not.toContain(aliasToken(key)));
  });

  it('escapes text from the article', () => {
    const hostile = { ...record, title: '<script>x</script> & "q"', header: { ...record.header, lastModified: '" onload="x' } };
    const doc = searchDocument(hostile, facetsOf(summary), codes);
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('data-pagefind-sort="date:&#x22; onload=&#x22;x"');
  });
});

describe('withSectionAliases', () => {
  it('returns the html unchanged when there are no aliases', () => {
    expect(withSectionAliases(record, new Map())).toBe(record.html);
  });

  it('only adds hidden spans', () => {
    expect(withSectionAliases(record, codes.sectionAliases).replace(/ <span hidden>[a-z ]+<\/span>/g, '')).toBe(record.html);
  });

  it('never glues an alias to the word before it', () => {
    expect(html).toMatch(/<p> <span hidden>zz/);
    expect(html).not.toMatch(/[^ ]<span hidden>/);
  });
});

describe('sortDate', () => {
  it.each([
    ['1999-03-29', '1999-03-29'],
    [null, '0000-00-00'],
  ])('of %j is %j', (date, expected) => expect(sortDate({ header: { lastModified: date } })).toBe(expected));
});

describe('htmlText', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\nb\n'],
    ['<li>x</li><li>y</li>', 'x\ny\n'],
    ['a<br>b', 'a\nb'],
    ['R&#x26;D &#x3C;tag> &amp; &quot;q&quot; &#65;', 'R&D <tag> & "q" A'],
    ['<a href="/x">link</a> text', 'link text'],
  ])('%j', (html, text) => expect(htmlText(html)).toBe(text));
});
