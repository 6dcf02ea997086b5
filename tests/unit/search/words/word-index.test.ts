import { describe, expect, it } from 'vitest';
import { namesIn, rankArticles } from '../../../../src/search/client/word-search.ts';
import type { NameEntry, WordEntry } from '../../../../src/search/search-files.ts';
import { createWordIndex } from '../../../../src/search/words/word-index.ts';
import { joinedWords, surfaceWords, termOf } from '../../../../src/search/words/tokens.ts';
import { nameTerms, prefixKey, spellingKey } from '../../../../src/search/words/vocabulary.ts';

describe('words of a text', () => {
  it('reads a word with punctuation as its joined form and its pieces', () => {
    expect(surfaceWords('TCP/IP on Windows NT 4.0, 0xC0000005.')).toEqual(['tcpip', 'tcp', 'ip', 'on', 'windows', 'nt', '40', '0xc0000005']);
    expect(joinedWords('TCP/IP on 4.0')).toEqual(['tcpip', 'on', '40']);
  });

  it('stems letter-only words, the same at build time and in a query', () => {
    expect(termOf('crashes')).toBe(termOf('crash'));
    expect(termOf('0xc0000005')).toBe('0xc0000005');
  });

  it('keys prefixes, spelling lists and names', () => {
    expect(prefixKey('netw')).toBe('net');
    expect(prefixKey('nt')).toBeNull();
    expect(spellingKey('network')).toBe('n7');
    expect(spellingKey('4.0')).toBeNull();
    expect(nameTerms('Microsoft Exchange 4.0')).toEqual([termOf('exchange'), '40']);
    expect(nameTerms('Microsoft Exchange 4.0 · Windows NT')).toEqual([termOf('exchange'), '40']);
  });
});

describe('the word index', () => {
  const index = createWordIndex(2);
  const doc = (number: number, title: string, body: string, keywords: string[] = []) =>
    index.add({ number, title, html: `<p>${body}</p>`, additionalQueryWords: '', keywords });
  doc(1, 'MTA crashes over slow network', 'The MTA stops.');
  doc(2, 'Printing to a network printer', 'A network printer prints network pages.');
  doc(3, 'Setup fails', 'Network cards are listed during setup.', ['kbnetwork']);
  const { terms, surface, articles } = index.entries();

  it('ranks a title word above the same word in the text', () => {
    const [df, ids] = terms.get(termOf('network'))!;
    expect(df).toBe(3);
    // only the best two are listed: the two with the word in their title
    expect([...ids].sort()).toEqual([1, 2]);
  });

  it('lists, after the best, the articles titled with a word that scored below them', () => {
    // top 1: "printer" is in the titles of 4 and 5, and said 30 times in the text of 6, which outscores a title word
    const small = createWordIndex(1, 1);
    small.add({ number: 4, title: 'Printer offline', html: '<p>Check the cable.</p>', additionalQueryWords: '', keywords: [] });
    small.add({ number: 5, title: 'Printer jams', html: '<p>Open the tray.</p>', additionalQueryWords: '', keywords: [] });
    small.add({ number: 6, title: 'Setup', html: `<p>${'A printer. '.repeat(30)}</p>`, additionalQueryWords: '', keywords: [] });
    const entry = small.entries().terms.get(termOf('printer'))!;
    // the best by score is 6; one title article follows it (the extra cap is 1, ties by number); 5 is left out
    expect(entry).toEqual([3, [6, 4], [entry[2][0], entry[2][1]], [1], 1]);
    expect(entry[2][0]!).toBeGreaterThan(entry[2][1]!);
    // a term whose best list holds all its articles needs no `best`
    expect(terms.get(termOf('mta'))).toEqual([1, [1], [terms.get(termOf('mta'))![2][0]], [0]]);
  });

  it('indexes keywords as words, and counts articles per surface word', () => {
    expect(terms.get('kbnetwork')?.[1]).toEqual([3]);
    expect(surface.get('network')).toBe(3);
    expect(articles).toBe(3);
  });
});

