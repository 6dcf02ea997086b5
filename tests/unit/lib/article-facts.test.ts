import { describe, expect, it } from 'vitest';
import { articleFactLine, MAX_VERSIONS } from '../../../src/lib/article-facts.ts';
import type { FacetEntry, FacetRef } from '../../../src/facets/types.ts';

const product: FacetRef = { kind: 'product', slug: 'microsoft-foxpro', label: 'Microsoft FoxPro' };
const version = (v: string, platform: string): FacetRef => ({ kind: 'version', slug: `foxpro-${v}-${platform}`, label: `Microsoft FoxPro ${v} · ${platform}` });
const entry = (ref: FacetRef, related: FacetRef[]): FacetEntry => ({ ...ref, count: 1, ids: [], related });
const os: FacetRef = { kind: 'os', slug: 'windows', label: 'Windows' };

function line(versions: FacetRef[], products = [product]) {
  const bySlug = { version: new Map(versions.map((v) => [v.slug, entry(v, [product, os])])) } as never;
  return articleFactLine({ id: 'Q1', facets: { product: products, version: versions, os: [os], year: [], keyword: [] }, products: [], source: 'header', rejected: [] }, { bySlug });
}

describe('articleFactLine', () => {
  it('shows each version by what it adds to its product, once per version whatever the platform', () => {
    const facts = line([version('3.0b', 'Macintosh'), version('3.0b', 'Windows'), version('5.0', 'Windows')]);
    expect(facts.products).toEqual([{ product, versions: [{ ref: version('3.0b', 'Macintosh'), text: '3.0b' }, { ref: version('5.0', 'Windows'), text: '5.0' }], moreVersions: 0 }]);
    expect(facts.os).toEqual([os]);
  });

  it('cuts long version lists and counts the rest', () => {
    const versions = Array.from({ length: MAX_VERSIONS + 2 }, (_, k) => version(`${k + 1}.0`, 'Windows'));
    expect(line(versions).products[0]).toMatchObject({ moreVersions: 2 });
    expect(line(versions).products[0]!.versions).toHaveLength(MAX_VERSIONS);
  });

  it('keeps a version whose product the article does not list, by its full label', () => {
    const orphan = version('2.6', 'Windows');
    const facts = line([orphan], []);
    expect(facts.products).toEqual([{ product: null, versions: [{ ref: orphan, text: orphan.label }], moreVersions: 0 }]);
  });
});
