/**
 * Whole source files through the parser and the facets, as the build reads
 * them: a mixed-product article, an old `See article` article and a header
 * keyword cut at the column limit (excerpts in tests/fixtures/facets/articles/,
 * or the sample article in content/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/article/decode-source.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { summarize } from '../../../src/article/summarize.ts';
import { buildFacetIndex } from '../../../src/facets/build-index.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { articlePath, sampleArticle } from '../article/fixture-input.ts';

/** An excerpt in tests/fixtures/facets/articles/, or the whole sample article from content/ when it has none. */
function fixture(id: string): ArticleSummary {
  const excerpt = new URL(`../../fixtures/facets/articles/${id}.md`, import.meta.url);
  const { file, bytes } = existsSync(excerpt) ? { file: articlePath(id), bytes: readFileSync(excerpt) } : sampleArticle(id);
  return summarize(parseArticle(decodeSource(bytes, file).text, file));
}

const labels = (refs: ReadonlyArray<{ label: string }>) => refs.map((ref) => ref.label);

describe('Q194792, an ADO article whose header files ADO 2.x under Visual Basic', () => {
  const summary = fixture('Q194792');
  const facts = facetsOf(summary);

  it('takes products, editions and versions from its "applies to" list', () => {
    expect(facts.products.map(({ product, editions, versions }) => [product.label, editions, labels(versions)])).toEqual([
      ['Microsoft Visual Basic for Windows', ['Enterprise Edition'], ['Microsoft Visual Basic for Windows 5.0', 'Microsoft Visual Basic for Windows 6.0']],
      [
        'ActiveX Data Objects (ADO)',
        [],
        ['ActiveX Data Objects (ADO) 2.0', 'ActiveX Data Objects (ADO) 2.1 SP2', 'ActiveX Data Objects (ADO) 2.5', 'ActiveX Data Objects (ADO) 2.6', 'ActiveX Data Objects (ADO) 2.7'],
      ],
    ]);
    expect(labels(facts.facets.product)).toEqual(['Microsoft Visual Basic for Windows', 'ActiveX Data Objects (ADO)']);
  });

  it('never makes a Visual Basic version out of the header bare ADO versions', () => {
    expect(labels(facts.facets.version).filter((label) => /Visual Basic.* 2\./.test(label))).toEqual([]);
  });

  it('reports what the header claims and the list does not', () => {
    expect(facts.source).toBe('conflict');
    expect(facts.rejected.filter((r) => r.reason === 'contradicted').map((r) => r.raw)).toEqual([
      'Microsoft Visual Basic for Windows 2.0',
      'Microsoft Visual Basic for Windows 2.1 SP2',
      'Microsoft Visual Basic for Windows 2.5',
      'Microsoft Visual Basic for Windows 2.6',
      'Microsoft Visual Basic for Windows 2.7',
    ]);
  });

  it('is listed under both products in the index', () => {
    const index = buildFacetIndex([summary]);
    expect(index.bySlug.product.get('activex-data-objects-ado')?.ids).toEqual(['Q194792']);
    expect(index.bySlug.product.get('microsoft-visual-basic-for-windows')?.ids).toEqual(['Q194792']);
    expect(index.bySlug.version.has('microsoft-visual-basic-for-windows-2.7')).toBe(false);
  });
});

describe('Q11158, a 1991 article whose header says "See article" and which has no list', () => {
  const summary = fixture('Q11158');
  const facts = facetsOf(summary);

  it('has no "applies to" list to take products from', () => {
    expect(summary.products).toEqual(['See article']);
    expect(summary.appliesTo).toEqual([]);
  });

  it('takes its product from its Programmer\'s Library section keyword', () => {
    expect(facts.source).toBe('keyword');
    expect(labels(facts.facets.product)).toEqual(['Microsoft C Compiler']);
  });

  it('leaves its bare versions unattached rather than guess their product', () => {
    expect(facts.facets.version).toEqual([]);
    expect(facts.rejected.filter((r) => r.reason === 'no-product').map((r) => r.raw)).toContain('6.00a');
  });
});

describe('Q66738, whose header keyword line is cut at the column limit', () => {
  const summary = fixture('Q66738');

  it('has the cut token in the header and the whole one in the footer', () => {
    expect(summary.keywords.at(-1)).toBe('kbDSuppor');
    expect(summary.footerKeywords).toContain('kbDSupport');
  });

  it('completes the keyword from the footer, with no catalog needed', () => {
    const keywords = labels(facetsOf(summary).facets.keyword);
    expect(keywords).toContain('kbdsupport');
    expect(keywords).not.toContain('kbdsuppor');
  });
});
