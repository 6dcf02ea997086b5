/** Finding the article sources under a content root, without following a link out of it. */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../article/model.ts';

export interface Scan {
  /** Every `kb/<folder>/<article>/README.md`, as sorted POSIX paths relative to the root. */
  files: string[];
  /** Links that lead outside the root, nowhere or into a loop, and folders that cannot be read: each skipped. */
  problems: Problem[];
}

/**
 * Only the `kb/<folder>/<article>/README.md` shape counts as an article, so
 * stray files in an imported folder (licences, indexes) are not mistaken for
 * one. Symbolic links are followed while they stay inside the root (a mirror
 * may link folders or files); one that leaves it is reported and skipped, so
 * a content folder cannot publish files from elsewhere on the machine.
 * Throws only when the root has no `kb/` folder.
 */
export function scanSources(root: string): Scan {
  const realRoot = realpathSync(root);
  const files: string[] = [];
  const problems: Problem[] = [];
  const report = (rel: string, kind: Problem['kind'], message: string) => problems.push({ kind, file: rel, line: 1, message });

  /** The real path of a link, or null (reported) when it leaves the root, is broken, or loops back into `ancestors`. */
  const follow = (rel: string, ancestors: string[]): string | null => {
    let real: string;
    try {
      real = realpathSync(path.join(root, rel));
    } catch (error) {
      report(rel, 'symlink-outside', `a symbolic link that leads nowhere (${(error as NodeJS.ErrnoException).code}); skipped`);
      return null;
    }
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      report(rel, 'symlink-outside', `a symbolic link to ${real}, outside the content root; skipped`);
      return null;
    }
    if (ancestors.includes(real)) {
      report(rel, 'symlink-outside', 'a symbolic link to a folder that contains it (a loop); skipped');
      return null;
    }
    return real;
  };

  const list = (rel: string): Dirent[] | null => {
    try {
      return readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch (error) {
      if (rel === 'kb') throw error;
      report(rel, 'unreadable', `the folder cannot be read (${(error as NodeJS.ErrnoException).code}); skipped`);
      return null;
    }
  };

  /** Walks `kb/`, `kb/<folder>/` and `kb/<folder>/<article>/`: depth 0, 1, 2. */
  const walk = (rel: string, depth: number, ancestors: string[]) => {
    for (const entry of list(rel) ?? []) {
      const child = `${rel}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path.join(ancestors.at(-1)!, entry.name);
      if (entry.isSymbolicLink()) {
        if (depth < 2 ? false : entry.name !== 'README.md') continue;
        const target = follow(child, ancestors);
        if (target === null) continue;
        const stats = statSync(target);
        [isDirectory, isFile, real] = [stats.isDirectory(), stats.isFile(), target];
      }
      if (depth < 2 && isDirectory) walk(child, depth + 1, [...ancestors, real]);
      else if (depth === 2 && isFile && entry.name === 'README.md') files.push(child);
    }
  };
  const kb = realpathSync(path.join(root, 'kb'));
  if (kb.startsWith(realRoot + path.sep)) walk('kb', 0, [realRoot, kb]);
  else report('kb', 'symlink-outside', `kb/ is a symbolic link to ${kb}, outside the content root; nothing read`);
  return { files: files.sort(), problems };
}
