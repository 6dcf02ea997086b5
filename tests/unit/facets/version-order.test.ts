import { describe, expect, it } from 'vitest';
import { compareVersions, sameVersion } from '../../../src/facets/version-order.ts';

describe('compareVersions', () => {
  it('orders versions as versions, not as text', () => {
    const shuffled = ['2000', '4.0 SP2', '97', '3.11', '95', '4.0', '3.1', 'XP', 'Me', '98', '3.0a', '3.0', '4.0 SP10', '6.22', '6.2', '6.21'];
    expect([...shuffled].sort(compareVersions)).toEqual(['3.0', '3.0a', '3.1', '3.11', '4.0', '4.0 SP2', '4.0 SP10', '6.2', '6.21', '6.22', '95', '97', '98', '2000', 'Me', 'XP']);
  });

  it('puts a version before its extensions and dated editions in year order', () => {
    expect(['5.5 SP1', '5.5', '2.5x', '2.5'].sort(compareVersions)).toEqual(['2.5', '2.5x', '5.5', '5.5 SP1']);
    expect(['1995 edition', '1992 edition', '1994-1995 edition'].sort(compareVersions)).toEqual(['1992 edition', '1994-1995 edition', '1995 edition']);
  });

  it('is a total order: antisymmetric and zero only for the same text', () => {
    const versions = ['4.0', '4.00', '4.0a', '4.0 SP1', 'x', ''];
    for (const a of versions) for (const b of versions) expect(Math.sign(compareVersions(a, b)) + Math.sign(compareVersions(b, a))).toBe(0);
    expect(compareVersions('4.0', '4.00')).not.toBe(0);
  });
});

describe('sameVersion', () => {
  it('reads 4.00 as 4.0 and sp2 as SP2', () => {
    expect(sameVersion('4.00', '4.0')).toBe(true);
    expect(sameVersion('4.0 sp2', '4.0 SP2')).toBe(true);
    expect(sameVersion('4.0', '4.0a')).toBe(false);
    expect(sameVersion('3.1', '3.11')).toBe(false);
  });
});

describe("a product's versions in the index", () => {
  it('are listed as versions on the product page', async () => {
    const { buildFacetIndex } = await import('../../../src/facets/build-index.ts');
    const { summary } = await import('./summary.ts');
    const lines = ['Microsoft Windows 2000 Server', 'Microsoft Windows versions 3.1, 3.11', 'Microsoft Windows 95', 'Microsoft Windows 98', 'Microsoft Windows versions 3.0, 3.0a'];
    const index = buildFacetIndex(lines.map((line, i) => summary({ id: `Q${100001 + i}`, appliesTo: [line] })));
    const windows = index.bySlug.product.get('microsoft-windows')!;
    expect(windows.related.filter((ref) => ref.kind === 'version').map((ref) => ref.label)).toEqual([
      'Microsoft Windows 3.0',
      'Microsoft Windows 3.0a',
      'Microsoft Windows 3.1',
      'Microsoft Windows 3.11',
      'Microsoft Windows 95',
      'Microsoft Windows 98',
      'Microsoft Windows 2000',
    ]);
  });
});
