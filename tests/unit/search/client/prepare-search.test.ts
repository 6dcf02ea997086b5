import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFacetIndex } from '../../../../src/facets/build-index.ts';
import { parseState, prepareSearch } from '../../../../src/search/client/search-client.ts';
import { createWordIndex } from '../../../../src/search/words/word-index.ts';
import { writeWordFiles } from '../../../../src/search/words/write-word-files.ts';
import { summary } from '../../facets/summary.ts';

// The word index's files of a three-article archive, written as the build writes them and served from disk.
const catalog = [
  summary({ id: 'Q152941', title: 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', products: ['Microsoft Exchange'] }),
  summary({ id: 'Q160001', title: 'Printing to a network printer is slow' }),
  summary({ id: 'Q170001', title: 'Setup fails on a networked computer' }),
];
const site = mkdtempSync(path.join(tmpdir(), 'prepare-search-'));
beforeAll(async () => {
  const words = createWordIndex();
  for (const s of catalog) words.add({ number: s.number, title: s.title, html: `<p>${s.title}. The network is slow.</p>`, additionalQueryWords: '', keywords: [] });
  await writeWordFiles(site, { ...words.entries(), facets: buildFacetIndex(catalog), catalog, descriptions: new Map() });
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    try {
      return new Response(readFileSync(path.join(site, url)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
});
afterEach(() => vi.unstubAllGlobals());

const prepare = (q: string, rows: number) => prepareSearch(parseState(new URLSearchParams({ q })), rows);
const kinds = () => new Set(requested.map((url) => url.split('/')[2]));

// The page caches what it fetched (site-json.ts), so each case asks for rows no earlier case fetched.
describe('prepareSearch, while the reader types', () => {
  it('fetches the shards of a half-typed word but not the rows of its first results', async () => {
    await prepare('sporadic netw', 20);
    expect(kinds().has('words')).toBe(true);
    expect(kinds().has('rows')).toBe(false);
  });

  it('fetches only the words when asked for no rows', async () => {
    await prepare('sporadic network', 0);
    expect(kinds().has('rows')).toBe(false);
  });

  it('fetches the first results’ rows once every word is whole', async () => {
    await prepare('sporadic network', 20);
    expect(kinds().has('rows')).toBe(true);
    // never the full-text index
    expect(requested.some((url) => url.startsWith('/pagefind/'))).toBe(false);
  });

  it('leaves codes and article numbers to the search itself', async () => {
    await prepare('c0000005', 20);
    await prepare('Q152941', 20);
    expect(requested).toEqual([]);
  });
});
