/**
 * The source of a parser fixture (tests/fixtures/article/<case>/): its own
 * `input.md`, or, where the case is a whole sample article, the file under
 * content/ that its `sample` file names, so no article is tracked twice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { permalinkFromId } from '../../../src/article/permalink.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/article');
const CONTENT = path.resolve(import.meta.dirname, '../../../content');

export function fixtureCases(root = FIXTURES): string[] {
  return readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.md')) || existsSync(path.join(root, name, 'sample')));
}

export function fixtureInput(dir: string): Buffer {
  const own = path.join(dir, 'input.md');
  if (existsSync(own)) return readFileSync(own);
  const sample = readFileSync(path.join(dir, 'sample'), 'utf8').trim();
  return readFileSync(path.join(CONTENT, sample));
}

/** Where an article of this id sits in a content folder (`kb/152/Q152941/README.md`). */
export function articlePath(id: string): string {
  return `${permalinkFromId(id)!.slice(1)}README.md`;
}

/** A sample article by id (`Q152941`), read from content/. */
export function sampleArticle(id: string): { file: string; bytes: Buffer } {
  const file = articlePath(id);
  return { file, bytes: readFileSync(path.join(CONTENT, file)) };
}
