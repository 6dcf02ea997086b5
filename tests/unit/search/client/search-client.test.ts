import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildArticleFolders, articleBrief } from '../../../../src/search/article-index.ts';
import { articleCodes } from '../../../../src/search/article-codes.ts';
import { createCodeIndex } from '../../../../src/search/code-index.ts';
import { CODE_DETAILED, SEARCH_FILES } from '../../../../src/search/search-files.ts';
import { parseState, runSearch } from '../../../../src/search/client/search-client.ts';
import { summary } from '../../facets/summary.ts';
import { fixtureRecord } from '../record.ts';

// A small archive: the fixture article, an article citing a missing one and
// cited by another, and enough articles with one event ID to need a second page.
const fixture = fixtureRecord('Q200001');
const catalog = [
  fixture.summary,
  summary({ id: 'Q152941', title: 'XCON: MTA Crashes', products: ['Microsoft Exchange'], lastModified: '1999-03-29', references: ['Q151261'] }),
  summary({ id: 'Q160001', title: 'Cites the MTA article', lastModified: '2001-05-05', references: ['Q152941'] }),
  ...Array.from({ length: CODE_DETAILED + 5 }, (_, i) =>
    summary({ id: `Q${300000 + i}`, title: `Event ${i}`, lastModified: `2000-01-${String(i + 1).padStart(2, '0')}`, references: ['Q299999'] }),
  ),
];
const codes = createCodeIndex();
codes.add(fixture.record.number, fixture.record.header.lastModified, articleCodes(fixture.record));
for (const s of catalog.filter((s) => s.number >= 300000)) codes.add(s.number, s.lastModified, articleCodes({
      title: s.title,
      sections: [{ title: 'CAUSE', slug: 'cause', depth: 2, text: 'Event ID 1234 is logged.' }],
      html: '<section aria-labelledby="cause"><h2 id="cause">CAUSE</h2><p>Event ID 1234 is logged.</p></section>',
      additionalQueryWords: '',
    }));

const files = new Map<string, unknown>();
const LEAD = 'When you run Microsoft Exchange Server over a slow network, the MTA might crash.';
for (const [folder, file] of buildArticleFolders(catalog, new Map([[152941, LEAD]]))) files.set(SEARCH_FILES.articleFolder(folder), file);
const byNumber = new Map(catalog.map((s) => [s.number, s]));
for (const [name, file] of codes.shards((n) => articleBrief(byNumber.get(n)!))) files.set(SEARCH_FILES.codeShard(name), file);

