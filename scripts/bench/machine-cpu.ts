/**
 * What the whole machine's CPUs did while the build ran, from /proc/stat
 * (Linux): the same build has taken 1.6 times the CPU-seconds from one hour
 * to the next here, so each run says how busy the machine was, how much time
 * the hypervisor took (steal) and how long the cores waited on the disk.
 */
import { readFileSync } from 'node:fs';

export interface CpuTimes {
  user: number;
  nice: number;
  system: number;
  idle: number;
  iowait: number;
  irq: number;
  softirq: number;
  steal: number;
}

/** Seconds spent by all CPUs together, by kind, between two readings. */
export interface MachineCpu extends CpuTimes {
  /** Everything but idle and iowait. */
  busy: number;
}

const FIELDS = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal'] as const;

/** The `cpu` line of /proc/stat, in clock ticks (USER_HZ, 100 on Linux). */
export function parseCpuLine(text: string): CpuTimes {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) throw new Error('no "cpu" line in /proc/stat');
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  return Object.fromEntries(FIELDS.map((field, i) => [field, values[i] ?? 0])) as unknown as CpuTimes;
}

export function readCpuTimes(): CpuTimes | null {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

export function cpuBetween(from: CpuTimes, to: CpuTimes, ticksPerSecond = 100): MachineCpu {
  const seconds = Object.fromEntries(FIELDS.map((field) => [field, (to[field] - from[field]) / ticksPerSecond])) as unknown as CpuTimes;
  return { ...seconds, busy: FIELDS.filter((f) => f !== 'idle' && f !== 'iowait').reduce((sum, f) => sum + seconds[f], 0) };
}

/** "machine 431 CPU-s busy in 256 s (user 352, system 61, steal 12, iowait 9)" */
export function describeMachineCpu(cpu: MachineCpu, wallSeconds: number): string {
  const s = (n: number) => n.toFixed(0);
  return `machine ${s(cpu.busy)} CPU-s busy in ${s(wallSeconds)} s (user ${s(cpu.user + cpu.nice)}, system ${s(cpu.system + cpu.irq + cpu.softirq)}, steal ${s(cpu.steal)}, iowait ${s(cpu.iowait)})`;
}
