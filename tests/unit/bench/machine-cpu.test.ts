import { describe, expect, it } from 'vitest';
import { cpuBetween, describeMachineCpu, parseCpuLine } from '../../../scripts/bench/machine-cpu.ts';

// Two readings of this machine's /proc/stat, an hour apart (05:42 and 06:49 on 2026-12-03).
const before = 'cpu  864675 32393 310251 3256745 59804 0 8290 15348 0 0\ncpu0 432000 16000 155000 1628000 29000 0 4000 7600 0 0\nintr 1';
const after = 'cpu  1127238 41440 426686 3578120 141069 0 15116 20284 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n';

describe('the machine CPU figures of a bench run', () => {
  it('reads the all-CPU line of /proc/stat, not a single CPU', () => {
    expect(parseCpuLine(before)).toEqual({ user: 864675, nice: 32393, system: 310251, idle: 3256745, iowait: 59804, irq: 0, softirq: 8290, steal: 15348 });
    expect(() => parseCpuLine('intr 1 2 3')).toThrow(/no "cpu" line/);
  });

  it('counts everything but idle and iowait as busy, in seconds', () => {
    const cpu = cpuBetween(parseCpuLine(before), parseCpuLine(after));
    expect(cpu.steal).toBeCloseTo(49.36);
    expect(cpu.iowait).toBeCloseTo(812.65);
    expect(cpu.busy).toBeCloseTo(2625.63 + 90.47 + 1164.35 + 68.26 + 49.36);
    expect(describeMachineCpu(cpu, 4000)).toBe('machine 3998 CPU-s busy in 4000 s (user 2716, system 1233, steal 49, iowait 813)');
  });
});
