import { describe, expect, it } from 'vitest';
import { articleBrief, buildArticleFolders } from '../../../src/search/article-index.ts';
import { createCodeIndex } from '../../../src/search/code-index.ts';
import { shardName } from '../../../src/search/code-shard.ts';
import { CODE_DETAILED, CODE_MAX_ARTICLES, CODE_SHARDS, type ArticleBrief, type CodeEntry } from '../../../src/search/search-files.ts';
import { byShardOrder, shardPaths, splitIntoShards, SHARD_SIZE } from '../../../src/search/search-shards.ts';
import { summary } from '../facets/summary.ts';

const catalog = [
  summary({ id: 'Q152941', title: 'XCON: MTA Crashes', products: ['Microsoft Exchange'], lastModified: '1999-03-29', references: ['Q151261', 'Q152942'] }),
  summary({ id: 'Q152942', title: 'Second', products: ['Word', 'Excel'], lastModified: '2001-01-01', references: ['Q151261', 'Q151261'] }),
  summary({ id: 'Q153001', title: 'Undated', permalink: '/kb/153/Q153001-moved/', references: ['Q0', 'Q9999999x', 'Q153500'] }),
];

describe('buildArticleFolders', () => {
  const folders = buildArticleFolders(catalog, new Map([[152941, 'When you run Microsoft Exchange Server, the MTA might crash.']]));

  it('writes one file per folder, holding its articles', () => {
    expect([...folders.keys()].sort()).toEqual(['151', '152', '153']);
    expect(folders.get('152')!.articles).toEqual({
      152941: ['XCON: MTA Crashes', 'Microsoft Exchange', '1999-03-29'],
      152942: ['Second', 'Word, Excel', '2001-01-01'],
    });
  });

  it('keeps a permalink only when it is not the canonical one', () => {
    expect(folders.get('153')!.articles[153001]).toEqual(['Undated', '', '', '/kb/153/Q153001-moved/']);
  });

  it('keeps the first sentence of each article that has one, the excerpt of its article-number result', () => {
    expect(folders.get('152')!.leads).toEqual({ 152941: 'When you run Microsoft Exchange Server, the MTA might crash.' });
    expect(folders.get('153')!.leads).toEqual({});
  });

  it('lists cited missing numbers in their own folder with the citing articles, newest first, once each', () => {
    expect(folders.get('151')!.citedBy).toEqual({
      151261: {
        ids: [152942, 152941],
        top: [
          ['Second', 'Word, Excel', '2001-01-01'],
          ['XCON: MTA Crashes', 'Microsoft Exchange', '1999-03-29'],
        ],
      },
    });
    expect(folders.get('153')!.citedBy).toEqual({ 153500: { ids: [153001], top: [['Undated', '', '', '/kb/153/Q153001-moved/']] } });
  });

  it("lists the citers of numbers the archive has too, so an article's result is followed by them", () => {
    expect(folders.get('152')!.citedBy).toEqual({ 152942: { ids: [152941], top: [['XCON: MTA Crashes', 'Microsoft Exchange', '1999-03-29']] } });
  });

  it('never counts an article as citing itself', () => {
    const self = buildArticleFolders([summary({ id: 'Q160000', references: ['Q160000'] })]);
    expect(self.get('160')!.citedBy).toEqual({});
  });
});

it('buildArticleFolders gives briefs for only the first citers of a much-cited number', () => {
  const citers = Array.from({ length: CODE_DETAILED + 3 }, (_, i) => summary({ id: `Q${400000 + i}`, references: ['Q399999'] }));
  const missing = buildArticleFolders(citers).get('399')!.citedBy[399999]!;
  expect(missing.ids).toHaveLength(CODE_DETAILED + 3);
  expect(missing.top).toHaveLength(CODE_DETAILED);
});

