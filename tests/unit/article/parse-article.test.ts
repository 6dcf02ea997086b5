import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { blockStats } from '../../../src/article/block-stats.ts';

const source = `---
layout: page
title: "Q152941: XCON: MTA Crashes"
permalink: /kb/152/Q152941/
---

## Q152941: XCON: MTA Crashes

{% raw %}

\tArticle: Q152941
\tProduct(s): Microsoft Exchange
\tVersion(s): winnt:4.0
\tOperating System(s): MS-DOS | OS/2
\tKeyword(s): kbnetwork | kbbug
\tLast Modified: 29-MAR-1999
\t
\tSYMPTOMS
\t========
\t
\tThe MTA might crash; see Q151261.
\t
\tAdditional query words: mta
\t
\t======================================================================
\tKeywords          : kbnetwork 
\tTechnology        : kbExchange400 kbZNotKeyword2
\tVersion           : winnt:4.0
\tIssue type        : kbbug
\tSolution Type     : kbfix
\tHardware          : x86
\t
\t=============================================================================
\t

{% endraw %}
`;

describe('parseArticle, the public entry', () => {
  const article = parseArticle(source, 'kb/152/Q152941/README.md');

  it('reads identity, title, tag and permalink', () => {
    expect(article).toMatchObject({
      id: 'Q152941',
      number: 152941,
      title: 'XCON: MTA Crashes',
      tag: 'XCON',
      permalink: '/kb/152/Q152941/',
      sourcePath: 'kb/152/Q152941/README.md',
      problems: [],
    });
  });

  it('reads the header fields', () => {
    expect(article.header).toEqual({
      products: ['Microsoft Exchange'],
      versionsRaw: 'winnt:4.0',
      operatingSystems: ['MS-DOS', 'OS/2'],
      keywords: ['kbnetwork', 'kbbug'],
      lastModified: '1999-03-29',
      lastModifiedRaw: '29-MAR-1999',
    });
  });

  it('reads sections, references, query words and footer', () => {
    expect(article.sections.map(({ title, slug, depth, line }) => ({ title, slug, depth, line }))).toEqual([{ title: 'SYMPTOMS', slug: 'symptoms', depth: 2, line: 18 }]);
    expect(article.references).toEqual([{ id: 'Q151261', title: null }]);
    expect(article.additionalQueryWords).toBe('mta');
    expect(article.footer).toEqual({
      keywords: ['kbnetwork'],
      technology: ['kbExchange400', 'kbZNotKeyword2'],
      version: 'winnt:4.0',
      issueType: 'kbbug',
      solutionType: 'kbfix',
      other: [{ label: 'Hardware', value: 'x86' }],
    });
  });

  it('counts all of its text as recognised', () => {
    expect(blockStats(article)).toEqual({ recognised: expect.any(Number), verbatim: 0 });
  });

  it.each([
    ['empty text', ''],
    ['only white space', ' \n\t\n'],
    ['a lone fence', '---'],
    ['binary-looking text', '\u0000\u0001\ufffd{% raw'],
    ['markers without a body', '{% raw %}\n{% endraw %}\n{% endraw %}'],
  ])('never throws, on %s', (_, text) => {
    const parsed = parseArticle(text, 'x.md');
    expect(parsed.problems.map((p) => p.kind)).not.toContain('parser-error');
    // No number and no archive folder: no address, and the corpus step leaves the file out with a report.
    expect(parsed.id).toBe('');
    expect(parsed.permalink).toBe('');
  });

  it('counts verbatim text apart', () => {
    const odd = parseArticle(source.replace('\tVersion(s): winnt:4.0\n', '\tVersion(s): winnt:4.0\n\tAuthor: someone\n'), 'kb/152/Q152941/README.md');
    expect(odd.problems.map((p) => [p.kind, p.line])).toEqual([['header-unknown-line', 14]]);
    expect(blockStats(odd).verbatim).toBe('Author:someone'.length);
  });
});
