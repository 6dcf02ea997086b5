/** Finding the article sources under a content root. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every `kb/NNN/QNNNNNN/README.md` below `root`, as sorted POSIX paths relative
 * to it. Only that shape counts as an article, so stray files in an imported
 * folder (licences, indexes) are not mistaken for one.
 */
export async function scanSources(root: string): Promise<string[]> {
  const entries = await readdir(path.join(root, 'kb'), { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== 'README.md') continue;
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (/^kb\/[^/]+\/[^/]+\/README\.md$/.test(rel)) files.push(rel);
  }
  return files.sort();
}