describe('createCodeIndex', () => {
  const index = createCodeIndex();
  const add = (n: number, date: string | null, keys: Record<string, number>, inTitle: string[] = [], section?: string) =>
    index.add(n, date, {
      counts: new Map(Object.entries(keys)),
      inTitle: new Set(inTitle),
      firstSection: new Map(section ? Object.keys(keys).map((key) => [key, { slug: section, title: section.toUpperCase() }]) : []),
      firstMention: new Map(n === 2 ? [['0xc0000005', ['Exception ', 'C0000005', ' occurred']]] : []),
    });
  add(1, '1999-01-01', { '0xc0000005': 1 });
  add(2, '2001-01-01', { '0xc0000005': 1 }, [], 'cause');
  add(3, '1995-01-01', { '0xc0000005': 5 });
  add(4, null, { '0xc0000005': 1 }, ['0xc0000005']);
  for (let n = 10; n < 10 + CODE_MAX_ARTICLES + 1; n++) add(n, null, { 'n-1999': 1 });
  for (let n = 100; n < 100 + CODE_DETAILED + 5; n++) add(n, null, { 'event-9405': 1 });
  const shards = index.shards((n): ArticleBrief =>
    n === 3 ? [`Title ${n}`, 'Product', '', '/kb/000/Q3-x/'] : [`Title ${n}`, 'Product', n === 2 ? '2001-01-01' : ''],
  );
  const entry = (key: string) => shards.get(shardName(key, CODE_SHARDS))![key];

  it('ranks the key in the title first, then mentions, then newest', () => {
    expect((entry('0xc0000005') as CodeEntry).ids).toEqual([4, 3, 2, 1]);
  });

  it('describes the first articles, with the section that mentions the key and the words around it', () => {
    expect((entry('0xc0000005') as CodeEntry).top).toEqual([
      ['Title 4', 'Product', '', '', '', '', '', '', ''],
      ['Title 3', 'Product', '', '/kb/000/Q3-x/', '', '', '', '', ''],
      ['Title 2', 'Product', '2001-01-01', '', 'cause', 'CAUSE', 'Exception ', 'C0000005', ' occurred'],
      ['Title 1', 'Product', '', '', '', '', '', '', ''],
    ]);
    const many = entry('event-9405') as CodeEntry;
    expect(many.ids).toHaveLength(CODE_DETAILED + 5);
    expect(many.top).toHaveLength(CODE_DETAILED);
  });

  it('counts a key too common to list instead of listing it', () => {
    expect(entry('n-1999')).toEqual({ common: CODE_MAX_ARTICLES + 1 });
  });

  it('puts each key in the shard the browser will ask for', () => {
    for (const [name, file] of shards) for (const key of Object.keys(file)) expect(shardName(key, CODE_SHARDS)).toBe(name);
  });
});

describe('search shards', () => {
  it('hold consecutive date ranges, undated first', () => {
    const items = [
      { number: 5, permalink: '/5/', lastModified: '2001-01-01' },
      { number: 3, permalink: '/3/', lastModified: null },
      { number: 4, permalink: '/4/', lastModified: '1999-01-01' },
      { number: 2, permalink: '/2/', lastModified: '1999-01-01' },
    ];
    expect([...items].sort(byShardOrder).map((item) => item.number)).toEqual([3, 2, 4, 5]);
    expect(splitIntoShards(items)).toEqual([[items[1], items[3], items[2], items[0]]]);
  });

  it('split into near-equal shards of at most SHARD_SIZE', () => {
    const items = Array.from({ length: SHARD_SIZE * 2 + 10 }, (_, i) => ({ number: i + 1, permalink: `/${i}/`, lastModified: `19${90 + (i % 10)}-01-01` }));
    const shards = splitIntoShards(items);
    expect(shards.map((shard) => shard.length)).toEqual([10670, 10670, 10670]);
    for (let i = 1; i < shards.length; i++) expect(shards[i - 1]!.at(-1)!.lastModified! <= shards[i]![0]!.lastModified!).toBe(true);
    expect(shardPaths(items.length)).toEqual(['/pagefind/0/', '/pagefind/1/', '/pagefind/2/']);
  });

  it('articleBrief joins the products', () => {
    expect(articleBrief(catalog[1]!)).toEqual(['Second', 'Word, Excel', '2001-01-01']);
  });
});
