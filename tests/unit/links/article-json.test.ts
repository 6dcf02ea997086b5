import { readFileSync } from 'node:fs';
import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, ArticleSummary } from '../../../src/article/model.ts';
import { articleIndex, articleJson } from '../../../src/links/article-json.ts';
import { facetsOf } from '../../../src/facets/facets-of.ts';

const validator = (name: string) => new Validator(JSON.parse(readFileSync(`public/schema/${name}`, 'utf8')) as Schema, '2020-12');
const SITE = 'https://kb.example.org/';

const record: ArticleRecord = {
  id: 'Q152734',
  number: 152734,
  title: 'How to Obtain the Latest Windows NT 4.0 Service Pack',
  tag: null,
  permalink: '/kb/152/Q152734/',
  sourcePath: 'kb/152/Q152734/README.md',
  header: { products: ['Microsoft Windows NT'], versionsRaw: '4.0', operatingSystems: [], keywords: [], lastModified: '2001-08-09', lastModifiedRaw: '09-AUG-2001' },
  appliesTo: ['Microsoft Windows NT Server version 4.0'],
  sections: [{ title: 'SUMMARY', slug: 'summary', depth: 2, text: 'Service packs are the means by which Windows NT product updates are distributed.' }],
  footer: { keywords: [], technology: [], version: '', issueType: '', solutionType: '', other: [{ label: 'Hardware', value: 'x86' }] },
  additionalQueryWords: 'sp6a',
  references: [{ id: 'Q246009', title: 'Windows NT 4 Service Pack 6a Available' }, { id: 'Q151261', title: null }],
  problems: [],
  html: '<h2 id="summary">SUMMARY</h2>',
  outline: [{ title: 'SUMMARY', slug: 'summary', level: 2 }],
  description: 'Service packs are the means by which Windows NT product updates are distributed.',
  source: '---\ntitle: ...',
};
const citing: ArticleSummary = {
  id: 'Q219324', number: 219324, title: 'Access Violation When You Run 16-Bit Parent and Child Programs', tag: null,
  permalink: '/kb/219/Q219324/', sourcePath: 'kb/219/Q219324/README.md', products: [], versionsRaw: '', operatingSystems: [], keywords: [], lastModified: null, appliesTo: [], footerKeywords: [], references: ['Q152734'],
};
const permalinkOf = (id: string) => ({ Q246009: '/kb/246/Q246009/' })[id] ?? null;

describe('articleJson', () => {
  const summary: ArticleSummary = { ...citing, id: record.id, number: record.number, permalink: record.permalink, products: record.header.products, versionsRaw: '4.0', appliesTo: record.appliesTo, references: [] };
  const json = articleJson(record, SITE, permalinkOf, [citing], facetsOf(summary));

  it('validates against public/schema/article.schema.json', () => expect(validator('article.schema.json').validate(json).errors).toEqual([]));

  it('resolves references, lists backlinks and carries the citation, without HTML or source', () => {
    expect(json.url).toBe('https://kb.example.org/kb/152/Q152734/');
    expect(json.$schema).toBe('https://kb.example.org/schema/article.schema.json');
    expect(json.references).toEqual([
      { id: 'Q246009', title: 'Windows NT 4 Service Pack 6a Available', permalink: '/kb/246/Q246009/' },
      { id: 'Q151261', title: null, permalink: null },
    ]);
    expect(json.citedBy).toEqual([{ id: 'Q219324', title: citing.title, permalink: '/kb/219/Q219324/' }]);
    expect(json.citation.text).toBe(`Microsoft KB Q152734: ${record.title} (last modified 9 Aug 2001). https://kb.example.org/kb/152/Q152734/`);
    expect(Object.keys(json)).not.toEqual(expect.arrayContaining(['html']));
    expect(Object.keys(json)).not.toEqual(expect.arrayContaining(['source']));
  });

  it('points to the source file for the text instead of repeating it per section', () => {
    expect(json.sourceUrl).toBe('https://kb.example.org/kb/152/Q152734.txt');
    expect(json.sections).toEqual([{ title: 'SUMMARY', slug: 'summary', depth: 2 }]);
  });

  it('still accepts documents written before the text moved out (sections with text, no sourceUrl)', () => {
    const { sourceUrl, ...older } = json;
    const withText = { ...older, sections: [{ ...json.sections[0], text: 'Service packs are the means by which Windows NT product updates are distributed.' }] };
    expect(sourceUrl).toBeTruthy();
    expect(validator('article.schema.json').validate(withText).errors).toEqual([]);
  });

  it("names the products, versions and systems of the article's own list, with their browse pages", () => {
    expect(json.facts).toEqual({
      source: 'both',
      products: [
        {
          name: 'Microsoft Windows NT',
          url: 'https://kb.example.org/product/microsoft-windows-nt/',
          editions: ['Server'],
          versions: [{ name: 'Microsoft Windows NT 4.0', url: 'https://kb.example.org/version/microsoft-windows-nt-4.0/' }],
        },
      ],
      operatingSystems: [{ name: 'Windows NT', url: 'https://kb.example.org/os/windows-nt/' }],
    });
  });

  // The schema must catch documents that break the interface, or validating against it proves nothing.
  it.each([
    ['a missing field', ({ citation: _, ...rest }: Record<string, unknown>) => rest],
    ['an id that is not Q<number>', (doc: Record<string, unknown>) => ({ ...doc, id: '152734' })],
    ['a permalink outside the site', (doc: Record<string, unknown>) => ({ ...doc, permalink: 'https://elsewhere.example/x/' })],
    ['a date that is not ISO', (doc: Record<string, unknown>) => ({ ...doc, header: { ...record.header, lastModified: '09-AUG-2001' } })],
    ['a section depth of 4', (doc: Record<string, unknown>) => ({ ...doc, sections: [{ ...record.sections[0], depth: 4 }] })],
  ])('the schema rejects %s', (_, mutate) => {
    expect(validator('article.schema.json').validate(mutate(json as unknown as Record<string, unknown>)).valid).toBe(false);
  });
});

describe('articleIndex', () => {
  const index = articleIndex([citing, { ...citing, id: 'Q152734', permalink: '/kb/152/Q152734/', products: ['Microsoft Windows NT'], lastModified: '2001-08-09' }], SITE);

  it('validates against public/schema/article-index.schema.json', () =>
    expect(validator('article-index.schema.json').validate(index).errors).toEqual([]));

  it('is one row of fixed fields per article', () => {
    expect(index.count).toBe(2);
    expect(index.articles[1]).toEqual(['Q152734', citing.title, '/kb/152/Q152734/', ['Microsoft Windows NT'], '2001-08-09']);
  });

  it('is rejected by the schema when a row is short', () =>
    expect(validator('article-index.schema.json').validate({ ...index, articles: [['Q1', 't', '/kb/000/Q1/']] }).valid).toBe(false));
});
