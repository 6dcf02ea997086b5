import { describe, expect, it } from 'vitest';
import { shardName, shardNames, shardOf } from '../../../src/search/code-shard.ts';

describe('shardOf', () => {
  // The build writes shards and the browser reads them: a changed hash would
  // silently send every lookup to the wrong file, so the values are pinned
  // (computed with an independent FNV-1a in Python).
  describe.each([
    ['0xc0000005', 256, 0xc5],
    ['stop-0x0000000a', 256, 0x43],
    ['event-9405', 256, 0xbc],
    ['n-10060', 256, 0x39],
    ['n-10060', 4096, 1337],
    ['', 256, 0xc5],
  ])('%j of %i', (key, shards, expected) => {
    it(`is ${expected}`, () => expect(shardOf(key, shards)).toBe(expected));
  });

  it('spreads keys evenly', () => {
    const counts = new Array<number>(256).fill(0);
    for (let n = 0; n < 25600; n += 1) counts[shardOf(`event-${n}`, 256)]! += 1;
    expect(Math.max(...counts)).toBeLessThan(100 * 1.5);
    expect(Math.min(...counts)).toBeGreaterThan(100 * 0.5);
  });

  it.each([0, -1, 2.5])('rejects %d shards', (shards) => expect(() => shardOf('x', shards)).toThrow(RangeError));
});

describe('shardName', () => {
  it('is fixed-width hex', () => {
    expect(shardName('0xc0000005', 256)).toBe('c5');
    expect(shardName('event-9405', 4096)).toBe('0bc');
    expect(shardName('0xc0000005', 1)).toBe('0');
  });
});

describe.each([1, 16, 512])('shardNames(%d)', (shards) => {
  const names = shardNames(shards);
  it('names every shard once, in order', () => {
    expect(names).toHaveLength(shards);
    expect(new Set(names).size).toBe(shards);
    expect(names.map((name) => parseInt(name, 16))).toEqual(names.map((_, i) => i));
  });
  it('holds the name of any key', () => {
    for (const key of ['0xc0000005', 'event-9405', 'n-10060']) expect(names).toContain(shardName(key, shards));
  });
});
