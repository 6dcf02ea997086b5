import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/article/model.ts';
import { buildCodeCatalog } from '../../../src/codes/code-catalog.ts';
import { createCodeModel } from '../../../src/codes/code-pages.ts';
import { meanings } from '../../../src/codes/meanings.ts';

const summary = (number: number, lastModified: string | null): ArticleSummary => ({
  id: `Q${number}`,
  number,
  title: `Article ${number}`,
  tag: null,
  permalink: `/kb/${String(number).slice(0, 3)}/Q${number}/`,
  sourcePath: `kb/${String(number).slice(0, 3)}/Q${number}/README.md`,
  products: [],
  versionsRaw: '',
  operatingSystems: [],
  keywords: [],
  footerKeywords: [],
  appliesTo: [],
  lastModified,
  references: [],
});

const summaries = [summary(100001, '1999-01-01'), summary(100002, '2001-01-01'), summary(100003, '2000-01-01')];
const file = (i: number) => summaries[i]!.sourcePath;

const catalog = buildCodeCatalog(
  [
    { file: file(0), postings: [['0xc0000005', 3, 0, 'symptoms', 'SYMPTOMS', 'Exception ', 'c0000005', ' occurred'], ['wsa-10060', 1, 0, '', '', '', '', ''], ['error-10060', 1, 0, '', '', '', '', '']], spellings: [['0xc0000005', 'c0000005', 3], ['wsa-10060', '10060', 1]] },
    { file: file(1), postings: [['0xc0000005', 1, 0, '', '', 'at ', '0xC0000005', '.'], ['wsa-10060', 2, 0, '', '', '', '', ''], ['error-10060', 2, 0, '', '', '', '', '']], spellings: [['0xc0000005', '0xC0000005', 1]] },
    { file: file(2), postings: [['0xc0000005', 1, 1, '', '', '', 'c0000005', ''], ['not a key', 1, 0, '', '', '', '', '']], spellings: [['0xc0000005', 'c0000005', 1]] },
    { file: 'kb/999/Q999999/README.md', postings: [['0xc0000005', 9, 1, '', '', '', '', '']], spellings: [] },
  ],
  summaries,
);

describe('the code catalog', () => {
  const entry = catalog.codes.find((code) => code.key === '0xc0000005')!;

  it('ranks as the code index does: in the title, then mentions, then newest', () => {
    expect(entry.articles.map(([article]) => summaries[article]!.number)).toEqual([100003, 100001, 100002]);
    expect(entry.mentions).toBe(5);
  });

  it('counts every spelling', () => {
    expect(entry.spellings).toEqual([['c0000005', 4], ['0xC0000005', 1]]);
  });

  it('lists codes in the same articles, once for a code and the key it implies', () => {
    expect(entry.related).toEqual([['wsa-10060', 2]]);
  });

  it('gives pages only to well-formed keys, and deep links to the first section', () => {
    const model = createCodeModel(catalog, summaries, meanings, () => []);
    expect(model.summaries.map((code) => code.key)).toEqual(['0xc0000005', 'error-10060', 'wsa-10060']);
    const [page] = [...model.pages()];
    expect(page!.rows.map((row) => row.url)).toEqual(['/kb/100/Q100003/', '/kb/100/Q100001/#symptoms', '/kb/100/Q100002/']);
    expect(page!.meaning.names[0]?.name).toBe('STATUS_ACCESS_VIOLATION');
  });

  it('pages long lists with stable URLs', () => {
    const model = createCodeModel(catalog, summaries, meanings, () => [], 2);
    const pages = [...model.pages()].filter((page) => page.code.key === '0xc0000005');
    expect(pages.map((page) => [page.page.url, page.rows.length])).toEqual([['/code/0xc0000005/', 2], ['/code/0xc0000005/2/', 1]]);
  });
});
