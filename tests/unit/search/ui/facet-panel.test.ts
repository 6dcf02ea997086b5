import { describe, expect, it } from 'vitest';
import { TOP_VALUES, valuesToList, visibleValues } from '../../../../src/search/ui/facet-panel.ts';

const v = (value: string, count: number) => ({ value, count });

describe('valuesToList', () => {
  it('orders by count, then name, and drops values no result has', () => {
    expect(valuesToList('product', [v('B', 2), v('A', 2), v('C', 5), v('D', 0)], [])).toEqual([v('C', 5), v('A', 2), v('B', 2)]);
  });

  it('lists years newest first', () => {
    expect(valuesToList('year', [v('1998', 9), v('2001', 1), v('1999', 4)], [])).toEqual([v('2001', 1), v('1999', 4), v('1998', 9)]);
  });

  it('keeps chosen values at zero, even ones the counts do not know', () => {
    expect(valuesToList('os', [v('Windows NT', 0), v('Windows 95', 3)], ['Windows NT', 'OS/2'])).toEqual([
      v('Windows 95', 3),
      v('OS/2', 0),
      v('Windows NT', 0),
    ]);
  });
});

describe('visibleValues', () => {
  const many = Array.from({ length: TOP_VALUES + 5 }, (_, i) => v(`k${i}`, 100 - i));

  it('shows the top values and every chosen one', () => {
    const shown = visibleValues(many, ['k11'], false);
    expect(shown.map((x) => x.value)).toEqual([...many.slice(0, TOP_VALUES).map((x) => x.value), 'k11']);
  });

  it('shows all once expanded', () => {
    expect(visibleValues(many, [], true)).toHaveLength(many.length);
  });
});