describe('ranking a query', () => {
  const lookup = (word: string, entry: WordEntry) => ({ word, entries: [entry], terms: [word] });

  it('keeps the articles having every word, by the sum of their scores', () => {
    const ranked = rankArticles([lookup('a', [3, [1, 2, 3], [50, 40, 30]]), lookup('b', [2, [3, 2], [90, 10]])]);
    expect(ranked).toEqual({ ids: [3, 2], total: 2, complete: true, exact: true, titleFirst: false });
  });

  it('keeps an article missing from a cut list, after the sure ones', () => {
    const ranked = rankArticles([lookup('a', [100, [1, 2], [50, 40]]), lookup('b', [2, [3, 2], [90, 10]])]);
    expect(ranked.ids).toEqual([2, 3]);
    expect(ranked.complete).toBe(false);
  });

  // Two cut lists (each word in 1,000 articles, 3 listed, EXACT_TOP = 10 needs more than are listed).
  const many = (ids: number[], scores: number[]): WordEntry => [1000, ids, scores];

  it('says the first page is certain only when no article left out of a cut list could outrank it', () => {
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    // every article in both lists: one left out of both sums at most the lowest scores, 88 + 40, under the 10th's 90 + 50
    const sure = rankArticles([lookup('a', many(ids, ids.map((i) => 100 - i))), lookup('b', many(ids, ids.map((i) => 100 - i * 5)))]);
    expect(sure.ids.slice(0, 3)).toEqual([1, 2, 3]);
    expect(sure.exact).toBe(true);
  });

  it('is not certain when an article listed for one word only could still sum more than the best known in both', () => {
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    const b = many(ids, ids.map((i) => 100 - i * 5));
    // article 99 scores 500 for "a" and is missing from the cut list of "b", where it could score up to 40
    const ranked = rankArticles([lookup('a', many([99, ...ids], [500, ...ids.map((i) => 100 - i)])), lookup('b', b)]);
    expect(ranked.ids.slice(0, 2)).toEqual([1, 2]);
    expect(ranked.exact).toBe(false);
    // without it the same lists are certain
    expect(rankArticles([lookup('a', many(ids, ids.map((i) => 100 - i))), lookup('b', b)]).exact).toBe(true);
  });

  it('takes the bound of a list with title articles at the last of its best, not at its end', () => {
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    // "a": the best 12 (down to 88), then two title articles far below
    const a: WordEntry = [1000, [...ids, 50, 51], [...ids.map((i) => 100 - i), 2, 1], [12, 13], 12];
    // article 99 has "b" at 100 and is not listed for "a", where it may score up to 88 (not 1): 188 > the 10th's 90 + 50
    const b = many([99, ...ids], [100, ...ids.map((i) => 100 - i * 5)]);
    expect(rankArticles([lookup('a', a), lookup('b', b)]).exact).toBe(false);
    // with no room between the best and the title articles, the same lists are certain
    expect(rankArticles([lookup('a', [1000, [...ids, 50, 51], [...ids.map((i) => 100 - i), 2, 1], [12, 13], 14]), lookup('b', b)]).exact).toBe(true);
  });

  it('says when the first article known in every list has every word in its title', () => {
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    const others = ids.filter((i) => i !== 7);
    // article 7 is titled with both words and ranks first; the others have the words in their text only
    const a: WordEntry = [5000, [7, ...others], [500, ...others.map((i) => 100 - i)], [0]];
    const b: WordEntry = [5000, [7, 99, ...others], [400, 390, ...others.map((i) => 100 - i)], [0]];
    const ranked = rankArticles([lookup('a', a), lookup('b', b)]);
    expect(ranked.ids[0]).toBe(7);
    expect(ranked.exact).toBe(false);
    expect(ranked.titleFirst).toBe(true);
    // titled with one word only: not enough
    expect(rankArticles([lookup('a', a), lookup('b', [5000, b[1], b[2]])]).titleFirst).toBe(false);
    // an article titled with "a" but not listed for "b" is not first, however high it scores: 7 still is
    const a2: WordEntry = [5000, [50, ...a[1]], [900, ...a[2]], [0, 1]];
    expect(rankArticles([lookup('a', a2), lookup('b', b)])).toMatchObject({ titleFirst: true, ids: [7, ...others.sort((x, y) => x - y), 50, 99] });
  });

  it('finds the names a query types, the longest at each place', () => {
    const exchange = termOf('exchange');
    const names = new Map<string, NameEntry[]>([
      [exchange, [[exchange, 'product', 'Microsoft Exchange', 'microsoft-exchange', 500], [`${exchange} 40`, 'version', 'Microsoft Exchange 4.0', 'microsoft-exchange-4.0', 100]]],
      ['kbnetwork', [['kbnetwork', 'keyword', 'kbnetwork', 'kbnetwork', 30]]],
    ]);
    expect(namesIn(['exchange', '40', 'crashes'], names)).toEqual([
      { kind: 'version', label: 'Microsoft Exchange 4.0', slug: 'microsoft-exchange-4.0', articles: 100, typed: ['exchange', '40'] },
    ]);
    expect(namesIn(['exchange', 'kbnetwork'], names).map((n) => n.label)).toEqual(['Microsoft Exchange', 'kbnetwork']);
    expect(namesIn(['40'], names)).toEqual([]);
  });
});
