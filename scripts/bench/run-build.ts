/**
 * Runs `astro build` as a child process and splits its wall time and peak
 * memory into phases, using the lines the build prints as phase boundaries.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cpuBetween, readCpuTimes, type MachineCpu } from './machine-cpu.ts';
import { treeRss } from './process-memory.ts';

export interface Phase {
  name: string;
  seconds: number;
  peakRssMb: number;
}

export interface BuildRun {
  seconds: number;
  peakRssMb: number;
  phases: Phase[];
  log: string[];
  exitCode: number;
  /** Astro's own per-page render times, summed by the page's first path segment (`code`, `kb`, `product`...). */
  renderSecondsByArea: Record<string, number>;
  /** The whole machine's CPU time while the build ran (null where /proc/stat is missing). */
  machineCpu: MachineCpu | null;
}

/** Astro prints `├─ /code/0xc0000005/index.html (+3ms)` for each page it writes. */
const PAGE_LINE = /^\s*[├└]─\s+\/(\S*?)(?:\/\S*)?\s+\(\+([\d.]+)(ms|s)\)/;

/**
 * A phase ends when a line matching its marker is printed; phases run in this
 * order, and only an optional phase (one a build may not have) can be skipped.
 */
const PHASE_ENDS: Array<{ name: string; end: RegExp; optional?: boolean }> = [
  { name: 'content (scan, parse, render to cache)', end: /\[kb-corpus\] read \d+ source articles/ },
  { name: 'astro setup and bundling', end: /generating static routes/ },
  { name: 'page rendering', end: /\[build\] ✓ Completed in/ },
  { name: 'short links, JSON, sitemaps', end: /\[kb-links\] \d+ short-link pages/, optional: true },
  // The index is built in the background during page rendering; this phase is what is left to wait for.
  { name: 'waiting for the search index', end: /\[kb-pagefind\] wrote/, optional: true },
  { name: 'finishing', end: /\[build\] Complete!/ },
];

export async function runBuild(env: NodeJS.ProcessEnv, cwd: string): Promise<BuildRun> {
  const cpuBefore = readCpuTimes();
  const started = performance.now();
  const child = spawn('node_modules/.bin/astro', ['build'], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const marks: Array<{ name: string; at: number }> = [];
  const samples: Array<{ at: number; rss: number }> = [];
  const log: string[] = [];
  const renderSecondsByArea: Record<string, number> = {};
  const timer = setInterval(() => samples.push({ at: performance.now(), rss: treeRss(child.pid!) }), 200);
  let next = 0;
  const onLine = (line: string) => {
    // Astro prints one line per page; keep the log to what explains the run.
    const page = PAGE_LINE.exec(line);
    if (page) {
      const area = page[1]!.includes('.') ? 'root pages' : page[1]!;
      renderSecondsByArea[area] = (renderSecondsByArea[area] ?? 0) + Number(page[2]) / (page[3] === 'ms' ? 1000 : 1);
    } else if (!/^\s*[├└]─/.test(line)) log.push(line);
    for (let i = next; i < PHASE_ENDS.length; i++) {
      const phase = PHASE_ENDS[i]!;
      if (phase.end.test(line)) {
        marks.push({ name: phase.name, at: performance.now() });
        next = i + 1;
        break;
      }
      if (!phase.optional) break;
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const ended = performance.now();
  const cpuAfter = readCpuTimes();

  const phases: Phase[] = [];
  let from = started;
  for (const { name, at } of marks) {
    const inside = samples.filter((s) => s.at >= from && s.at <= at);
    phases.push({ name, seconds: (at - from) / 1000, peakRssMb: Math.round(Math.max(0, ...inside.map((s) => s.rss)) / 2 ** 20) });
    from = at;
  }
  return {
    seconds: (ended - started) / 1000,
    peakRssMb: Math.round(Math.max(0, ...samples.map((s) => s.rss)) / 2 ** 20),
    phases,
    log,
    exitCode,
    renderSecondsByArea,
    machineCpu: cpuBefore && cpuAfter ? cpuBetween(cpuBefore, cpuAfter) : null,
  };
}
