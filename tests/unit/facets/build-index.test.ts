import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import { FACET_KINDS, type FacetIndex } from '../../../src/facets/types.ts';
import { summary } from './summary.ts';

/** 43 real summaries picked for their odd header values (see the ids in the file). */
const catalog = JSON.parse(readFileSync(new URL('../../fixtures/facets/catalog.json', import.meta.url), 'utf8')) as ArticleSummary[];
const index = buildFacetIndex(catalog);
const entry = (i: FacetIndex, kind: (typeof FACET_KINDS)[number], slug: string) => i.bySlug[kind].get(slug);

describe('buildFacetIndex over the fixture catalog', () => {
  it('counts each value once per summary carrying it', () => {
    const carrying = new Map<string, Set<string>>();
    for (const s of catalog) {
      for (const kind of FACET_KINDS) {
        for (const ref of facetsOf(s, index.vocabulary).facets[kind]) {
          const key = `${kind}:${ref.slug}`;
          carrying.set(key, (carrying.get(key) ?? new Set()).add(s.id));
        }
      }
    }
    const counted = FACET_KINDS.flatMap((kind) => index.values[kind].map((v) => [`${kind}:${v.slug}`, v.count] as const));
    expect(new Map(counted)).toEqual(new Map([...carrying].map(([key, ids]) => [key, ids.size])));
  });

  it('counts products and years as the raw fields say', () => {
    const exchange = catalog.filter((s) => s.products.includes('Microsoft Exchange')).length;
    expect(exchange).toBeGreaterThan(0);
    expect(entry(index, 'product', 'microsoft-exchange')?.count).toBe(exchange);
    const of1999 = catalog.filter((s) => s.lastModified?.startsWith('1999-')).length;
    expect(entry(index, 'year', '1999')?.count).toBe(of1999);
    expect(entry(index, 'product', 'see-article')).toBeUndefined();
  });

  it('lists every summary under each of its facets', () => {
    for (const s of catalog) {
      for (const kind of FACET_KINDS) {
        for (const ref of facetsOf(s, index.vocabulary).facets[kind]) expect(entry(index, kind, ref.slug)?.ids).toContain(s.id);
      }
    }
  });

  it('has no empty value, and ids that match the count, distinct and newest first', () => {
    const rank = new Map([...catalog].map((s) => [s.id, s]));
    for (const kind of FACET_KINDS) {
      for (const v of index.values[kind]) {
        expect(v.slug).not.toBe('');
        expect(v.label.trim()).not.toBe('');
        expect(v.count).toBeGreaterThan(0);
        expect(v.ids).toHaveLength(v.count);
        expect(new Set(v.ids).size).toBe(v.count);
        const dates = v.ids.map((id) => rank.get(id)!.lastModified ?? '');
        expect(dates).toEqual([...dates].sort().reverse());
      }
    }
  });

  it('gives slugs unique within each kind, and finds every value by its slug', () => {
    for (const kind of FACET_KINDS) {
      expect(index.bySlug[kind].size).toBe(index.values[kind].length);
      for (const v of index.values[kind]) expect(index.bySlug[kind].get(v.slug)).toBe(v);
    }
  });

  it("relates a product to its versions and a version to its product and system", () => {
    const product = entry(index, 'product', 'microsoft-exchange')!;
    const versions = index.values.version.filter((v) => v.slug.startsWith('microsoft-exchange-'));
    expect(versions.length).toBeGreaterThan(1);
    expect(product.related.map((r) => r.slug).sort()).toEqual(versions.map((v) => v.slug).sort());
    expect(entry(index, 'version', 'microsoft-exchange-4.0-windows-nt')?.related).toEqual([
      { kind: 'product', slug: 'microsoft-exchange', label: 'Microsoft Exchange' },
      { kind: 'os', slug: 'windows-nt', label: 'Windows NT' },
    ]);
  });

  it('orders values by count, then label', () => {
    for (const kind of FACET_KINDS) {
      const counts = index.values[kind].map((v) => v.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe('buildFacetIndex determinism', () => {
  it('does not depend on the order of the summaries', () => {
    const shuffled = [...catalog].reverse();
    const other = buildFacetIndex(shuffled);
    expect(other.values).toEqual(index.values);
  });

  it('keeps every slug when the catalog grows', () => {
    const grown = buildFacetIndex([
      ...catalog,
      summary({ id: 'Q999998', products: ['Microsoft Exchange', 'Microsoft  exchange'], versionsRaw: 'WINNT:4.0; BeOS:1.0', keywords: ['KBNETWORK'] }),
      summary({ id: 'Q999999', products: ['Microsoft C++ Compiler'], keywords: ['kb_network', 'kb-network'] }),
    ]);
    for (const kind of FACET_KINDS) {
      for (const v of index.values[kind]) expect(grown.bySlug[kind].get(v.slug)?.label).toBe(v.label);
    }
  });

  it('gives the slugs facetsOf gives', () => {
    for (const s of catalog) {
      for (const kind of FACET_KINDS) {
        for (const ref of facetsOf(s).facets[kind]) expect(entry(index, kind, ref.slug)?.label).toBeDefined();
      }
    }
  });

  it('labels a value spelt two ways by its commonest spelling, whatever the order', () => {
    const summaries = [
      summary({ id: 'Q1', products: ['Microsoft BOB'] }),
      summary({ id: 'Q2', products: ['Microsoft Bob'] }),
      summary({ id: 'Q3', products: ['Microsoft Bob'] }),
    ];
    for (const order of [summaries, [...summaries].reverse()]) {
      expect(buildFacetIndex(order).values.product).toEqual([
        { kind: 'product', slug: 'microsoft-bob', label: 'Microsoft Bob', count: 3, ids: ['Q1', 'Q2', 'Q3'], related: [] },
      ]);
    }
  });
});

describe('ids order', () => {
  it('is newest first, ties by article number (not string order), undated last', () => {
    const i = buildFacetIndex([
      summary({ id: 'Q10', keywords: ['kbx'], lastModified: '1999-03-29' }),
      summary({ id: 'Q9', keywords: ['kbx'], lastModified: '1999-03-29' }),
      summary({ id: 'Q11', keywords: ['kbx'], lastModified: null }),
      summary({ id: 'Q12', keywords: ['kbx'], lastModified: '2001-01-01' }),
      summary({ id: 'Q8', keywords: ['kbx'], lastModified: '1990-06-01' }),
    ]);
    expect(i.bySlug.keyword.get('kbx')?.ids).toEqual(['Q12', 'Q9', 'Q10', 'Q8', 'Q11']);
  });
});

describe('values at the end of a cut header line', () => {
  // 87 characters, like Q96760: the line ends inside kbGrpDSTools.
  const cutLine = ['_IK920', 'kbVC', 'kbVC100', 'kbVC150', 'kbVC151', 'kbVC152', 'kbVC200', 'kbVC210', 'kbVC400', 'kbVC500', 'kbVC600', 'kbG'];
  const keepsLast = ['_IK920', 'kbVC', 'kbVC100', 'kbVC150', 'kbVC151', 'kbVC152', 'kbVC200', 'kbVC210', 'kbVC400', 'kbVC500', 'kbVC600', 'kbVC'];

  it('are dropped unless the catalog has them whole', () => {
    expect(cutLine.join(' ')).toHaveLength(87);
    const i = buildFacetIndex([summary({ id: 'Q1', keywords: cutLine }), summary({ id: 'Q2', keywords: ['kbvc600'] })]);
    expect(i.bySlug.keyword.get('kbg')).toBeUndefined();
    expect(i.bySlug.keyword.get('kbvc600')?.ids).toEqual(['Q1', 'Q2']);
    expect(i.vocabulary.has('keyword:kbg')).toBe(false);
  });

  it('are kept when another article has them whole, in date order among the others', () => {
    const i = buildFacetIndex([
      summary({ id: 'Q1', keywords: ['kbG'], lastModified: '1999-01-01' }),
      summary({ id: 'Q2', keywords: cutLine, lastModified: '2000-01-01' }),
      summary({ id: 'Q3', keywords: ['kbG', 'kbVC'], lastModified: '2001-01-01' }),
      summary({ id: 'Q4', keywords: ['kbG'], lastModified: '2000-01-01' }),
    ]);
    expect(i.bySlug.keyword.get('kbg')?.ids).toEqual(['Q3', 'Q2', 'Q4', 'Q1']);
    expect(i.bySlug.keyword.get('kbvc')?.ids).toEqual(['Q3', 'Q2']);
  });

  it('are kept when the same line has them earlier', () => {
    const i = buildFacetIndex([summary({ id: 'Q1', keywords: keepsLast })]);
    expect(i.bySlug.keyword.get('kbvc')?.ids).toEqual(['Q1']);
  });

  it('apply to versions too', () => {
    // 86 characters of versions ending in a cut "4.0 S" (Q242879 ends so)
    const raw = 'WINDOWS:3.0,3.0 SP1,3.0 SP2,3.0 SP3,3.0 SP4,3.0 U.S. SP1,3.0 U.S. SP2,4.0,4.0 SP1,4.0 S';
    expect(raw.length).toBeGreaterThanOrEqual(86);
    const i = buildFacetIndex([summary({ id: 'Q1', products: ['Microsoft Exchange'], versionsRaw: raw })]);
    expect(i.values.version.map((v) => v.label)).not.toContain('Microsoft Exchange 4.0 S · Windows');
    expect(i.bySlug.version.get('microsoft-exchange-4.0-sp1-windows')?.ids).toEqual(['Q1']);
  });
});

describe('an empty catalog', () => {
  it('has no values', () => {
    const i = buildFacetIndex([]);
    for (const kind of FACET_KINDS) expect(i.values[kind]).toEqual([]);
  });
});
