import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText } from '../../../src/links/citation.ts';

const URL = 'https://kb-archive.example/kb/152/Q152941/';
const article = { id: 'Q152941', title: 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', lastModified: '1999-03-29' };

describe.each([
  // the form the issue asks for
  [article, `Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection (last modified 1999-03-29). ${URL}`],
  // no readable date: no parenthesis
  [{ ...article, lastModified: null }, `Microsoft KB Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection. ${URL}`],
  // a title that already ends a sentence gets no second stop
  [{ id: 'Q1', title: 'What Is OLE?', lastModified: null }, `Microsoft KB Q1: What Is OLE? ${URL}`],
  [{ id: 'Q1', title: 'What Is OLE?', lastModified: '2001-01-02' }, `Microsoft KB Q1: What Is OLE? (last modified 2001-01-02). ${URL}`],
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
