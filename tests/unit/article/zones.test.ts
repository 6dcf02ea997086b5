import { describe, expect, it } from 'vitest';
import { orderedFooter, orderedHeader, splitZones } from '../../../src/article/zones.ts';

const lines = (text: string) => text.split('\n').map((line, k) => ({ text: line, line: k + 1 }));
const texts = (zone: Array<{ text: string }> | null) => zone?.map(({ text }) => text) ?? null;

const typical = `
Article: Q1
Product(s): Microsoft Exchange
Version(s): winnt:4.0
Operating System(s): 
Keyword(s): kbnetwork
Last Modified: 29-MAR-1999

-------------------------------------------------------------------------------
The information in this article applies to:

- Microsoft Exchange Server, version 4.0 
-------------------------------------------------------------------------------

SYMPTOMS
========

Text.

Additional query words: crash
 mta

======================================================================
Keywords          : kbnetwork 
Component         : MTA
Technology        : kbExchange400

=============================================================================
`;

describe('splitZones', () => {
  const zones = splitZones(lines(typical));

  it('finds the header fields', () => {
    expect(zones.header.map(({ label, value }) => [label, value])).toEqual([
      ['Article', 'Q1'],
      ['Product(s)', 'Microsoft Exchange'],
      ['Version(s)', 'winnt:4.0'],
      ['Operating System(s)', ''],
      ['Keyword(s)', 'kbnetwork'],
      ['Last Modified', '29-MAR-1999'],
    ]);
    expect(zones.headerExtra).toEqual([]);
  });

  it('cuts out the applies-to block, separators included', () => {
    expect(texts(zones.appliesTo)).toEqual([
      '-'.repeat(79),
      'The information in this article applies to:',
      '',
      '- Microsoft Exchange Server, version 4.0 ',
      '-'.repeat(79),
    ]);
  });

  it('keeps the rest as main text', () => {
    expect(texts(zones.main)).toEqual(['', '', 'SYMPTOMS', '========', '', 'Text.', '']);
  });

  it('finds the query words and the footer from the end', () => {
    expect(texts(zones.queryWords)).toEqual(['Additional query words: crash', ' mta', '']);
    expect(zones.footer.map(({ label, value }) => [label, value])).toEqual([
      ['Keywords', 'kbnetwork'],
      ['Component', 'MTA'],
      ['Technology', 'kbExchange400'],
    ]);
    expect(zones.footerLines).toHaveLength(7);
  });

  it('orders the fields as the page shows them', () => {
    const { known, other } = orderedFooter(zones.footer);
    expect([...known.keys()]).toEqual(['Keywords', 'Technology']);
    expect(other.map(({ label }) => label)).toEqual(['Component']);
    expect(orderedHeader(zones.header.slice().reverse()).map(({ label }) => label)).toEqual(zones.header.map(({ label }) => label));
  });

  it('sets unknown and repeated header lines apart, and an Article line without an id', () => {
    const odd = splitZones(lines('Article: Q1\nAuthor: me\nArticle: Q2\nProduct(s): X\n\nText.'));
    expect(odd.header.map(({ label }) => label)).toEqual(['Article', 'Product(s)']);
    expect(texts(odd.headerExtra)).toEqual(['Author: me', 'Article: Q2']);
    expect(splitZones(lines('Article: none\n\nText.')).header).toEqual([]);
  });

  it('has no header when the first block has no header field', () => {
    const none = splitZones(lines('Text.\nMore.\n\nEnd.'));
    expect(none.header).toEqual([]);
    expect(texts(none.main)).toEqual(['Text.', 'More.', '', 'End.']);
  });

  it('has no footer when text follows it, nor query words when text follows them', () => {
    const trailing = splitZones(lines('Additional query words: x\n\nMore text.\n==========\nKeywords          : a\nstray text'));
    expect(trailing.footer).toEqual([]);
    expect(trailing.queryWords).toEqual([]);
    expect(trailing.main).toHaveLength(6);
  });

  it('does not take a rule before a field that cannot open a footer', () => {
    expect(splitZones(lines('Text.\n==========\nKBSubcategory: x')).footer).toEqual([]);
  });

  it('does not take an applies-to block whose lines are not items', () => {
    const broken = splitZones(lines('----------\nThe information in this article applies to:\nprose\n----------'));
    expect(broken.appliesTo).toBe(null);
  });
});
