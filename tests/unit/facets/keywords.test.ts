import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import type { Rejection } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

const slugs = (keywords: string[]) => facetsOf(summary({ keywords })).facets.keyword.map((ref) => ref.slug);

/** Single `Keyword(s):` tokens from the corpus: [token, keyword slug or the rejection reason]; the label is the folded token. */
describe.each<[string, string | Rejection['reason']]>([
  // the seed article's keyword
  ['kbnetwork', 'kbnetwork'],
  // case folds: kbNetwork and KBNETWORK are kbnetwork
  ['kbNetwork', 'kbnetwork'],
  ['KBNETWORK', 'kbnetwork'],
  // old-format keywords (3324 ENDUSER, 1916 mspl13_basic) and dotted bug lists
  ['ENDUSER', 'enduser'],
  ['mspl13_basic', 'mspl13_basic'],
  ['buglist4.00b', 'buglist4.00b'],
  ['_IK283', '_ik283'],
  ['readme.doc', 'readme.doc'],
  ['3rdpartynet', '3rdpartynet'],
  ['start-up', 'start-up'],
  // a slash: OS/2 (4)
  ['OS/2', 'os-2'],
  // chip and error numbers are words here
  ['80287', '80287'],
  ['8514A', '8514a'],
  // a separator glued on (6)
  ['ENDUSER|', 'enduser'],
  // the old format's field separator (6697)
  ['|', 'junk'],
  // a service request marker (700) and numbers (S900517-71, G890807-24188)
  ['SR#', 'junk'],
  ['S900517-71', 'junk'],
  ['G890807-24188', 'junk'],
  // what a cut line leaves (121 kb, 95 k)
  ['kb', 'junk'],
  ['k', 'junk'],
  ['Kb', 'junk'],
  // an empty index marker (257)
  ['_IK', 'junk'],
  // version numbers in the keyword list, small bare numbers, single letters, percentages
  ['4.00', 'junk'],
  ['6.00a', 'junk'],
  ['87', 'junk'],
  ['C', 'junk'],
  ['0%', 'junk'],
  // no rule: reported, not faceted
  ['/FPc', 'unmatched'],
  ['b:', 'unmatched'],
  ['-ND', 'unmatched'],
])('keyword %j', (token, expected) => {
  it(`gives ${expected}`, () => {
    const { facets, rejected } = facetsOf(summary({ keywords: [token] }));
    if (expected === 'junk' || expected === 'unmatched') {
      expect(facets.keyword).toEqual([]);
      expect(rejected).toEqual([{ kind: 'keyword', raw: token, reason: expected }]);
    } else {
      const label = token.replace(/^\|+|\|+$/g, '').toLowerCase();
      expect(facets.keyword).toEqual([{ kind: 'keyword', slug: expected, label }]);
      expect(rejected).toEqual([]);
    }
  });
});

describe('keyword lists', () => {
  it('give one facet per keyword, whatever its case, in first-seen order', () => {
    expect(slugs(['kbNetwork', 'kberrmsg', 'kbnetwork', '|', 'KBERRMSG'])).toEqual(['kbnetwork', 'kberrmsg']);
  });

  // Q130291's line is 87 characters: the source cut kbsna400sp2 (the footer has it whole).
  const cut = ['kbsna211sp1', 'kbsna211sp2', 'kbsna300sp1', 'kbsna300sp2', 'kbsna300sp3', 'sna4', 'kbsna400sp1', 'kbsna400sp'];

  it('drop the last token of a cut line when nothing says it is whole', () => {
    expect(cut.join(' ')).toHaveLength(87);
    const { facets, rejected } = facetsOf(summary({ keywords: cut }));
    expect(facets.keyword.map((ref) => ref.slug)).toEqual(cut.slice(0, -1));
    expect(rejected).toEqual([{ kind: 'keyword', raw: 'kbsna400sp', reason: 'truncated' }]);
  });

  it('keep it when the vocabulary has it whole', () => {
    const { facets, rejected } = facetsOf(summary({ keywords: cut }), new Set(['keyword:kbsna400sp']));
    expect(facets.keyword.map((ref) => ref.slug)).toEqual(cut);
    expect(rejected).toEqual([]);
  });

  it('keep the last token of a line shorter than the limit', () => {
    expect(slugs(cut.slice(1))).toEqual(cut.slice(1));
  });
});
