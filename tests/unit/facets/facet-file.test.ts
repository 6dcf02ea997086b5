import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { isFacetFile, packFacets, unpackFacets } from '../../../src/facets/facet-file.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { FACET_KINDS } from '../../../src/facets/types.ts';

/** 43 real summaries picked for their odd header values, cut values among them. */
const catalog = JSON.parse(readFileSync(new URL('../../fixtures/facets/catalog.json', import.meta.url), 'utf8')) as ArticleSummary[];
const index = buildFacetIndex(catalog);
const articles = catalog.map((summary) => facetsOf(summary, index.vocabulary));
// Through JSON, as the build writes and reads it.
const file: unknown = JSON.parse(JSON.stringify(packFacets(index, articles)));

describe('the facet file', () => {
  it('gives back the index and every article’s facets as they were computed', () => {
    expect(isFacetFile(file)).toBe(true);
    const read = unpackFacets(file as ReturnType<typeof packFacets>);
    expect(read.articles).toEqual(articles);
    expect(read.index.values).toEqual(index.values);
    expect(read.index.vocabulary).toEqual(index.vocabulary);
    for (const kind of FACET_KINDS) expect([...read.index.bySlug[kind]]).toEqual([...index.bySlug[kind]]);
  });

  it('writes each value once and shares one frozen ref for it between articles', () => {
    const packed = file as ReturnType<typeof packFacets>;
    const keys = packed.refs.map(([kind, slug, label]) => `${kind}\u0000${slug}\u0000${label}`);
    expect(new Set(keys).size).toBe(keys.length);
    const { articles: read } = unpackFacets(packed);
    const windows = read.flatMap((article) => article.facets.os).filter((ref) => ref.slug === 'windows-nt');
    expect(windows.length).toBeGreaterThan(1);
    expect(new Set(windows).size).toBe(1);
    expect(Object.isFrozen(windows[0])).toBe(true);
  });

  it('refuses a file that is not one, and a position outside the table', () => {
    expect(isFacetFile({ refs: [], articles: [] })).toBe(false);
    expect(isFacetFile(null)).toBe(false);
    const packed = structuredClone(file) as ReturnType<typeof packFacets>;
    packed.articles[0]!.facets.product = [packed.refs.length];
    expect(() => unpackFacets(packed)).toThrow(/no value at position/);
  });
});
