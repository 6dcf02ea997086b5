import { describe, expect, it } from 'vitest';
import { editDistance, nearWords, suggestions } from '../../../../src/search/words/spelling.ts';

describe('editDistance', () => {
  it.each([
    ['network', 'network', 0],
    ['netwrok', 'network', 1], // two neighbours swapped: one edit
    ['netwrk', 'network', 1], // a letter left out
    ['networks', 'network', 1], // one too many
    ['nexwork', 'network', 1], // one wrong
    ['crahses', 'crashes', 1],
    ['ntwrok', 'network', 2],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
    expect(editDistance(b, a, 3)).toBe(d);
  });

  it('stops at max + 1', () => {
    expect(editDistance('xyzzyplugh', 'network', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

// a small vocabulary: word and the articles it is in
const vocabulary: Array<[string, number]> = [
  ['network', 900],
  ['networks', 300],
  ['netware', 120],
  ['neuter', 2],
  ['nework', 3],
  ['printer', 700],
];

describe('nearWords', () => {
  it('lists the words within two edits, closest first, then in the most articles', () => {
    expect(nearWords('netwrok', vocabulary).map((c) => [c.word, c.distance])).toEqual([
      ['network', 1],
      ['networks', 2],
      ['nework', 2],
    ]);
  });

  it('finds nothing near a nonsense word', () => {
    expect(nearWords('xyzzyplugh', vocabulary)).toEqual([]);
  });

  it('never offers the word itself', () => {
    expect(nearWords('printer', vocabulary).map((c) => c.word)).not.toContain('printer');
  });
});

describe('suggestions', () => {
  it('offers the near words in the most articles first', () => {
    const near = nearWords('netwrks', [
      ['networks', 300],
      ['network', 900],
      ['netwrk', 1],
    ]);
    expect(suggestions(near).map((c) => c.word)).toEqual(['network', 'networks', 'netwrk']);
    expect(suggestions(near, 1).map((c) => c.word)).toEqual(['network']);
  });
});
