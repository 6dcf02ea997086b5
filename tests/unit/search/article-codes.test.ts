import { describe, expect, it } from 'vitest';
import { articleCodes } from '../../../src/search/article-codes.ts';
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
