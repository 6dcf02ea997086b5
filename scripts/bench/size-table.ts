/**
 * What each part of a build weighs, as the size table of docs/benchmarks.md
 * lists it: files, bytes and (with --gzip) the same bytes gzipped file by
 * file, per area (scripts/bench/output-stats.ts names the areas).
 *
 *   npx node scripts/bench/size-table.ts <built site> [--gzip]
 *
 * Bytes are the sum of file sizes (what GitHub Pages' 1 GB limit counts);
 * `du -sb` adds 4 KB per folder on top.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { areaOf } from './output-stats.ts';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npx node scripts/bench/size-table.ts <built site> [--gzip]');
  process.exit(2);
}
const gzip = flags.includes('--gzip');

const areas = new Map<string, { files: number; bytes: number; gzip: number }>();
let folders = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (entry.isDirectory()) folders++;
  if (!entry.isFile()) continue;
  const full = path.join(entry.parentPath, entry.name);
  const rel = path.relative(dir, full).split(path.sep).join('/');
  const area = areas.get(areaOf(rel)) ?? { files: 0, bytes: 0, gzip: 0 };
  areas.set(areaOf(rel), area);
  area.files++;
  area.bytes += statSync(full).size;
  if (gzip) area.gzip += gzipSync(readFileSync(full)).length;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1) + ' MB';
const rows = [...areas].sort((a, b) => b[1].bytes - a[1].bytes);
const total = rows.reduce((sum, [, a]) => ({ files: sum.files + a.files, bytes: sum.bytes + a.bytes, gzip: sum.gzip + a.gzip }), { files: 0, bytes: 0, gzip: 0 });
console.log(`| part | files | bytes | per file |${gzip ? ' gzipped |' : ''}`);
console.log(`| --- | ---: | ---: | ---: |${gzip ? ' ---: |' : ''}`);
for (const [name, a] of [...rows, ['**total**', total] as const]) {
  console.log(`| ${name} | ${a.files.toLocaleString('en-US')} | ${mb(a.bytes)} | ${(a.bytes / a.files / 1000).toFixed(1)} KB |${gzip ? ` ${mb(a.gzip)} |` : ''}`);
}
console.log(`\n${folders.toLocaleString('en-US')} folders besides (du -sb adds 4 KB each).`);
