/** What a build wrote: files and bytes, in total and per area of the site. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface OutputStats {
  files: number;
  bytes: number;
  /** HTML pages (`*.html`). */
  pages: number;
  /** Per first path segment, with article pages (`kb/NNN/QNNN/index.html`) and JSON told apart. */
  areas: Record<string, { files: number; bytes: number }>;
}

const BROWSE = /^(product|version|os|year|keyword|browse)\//;

/** The part of the site a file belongs to, as docs/benchmarks.md's size table names it. */
export function areaOf(rel: string): string {
  if (/^kb\/[^/]+\/[^/]+\/index\.html$/.test(rel)) return 'article pages';
  if (/^kb\/[^/]+\/[^/]+\/\d+\/index\.html$/.test(rel)) return 'article pages (later parts)';
  if (rel.startsWith('kb/') && rel.endsWith('.json')) return 'article JSON';
  if (rel.startsWith('kb/') && rel.endsWith('.txt')) return 'article source text';
  if (/^Q\d+\/index\.html$/.test(rel)) return 'short-link pages';
  if (rel.startsWith('pagefind/')) return 'search index (pagefind)';
  if (/^sitemap.*\.xml$/.test(rel)) return 'sitemaps';
  if (BROWSE.test(rel)) return 'browse pages';
  if (rel.startsWith('code/')) return 'error-code pages';
  if (rel.startsWith('search/')) return 'search: number and code files';
  const first = rel.split('/')[0]!;
  return rel.includes('/') ? first + '/' : 'root files';
}

export async function outputStats(dir: string): Promise<OutputStats> {
  const stats: OutputStats = { files: 0, bytes: 0, pages: 0, areas: {} };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = path.join(entry.parentPath, entry.name);
        const { size } = await stat(full);
        const rel = path.relative(dir, full).split(path.sep).join('/');
        const area = (stats.areas[areaOf(rel)] ??= { files: 0, bytes: 0 });
        area.files++;
        area.bytes += size;
        stats.files++;
        stats.bytes += size;
        if (rel.endsWith('.html')) stats.pages++;
      }),
  );
  return stats;
}
