import { describe, expect, it } from 'vitest';
import { LISTED, SHOWN, referencedByList } from '../../../src/lib/referenced-by.ts';

describe('referencedByList', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('shows a short list whole', () => expect(referencedByList(ids(3))).toEqual({ shown: [0, 1, 2], folded: [], unlisted: 0 }));

  it('folds the list past the first few', () => {
    const { shown, folded, unlisted } = referencedByList(ids(SHOWN + 5));
    expect([shown.length, folded.length, unlisted]).toEqual([SHOWN, 5, 0]);
  });

  it('lists at most LISTED, in order, and counts the rest (Q152734 is cited by 1,341)', () => {
    const { shown, folded, unlisted } = referencedByList(ids(1341));
    expect([...shown, ...folded]).toEqual(ids(LISTED));
    expect(unlisted).toBe(1341 - LISTED);
  });
});
