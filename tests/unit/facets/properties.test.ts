import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { buildFacetIndex, byRecency } from '../../../src/facets/build-index.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { facetReport } from '../../../src/facets/report.ts';
import { FACET_KINDS, type FacetEntry } from '../../../src/facets/types.ts';

/** Header text from the corpus's odd corners mixed with arbitrary strings. */
const piece = fc.oneof(
  fc.constantFrom('winnt', 'WINDOWS', 'MS- DOS', 'OS/2', 'Win95', 'N\\A', 'BeOS', ':', ';', '|', ',', ' ', '4.0', '4.0 SP1', 'sp2', '2.', '1994 edition', 'Build', 'See article', 'kbG', 'SR#', '_IK', ''),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
/** "Applies to" lines built from the pieces the item parser looks for. */
const appliesToItem = fc
  .array(
    fc.oneof(
      fc.constantFrom('Microsoft ', 'Windows NT ', 'Server ', 'Enterprise Edition', ', 32-bit,', ' for Windows', ', version ', ' versions ', 'the operating system: ', 'the hardware: ', ', used with:', ' SP', ' Service Packs 1, 2', '4.0', '5.0, 6.0', '97', '2000', ', ', ' and ', ':', '(', ')'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const summaryArb = (id: number): fc.Arbitrary<ArticleSummary> =>
  fc.record({
    products: fc.array(text, { maxLength: 2 }),
    versionsRaw: text,
    operatingSystems: fc.array(text, { maxLength: 2 }),
    // Up to 14 tokens of up to ~12 characters: long enough lines to be read as cut at the column limit.
    keywords: fc.array(fc.oneof(fc.constantFrom('kbG', 'kbVC', 'kbGrpDSVB', 'kbnetwork'), text.filter((t) => t !== '' && !/\s/.test(t))), { maxLength: 14 }),
    lastModified: fc.option(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.string({ maxLength: 10 }))),
    appliesTo: fc.array(fc.oneof(appliesToItem, text), { maxLength: 3 }),
    footerKeywords: fc.array(fc.oneof(fc.constantFrom('kbGrpDSVB', 'kbVC600'), text.filter((t) => t !== '' && !/\s/.test(t))), { maxLength: 4 }),
  }).map((fields) => ({ id: `Q${id}`, number: id, title: '', tag: null, permalink: `/kb/${id}/`, sourcePath: `kb/${id}/README.md`, references: [], ...fields }));
const catalogArb = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => summaryArb(i + 1))));

// Hundreds of generated catalogs: on a machine shared with parallel builds this takes longer than vitest's 5 s default.
describe('on any input', { timeout: 120_000 }, () => {
  it('facetsOf never throws and never makes an empty or unsafe value', () => {
    fc.assert(
      fc.property(summaryArb(1), (s) => {
        const { facets } = facetsOf(s);
        for (const kind of FACET_KINDS) {
          for (const ref of facets[kind]) {
            expect(ref.kind).toBe(kind);
            expect(ref.slug).toMatch(/^[a-z0-9_][a-z0-9._-]*$/);
            expect(ref.label.trim()).not.toBe('');
          }
          expect(new Set(facets[kind].map((ref) => ref.slug)).size).toBe(facets[kind].length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the index counts and lists every summary under each of its facets, and nothing else', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const index = buildFacetIndex(catalog);
        const expected = new Map<string, string[]>();
        for (const s of catalog) {
          for (const kind of FACET_KINDS) {
            for (const ref of facetsOf(s, index.vocabulary).facets[kind]) {
              const key = `${kind}:${ref.slug}`;
              expected.set(key, [...(expected.get(key) ?? []), s.id]);
            }
          }
        }
        const actual = new Map<string, FacetEntry>(FACET_KINDS.flatMap((kind) => index.values[kind].map((v) => [`${kind}:${v.slug}`, v] as const)));
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        const newestFirst = [...catalog].sort(byRecency).map((s) => s.id);
        for (const [key, ids] of expected) {
          expect(actual.get(key)!.count).toBe(ids.length);
          expect(actual.get(key)!.ids).toEqual(newestFirst.filter((id) => ids.includes(id)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the report accounts for every raw value it rejects', () => {
    fc.assert(
      fc.property(catalogArb, (catalog) => {
        const report = facetReport(catalog);
        for (const kind of FACET_KINDS) {
          const k = report.kinds[kind];
          const rejected = report.rejected.filter((e) => e.kind === kind);
          expect(rejected.filter((e) => e.reason === 'unmatched').reduce((n, e) => n + e.count, 0)).toBe(k.unmatched);
          expect(rejected.filter((e) => e.reason !== 'unmatched').reduce((n, e) => n + e.count, 0)).toBe(k.dropped);
          expect(k.unmatchedShare).toBeGreaterThanOrEqual(0);
          expect(k.unmatchedShare).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
