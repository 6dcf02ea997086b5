import { describe, expect, it } from 'vitest';
import { findReferences, linkify, referenceLine, ReferenceCollector } from '../../../src/article/references.ts';

describe.each([
  // inline forms
  ['see article Q151261 for more', ['Q151261']],
  ['see KB151261.', ['Q151261']],
  ['(Q12345), Q123456: and "Q23456"', ['Q12345', 'Q123456', 'Q23456']],
  ['ARTICLE-ID: Q10022', ['Q10022']],
  ['Q249142<A0>Gtwy: AT&T', ['Q249142']],
  ['leading zeros Q012345 are dropped', ['Q12345']],
  // not references: hotfix files, download folders, paths, too short or long, lower case
  ['Run Q123456.exe now', []],
  ['ftp://ftp.microsoft.com/bussys/Patch/Q123456/NT4', []],
  ['c:\\Q123456\\x', []],
  ['Q1234 and Q1234567 and q123456', []],
  ['XQ123456 and Q123456X', []],
])('findReferences(%j)', (text, ids) => {
  it(`finds ${ids.join(', ') || 'nothing'}`, () => expect(findReferences(text).map(([, , id]) => id)).toEqual(ids));
});

describe.each([
  // the usual reference-list shapes
  ['  Q151261 OFF97: How to Obtain and Install MS Office 97 SR-2', { id: 'Q151261', title: 'OFF97: How to Obtain and Install MS Office 97 SR-2' }],
  ['  Q121786: LPR and LPD Registry Entries', { id: 'Q121786', title: 'LPR and LPD Registry Entries' }],
  ['  Q125625 : Software Compression Compatibility', { id: 'Q125625', title: 'Software Compression Compatibility' }],
  ['  Q130883 - PRB: "Invalid Handle" Error', { id: 'Q130883', title: 'PRB: "Invalid Handle" Error' }],
  ['  Q249142<A0>Gtwy: AT&T Mail Gateway', { id: 'Q249142', title: 'Gtwy: AT&T Mail Gateway' }],
  ['Q93658   WD:    How to Send Printer Escape Codes', { id: 'Q93658', title: 'WD:    How to Send Printer Escape Codes' }],
  ['  Q86085', { id: 'Q86085', title: null }],
  // prose that starts with a number is not a reference line
  ['Q105288 for related information.', null],
  // nor a file name or a plain sentence
  ['  Q220816.exe', null],
  ['The article Q151261 says', null],
])('referenceLine(%j)', (text, expected) => {
  it('reads the id and title', () => expect(referenceLine(text)).toEqual(expected));
});

describe('linkify', () => {
  it('turns each reference into a kb: link around the number as written', () => {
    const found: string[] = [];
    expect(linkify('see KB151261 and Q10022.', (id) => found.push(id))).toEqual([
      { type: 'text', value: 'see ' },
      { type: 'link', url: 'kb:Q151261', children: [{ type: 'text', value: 'KB151261' }] },
      { type: 'text', value: ' and ' },
      { type: 'link', url: 'kb:Q10022', children: [{ type: 'text', value: 'Q10022' }] },
      { type: 'text', value: '.' },
    ]);
    expect(found).toEqual(['Q151261', 'Q10022']);
  });

  it('leaves text without references as one text node', () => {
    expect(linkify('no references', () => {})).toEqual([{ type: 'text', value: 'no references' }]);
  });
});

describe('ReferenceCollector', () => {
  it('keeps distinct ids in order of first appearance, skips the article itself, and keeps the first title found', () => {
    const refs = new ReferenceCollector('Q1');
    refs.add('Q3');
    refs.add('Q1', 'self');
    refs.add('Q2', 'Two');
    refs.add('Q3', 'Three');
    refs.add('Q3', 'Later');
    expect(refs.list()).toEqual([
      { id: 'Q3', title: 'Three' },
      { id: 'Q2', title: 'Two' },
    ]);
  });
});
