/**
 * One case per folder in tests/fixtures/article: input.md (or the sample
 * article its `sample` file names, fixture-input.ts) is parsed (through
 * decodeSource, as the build reads files) and must give expected.json; its
 * sections must render to expected.html; and the page text must pass the
 * lossless check. `UPDATE_FIXTURES=1 npx vitest run tests/unit/article/fixtures.test.ts`
 * rewrites the expected files: review the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/article/decode-source.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { checkLossless, renderedArticleText } from '../../../src/article/lossless.ts';
import { permalinkFromId } from '../../../src/article/permalink.ts';
import type { Article } from '../../../src/article/model.ts';
import { FIXTURES, fixtureCases, fixtureInput } from './fixture-input.ts';

const root = FIXTURES;
const update = process.env.UPDATE_FIXTURES === '1';
const cases = fixtureCases();

/** The fixtures' archive: articles below Q300000 exist (linked), the others do not (plain text). */
export const fixtureResolve = (id: string) => (Number(id.slice(1)) < 300000 ? permalinkFromId(id) : null);

/** One block element per line, so that expected.html diffs read well. */
export function prettyHtml(html: string): string {
  return html.replace(/<(section|h2|h3|p|pre|ul|ol|li|blockquote|hr)\b/g, '\n<$1').trimStart() + '\n';
}

function sourcePathOf(dir: string, text: string): string {
  const expected = path.join(dir, 'expected.json');
  if (existsSync(expected)) return (JSON.parse(readFileSync(expected, 'utf8')) as { sourcePath: string }).sourcePath;
  const id = /Article: (Q\d+)/.exec(text)?.[1] ?? /(Q\d+):/.exec(text)?.[1] ?? 'Q0';
  return `kb/${permalinkFromId(id)!.split('/')[2]}/${id}/README.md`;
}

it('finds the fixture cases (one folder per odd shape)', () => {
  expect(cases.length).toBeGreaterThanOrEqual(15);
});

describe.each(cases)('%s', (name) => {
  const dir = path.join(root, name);
  const bytes = fixtureInput(dir);
  const decoded = decodeSource(bytes, 'input.md');
  const sourcePath = sourcePathOf(dir, decoded.text);
  const article: Article = parseArticle(decoded.text, sourcePath);
  article.problems.unshift(...decoded.problems.map((problem) => ({ ...problem, file: sourcePath })));
  const html = renderSections(article, fixtureResolve);

  it('parses to expected.json', () => {
    const json = JSON.stringify(article, null, 2) + '\n';
    if (update) writeFileSync(path.join(dir, 'expected.json'), json);
    expect(json).toBe(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  });

  it('renders to expected.html', () => {
    if (update) writeFileSync(path.join(dir, 'expected.html'), prettyHtml(html));
    expect(prettyHtml(html)).toBe(readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  });

  it('keeps every character of the body', () => {
    expect(checkLossless(decoded.text, renderedArticleText(article, html))).toEqual({ ok: true });
  });
});
