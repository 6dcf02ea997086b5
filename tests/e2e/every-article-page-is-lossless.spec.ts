import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLossless } from '../../src/article/lossless.ts';
import { htmlToText } from '../../src/article/html-text.ts';
import { loadSampleCatalog } from './sample.ts';
import { partPath } from '../../src/article/split-parts.ts';

// Every sample article, as built: each non-space character of the source body is on the page, in order
// (on its pages in turn, for an article published in parts).
for (const summary of loadSampleCatalog()) {
  test(`${summary.id} shows its whole source text`, async ({ request }) => {
    let article = '';
    for (let k = 1; k <= (summary.parts ?? 1); k++) {
      const html = await (await request.get(partPath(summary.permalink, k))).text();
      article += /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
    }
    const source = readFileSync(path.join('content', summary.sourcePath), 'utf8');
    const result = checkLossless(source, htmlToText(article), { allowExtra: true });
    expect(result.firstMismatch ?? null).toBeNull();
    expect(result.ok).toBe(true);
  });
}
