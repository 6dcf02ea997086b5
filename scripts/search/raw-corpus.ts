/**
 * The corpus read raw, for the search scripts: id, title and the text after
 * the front matter, without the parser, so that measurements and the
 * benchmark's expectations do not depend on the code they check.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { scanSources } from '../../src/build/scan-sources.ts';

export interface RawArticle {
  /** `Q152941`. */
  id: string;
  number: number;
  /** The front-matter title without its `Q152941: ` prefix, entities decoded. */
  title: string;
  /** Everything after the front matter, entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'", '&nbsp;': ' ' };

/** The five entities the corpus escapes (its text is otherwise plain). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:quot|amp|lt|gt|apos|nbsp);/g, (entity) => ENTITIES[entity]!);
}

/** Every article under `root` (a folder holding `kb/`), in path order. */
export async function* readRawArticles(root: string): AsyncGenerator<RawArticle> {
  for (const rel of scanSources(root).files) {
    const source = await readFile(path.join(root, rel), 'latin1');
    const id = rel.split('/')[2]!;
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
    const rawTitle = /^title:\s*"?(.*?)"?\s*$/m.exec(frontMatter?.[1] ?? '')?.[1] ?? '';
    const title = decodeEntities(rawTitle.replace(/\\"/g, '"')).replace(/^Q\d+:\s*/, '');
    const text = decodeEntities(source.slice(frontMatter ? frontMatter[0].length : 0));
    yield { id, number: Number(id.slice(1)), title, text };
  }
}
