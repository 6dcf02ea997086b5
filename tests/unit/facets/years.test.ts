import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import type { FacetRef, Rejection } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

/** `Last Modified:` as the parser gives it (ISO or null): [lastModified, year facets, rejections]. */
describe.each<[string | null, FacetRef[], Rejection[]]>([
  // the seed article (29-MAR-1999)
  ['1999-03-29', [{ kind: 'year', slug: '1999', label: '1999' }], []],
  // the oldest and newest years in the corpus
  ['1988-08-01', [{ kind: 'year', slug: '1988', label: '1988' }], []],
  ['2002-05-16', [{ kind: 'year', slug: '2002', label: '2002' }], []],
  // the ends of the plausible range
  ['1980-01-01', [{ kind: 'year', slug: '1980', label: '1980' }], []],
  ['2003-12-31', [{ kind: 'year', slug: '2003', label: '2003' }], []],
  // absurd years: reported, not faceted
  ['1979-12-31', [], [{ kind: 'year', raw: '1979-12-31', reason: 'absurd-year' }]],
  ['2099-03-29', [], [{ kind: 'year', raw: '2099-03-29', reason: 'absurd-year' }]],
  ['0001-01-01', [], [{ kind: 'year', raw: '0001-01-01', reason: 'absurd-year' }]],
  // unparseable: the parser reports it (date-unparseable); no facet, nothing to add here
  [null, [], []],
  // not ISO after all: reported
  ['29-MAR-1999', [], [{ kind: 'year', raw: '29-MAR-1999', reason: 'unmatched' }]],
])('lastModified %j', (lastModified, expected, rejected) => {
  it(`gives ${expected.map((ref) => ref.label).join() || 'no year'}`, () => {
    const facets = facetsOf(summary({ lastModified }));
    expect(facets.facets.year).toEqual(expected);
    expect(facets.rejected).toEqual(rejected);
  });
});
