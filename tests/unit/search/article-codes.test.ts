import { describe, expect, it } from 'vitest';
import { articleCodes, codesFromJson, codesToJson, snippetAt } from '../../../src/search/article-codes.ts';
import { aliasToken } from '../../../src/search/codes.ts';
import { fixtureRecord } from './record.ts';

const { record } = fixtureRecord('Q200001');
const codes = articleCodes(record);

describe('articleCodes of a fixture article', () => {
  describe.each([
    // key, mentions, in the title, first section with a title
    ['0xc0000005', 3, false, 'symptoms'],
    ['stop-0x0000000a', 1, true, undefined],
    ['0x0000000a', 1, true, undefined],
    ['event-9405', 2, true, 'symptoms'],
    ['n-9405', 2, true, 'symptoms'],
    ['wsa-10060', 1, false, 'cause'],
    ['error-10060', 1, false, 'cause'],
    ['n-10060', 1, false, 'cause'],
    // in the untitled lead: found, but no section to link to
    ['0x80004005', 1, false, undefined],
    // from the additional query words
    ['n-1311', 1, false, undefined],
  ])('%s', (key, mentions, inTitle, slug) => {
    it(`has ${mentions} mentions`, () => expect(codes.counts.get(key)).toBe(mentions));
    it(inTitle ? 'is in the title' : 'is not in the title', () => expect(codes.inTitle.has(key)).toBe(inTitle));
    it(`links to ${slug ?? 'no section'}`, () => expect(codes.firstSection.get(key)?.slug).toBe(slug));
  });

  it('keys no address, version or glued number', () => {
    expect([...codes.counts.keys()].filter((key) => /761f62ab|151261|n-4\b/.test(key))).toEqual([]);
  });

  it('gives each section the aliases of its own codes, numbers excepted', () => {
    expect(codes.sectionAliases.get('symptoms')).toEqual([aliasToken('event-9405'), aliasToken('0xc0000005')]);
    expect(codes.sectionAliases.get('cause')).toEqual(expect.arrayContaining([aliasToken('wsa-10060'), aliasToken('error-10060'), aliasToken('0xc0000005')]));
    expect(codes.sectionAliases.get('details')).toEqual([aliasToken('0xc0000005')]);
    expect(codes.otherAliases).toEqual(expect.arrayContaining([aliasToken('stop-0x0000000a'), aliasToken('0x0000000a'), aliasToken('event-9405')]));
    expect([...codes.sectionAliases.values(), codes.otherAliases].flat().every((alias) => /^zz[a-z]+zz$/.test(alias))).toBe(true);
  });
});

describe('the first mention of each key, for the exact-code excerpt', () => {
  describe.each([
    // key, [before, code as written, after]: from the first section with the key, else the title or query words
    ['0xc0000005', ['…ID = 9405: Exception ', 'c0000005', ' occurred at Address 761f62ab.']],
    ['event-9405', ['…with the following error: ', 'Event ID = 9405', ': Exception c0000005 occurred at Address…']],
    // a section's text starts with its heading, as in Pagefind's excerpts
    ['wsa-10060', ['CAUSE A sockets error ', '10060', ' on a connect() call was detected.…']],
    ['0x80004005', ['…MTA failing with error ', '80004005', ' and then stopping.']],
    ['stop-0x0000000a', ['XCON: ', 'STOP 0x0000000A', ' in MTA With Event ID 9405']],
    ['n-1311', ['', '1311', ' stop']],
  ])('%s', (key, snippet) => {
    it('is the words around the code as written', () => expect(codes.firstMention.get(key)).toEqual(snippet));
  });

  describe.each([
    // text, code, [before, code, after]
    ['a (0xC0000005), b', '0xC0000005', ['a (', '0xC0000005', '), b']],
    ['one two three four five six seven eight CODE', 'CODE', ['…five six seven eight ', 'CODE', '']],
    ['CODE 1 2 3 4 5 6 7 8 9 10 11 12', 'CODE', ['', 'CODE', ' 1 2 3 4 5 6…']],
    ['Event ID:\n  9405\nnext line', 'Event ID:\n  9405', ['', 'Event ID: 9405', ' next line']],
    [`${'x'.repeat(70)} CODE`, 'CODE', ['… ', 'CODE', '']],
    // far from either end: only a window around the mention is read
    [`${'word '.repeat(300)}CODE${' tail'.repeat(300)}`, 'CODE', ['…word word word word ', 'CODE', ' tail tail tail tail tail tail…']],
    [`${'abcdefghij'.repeat(30)} before CODE`, 'CODE', ['…before ', 'CODE', '']],
  ])('snippetAt(%j)', (text, code, snippet) => {
    it('keeps four words before and six after, glued punctuation glued', () => expect(snippetAt(text, text.indexOf(code), code.length)).toEqual(snippet));
  });
});

describe('section text', () => {
  it('reads codes in headings and in list items that the mdast text glues together', () => {
    const html =
      '<section aria-labelledby="error-1311"><h2 id="error-1311">Error 1311</h2><p>No logon servers.</p></section>' +
      '<section aria-labelledby="see-also"><h2 id="see-also">See also</h2><ul class="kb-references"><li>Q139274: Result in STOP 0x0000021a</li><li>Q139338: WINS &#x26; Counters</li></ul></section>';
    const found = articleCodes({
      title: 'Errors',
      html,
      additionalQueryWords: '',
      sections: [
        { title: 'Error 1311', slug: 'error-1311', depth: 2, text: 'No logon servers.' },
        { title: 'See also', slug: 'see-also', depth: 2, text: 'Q139274: Result in STOP 0x0000021aQ139338: WINS & Counters' },
      ],
    });
    expect(found.firstSection.get('error-1311')?.slug).toBe('error-1311');
    expect(found.firstSection.get('stop-0x0000021a')?.slug).toBe('see-also');
  });
});

describe('the codes kept in the cache record', () => {
  it('come back from JSON exactly as extracted, so the search index can skip its own scan', () => {
    const json = JSON.parse(JSON.stringify(codesToJson(codes)));
    expect(codes.counts.size).toBeGreaterThan(5);
    expect(codesFromJson(json)).toEqual(codes);
  });
});