const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return files.has(url) ? new Response(JSON.stringify(files.get(url))) : new Response('not found', { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

const search = (q: string, offset = 0, limit = 10) => runSearch(parseState(new URLSearchParams({ q })), offset, limit);

describe('article numbers', () => {
  describe.each(['Q152941', 'q152941', '152941', 'KB152941', 'kb 152941', 'KB 152941', ' Q152941. '])('%j', (q) => {
    it('lists the article first, once, its first sentence as excerpt, then its citers, from its folder file only', async () => {
      const page = await search(q);
      expect(page.route).toBe('article');
      expect(page.article).toEqual({ id: 'Q152941', url: '/kb/152/Q152941/', title: 'XCON: MTA Crashes' });
      expect(page.hits[0]).toMatchObject({ id: 'Q152941', url: '/kb/152/Q152941/', product: 'Microsoft Exchange', date: '1999-03-29', excerpt: LEAD, section: null });
      expect(page.hits.map((hit) => hit.id)).toEqual(['Q152941', 'Q160001']);
      expect(page).toMatchObject({ total: 2, citers: 1 });
      // each file is fetched once per page: later forms find it cached
      expect(requested.every((url) => url === '/search/articles/152.json' || url.startsWith('/search/codes/'))).toBe(true);
    });
  });

  describe.each(['Q151261', '151261', 'KB 151261'])('a missing but cited number, %j', (q) => {
    it('lists the articles citing it', async () => {
      const page = await search(q);
      expect(page).toMatchObject({ route: 'article', article: null, missingArticle: 'Q151261', total: 2 });
      expect(page.hits.map((hit) => hit.id)).toEqual(['Q152941', 'Q200001']);
    });
  });

  it('pages through many citers, past the ones described', async () => {
    const first = await search('Q299999', 0, CODE_DETAILED);
    expect(first).toMatchObject({ route: 'article', missingArticle: 'Q299999', total: CODE_DETAILED + 5 });
    const second = await search('Q299999', CODE_DETAILED, 10);
    expect(second.hits.map((hit) => hit.id)).toEqual(['Q300004', 'Q300003', 'Q300002', 'Q300001', 'Q300000']);
    expect(second.hits[4]).toMatchObject({ title: 'Event 0', url: '/kb/300/Q300000/', date: '2000-01-01' });
  });

  it('says a named number is not in the archive', async () => {
    expect(await search('Q999999')).toMatchObject({ route: 'article', article: null, missingArticle: 'Q999999', total: 0, hits: [] });
  });

  it('takes an unknown bare number for a number, not an article', async () => {
    expect(await search('999999')).toMatchObject({ route: 'codes', article: null, missingArticle: null, total: 0 });
  });
});

describe('error codes', () => {
  describe.each([
    ['c0000005', 'symptoms'],
    ['0xC0000005', 'symptoms'],
    ['STOP 0x0000000A', null],
    ['Stop 0xA', null],
    ['stop 0a', null],
    ['0xA', null],
    ['Event ID 9405', 'symptoms'],
    ['event id: 9405', 'symptoms'],
    ['EventID 9405', 'symptoms'],
    ['WSAETIMEDOUT', 'cause'],
    ['socket error 10060', 'cause'],
    ['10060', 'cause'],
    ['80004005', null],
    ['-2147467259', null],
    ['1311', null],
    ['Event ID 9405 and c0000005', 'symptoms'],
  ])('%j', (q, section) => {
    it('shows the words around the code, the code marked', async () => {
      const { hits } = await search(q);
      expect(hits[0]!.excerpt).toMatch(/^[^<>]*<mark>[^<>]+<\/mark>[^<>]*$/);
    });
    it('finds the article from the exact-code index, linking to the section', async () => {
      const page = await search(q);
      expect(page).toMatchObject({ route: 'codes', total: 1 });
      expect(page.hits[0]).toMatchObject({ id: 'Q200001', title: fixture.record.title, url: section ? `/kb/200/Q200001/#${section}` : '/kb/200/Q200001/' });
      expect(page.hits[0]!.section).toEqual(section ? { title: section.toUpperCase(), url: `/kb/200/Q200001/#${section}` } : null);
      // a five- or six-digit number might be an article: its folder file is asked too
      expect(requested.every((url) => url.startsWith('/search/codes/') || url === '/search/articles/010.json')).toBe(true);
    });
  });

  it('finds nothing for a code no article has, and for codes no article has together', async () => {
    expect(await search('0xC0000135')).toMatchObject({ route: 'codes', total: 0, hits: [] });
    expect(await search('Event ID 1234 and c0000005')).toMatchObject({ route: 'codes', total: 0, hits: [] });
  });

  it('pages past the described articles with the article-number files', async () => {
    const first = await search('Event ID 1234', 0, CODE_DETAILED);
    expect(first.total).toBe(CODE_DETAILED + 5);
    // the newest first: the same mentions, the later date wins
    expect(first.hits[0]).toMatchObject({ id: `Q${300000 + CODE_DETAILED + 4}`, url: `/kb/300/Q${300000 + CODE_DETAILED + 4}/#cause` });
    // past the shard's briefs: titles only the folder files have
    const second = await search('Event ID 1234', CODE_DETAILED, 10);
    expect(second.hits.map((hit) => hit.id)).toEqual(['Q300004', 'Q300003', 'Q300002', 'Q300001', 'Q300000']);
    expect(second.hits[4]).toMatchObject({ title: 'Event 0', date: '2000-01-01', section: null });
    // the described ones carry the words around the code; the rest only their brief
    expect(first.hits[0]!.excerpt).toBe('CAUSE <mark>Event ID 1234</mark> is logged.');
    expect(second.hits[4]!.excerpt).toBe('');
  });
});

describe('runSearch', () => {
  it('answers an empty query with an empty page and no request', async () => {
    expect(await search('   ')).toEqual({ route: 'empty', article: null, missingArticle: null, citers: 0, total: 0, hits: [] });
    expect(requested).toEqual([]);
  });

  it('keeps offset and limit in range', async () => {
    const page = await runSearch(parseState(new URLSearchParams({ q: 'Event ID 1234' })), -5, Number.NaN);
    expect(page.hits).toHaveLength(10);
    expect((await runSearch(parseState(new URLSearchParams({ q: 'Event ID 1234' })), 0, 1e9)).hits).toHaveLength(CODE_DETAILED + 5);
  });
});
