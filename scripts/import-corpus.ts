/**
 * Imports the full KB corpus into `.corpus/` (git-ignored), from the archive's
 * tarball or from any folder holding `kb/NNN/QNNNNNN/README.md` files.
 * Build with it: `KB_CONTENT=.corpus npm run build` (or `npm run build:full`).
 *
 *   npm run import                      # ../shared/corpus/kbarchive-kb.tar.gz
 *   npm run import -- path/to/file.tar.gz
 *   npm run import -- path/to/folder
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { scanSources } from '../src/build/scan-sources.ts';

const DEFAULT_SOURCE = '../shared/corpus/kbarchive-kb.tar.gz';
const target = path.resolve(process.argv[3] ?? '.corpus');
const source = path.resolve(process.argv[2] ?? DEFAULT_SOURCE);

const found = await stat(source).catch(() => null);
// Checked before the old import is removed: a mistyped path must not cost the corpus already there.
if (!found) {
  console.error(`import: no corpus at ${source} (give a .tar.gz or a folder holding kb/NNN/QNNNNNN/README.md); ${path.relative(process.cwd(), target) || '.'} is unchanged`);
  process.exit(1);
}
const kind = found.isDirectory() ? 'folder' : 'tarball';
await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
if (kind === 'tarball') {
  // The platform's tar streams the 200 MB archive faster than any JS untar, and is on every dev machine and CI.
  execFileSync('tar', ['-xzf', source, '-C', target, 'kb'], { stdio: 'inherit' });
} else {
  await cp(path.join(source, 'kb'), path.join(target, 'kb'), { recursive: true });
}
const articles = scanSources(target).files;
await writeFile(
  path.join(target, 'IMPORTED.json'),
  JSON.stringify({ source, kind, articles: articles.length, importedAt: new Date().toISOString() }, null, 2) + '\n',
);
console.log(`imported ${articles.length} articles from ${source} into ${path.relative(process.cwd(), target) || '.'}`);
console.log('build the full site with: npm run build:full');
