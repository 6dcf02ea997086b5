/** The safety net of parseArticle: a bug in a parser module must not lose the page. */
import { expect, it, vi } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.ts';

vi.mock('../../../src/article/zones.ts', async (original) => ({
  ...(await original<typeof import('../../../src/article/zones.ts')>()),
  splitZones: () => {
    throw new Error('boom');
  },
}));

it('shows the file as written and reports a parser-error when a module throws', () => {
  const article = parseArticle('line one\nsee Q151261', 'kb/152/Q152941/README.md');
  expect(article).toMatchObject({
    id: 'Q152941',
    permalink: '/kb/152/Q152941/',
    references: [{ id: 'Q151261', title: null }],
    problems: [{ kind: 'parser-error', file: 'kb/152/Q152941/README.md', line: 1, message: expect.stringContaining('boom') }],
  });
  expect(article.sections).toEqual([
    { title: null, slug: 'overview', depth: 2, line: 1, blocks: [{ type: 'code', lang: null, meta: null, value: 'line one\nsee Q151261', data: { kbBlock: 'verbatim' } }] },
  ]);
});
