import { describe, expect, it } from 'vitest';
import { citationBibtex, citationMarkdown, citationText, citationWikipedia } from '../../../src/links/citation.ts';

const URL = 'https://kb-archive.example/kb/152/Q152941/';
const article = { id: 'Q152941', title: 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', lastModified: '1999-03-29' };

describe.each([
  // the form the issue asks for, the date the site's one way
  [article, `Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection (last modified 29 Mar 1999). ${URL}`],
  // no readable date: no parenthesis
  [{ ...article, lastModified: null }, `Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection. ${URL}`],
  // a title that already ends a sentence gets no second stop
  [{ id: 'Q1', title: 'What Is OLE?', lastModified: null }, `Microsoft KB Q1: What Is OLE? ${URL}`],
  [{ id: 'Q1', title: 'What Is OLE?', lastModified: '2001-01-02' }, `Microsoft KB Q1: What Is OLE? (last modified 2 Jan 2001). ${URL}`],
])('citationText(%o)', (input, expected) => {
  it('reads as one plain line', () => expect(citationText(input, URL)).toBe(expected));
});

describe.each([
  [article, URL, `[Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection](${URL})`],
  // brackets, emphasis and code markers in titles are escaped
  [{ ...article, title: 'PRB: [Bug] *.INI and _SETUP `x` <y>' }, URL, String.raw`[Microsoft KB Q152941: PRB: \[Bug\] \*.INI and \_SETUP \`x\` \<y\>](${URL})`],
  // a parenthesis in the URL would end the link early
  [article, 'https://h.example/a (b)/', `[Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection](https://h.example/a%20%28b%29/)`],
])('citationMarkdown(%o, %s)', (input, url, expected) => {
  it('is one Markdown link', () => expect(citationMarkdown(input, url)).toBe(expected));
});

describe('citationWikipedia', () => {
  it('is one {{cite web}} with the ISO date', () => {
    expect(citationWikipedia(article, URL)).toBe(
      `{{cite web |url=${URL} |title=XCON: MTA Crashes Over Slow or Sporadic Network Connection |id=Q152941 |work=Microsoft Knowledge Base |publisher=Microsoft |date=1999-03-29}}`,
    );
  });

  it('leaves the date out when there is none', () => {
    expect(citationWikipedia({ ...article, lastModified: null }, URL)).not.toContain('date=');
  });

  it('cannot end a parameter, the template or open a link from the title', () => {
    const cite = citationWikipedia({ ...article, title: 'A | B }} [[C]] {{D}} <ref>' }, 'https://h.example/a b|c/');
    expect(cite).toContain('title=A {{!}} B &#125;&#125; &#91;&#91;C&#93;&#93; &#123;&#123;D&#125;&#125; &#60;ref&#62; |id=');
    expect(cite).toContain('url=https://h.example/a%20b%7Cc/ |');
    // One template: the only braces pairs are its own and the {{!}} magic words.
    expect(cite.replace(/\{\{!\}\}/g, '').match(/\{\{|\}\}/g)).toEqual(['{{', '}}']);
  });
});

describe('citationBibtex', () => {
  it('is a @misc entry keyed by the id, capitals kept, with year, month macro and ISO date', () => {
    expect(citationBibtex(article, URL)).toBe(
      [
        '@misc{kb-Q152941,',
        '  title = {{XCON: MTA Crashes Over Slow or Sporadic Network Connection}},',
        '  author = {{Microsoft}},',
        '  howpublished = {Microsoft Knowledge Base article Q152941},',
        '  organization = {Microsoft},',
        '  year = {1999},',
        '  month = mar,',
        '  date = {1999-03-29},',
        '  note = {Last modified 29 Mar 1999},',
        `  url = {${URL}}`,
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX specials so braces stay balanced', () => {
    const entry = citationBibtex({ ...article, title: 'C:\\TEMP\\{x} 100% & $5 #1 a_b ^ ~', lastModified: null }, URL);
    expect(entry).toContain('title = {{C:\\textbackslash{}TEMP\\textbackslash{}\\{x\\} 100\\% \\& \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{}}}');
    expect(entry).not.toContain('year');
    let depth = 0;
    for (const c of entry.replace(/\\[{}]/g, '')) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
