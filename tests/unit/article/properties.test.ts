/**
 * Property tests: real articles (the fixture inputs), mutated line by line,
 * must still parse without throwing, render to HTML that only has our own
 * tags (so no `<script` from the input), and keep every character.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/article/decode-source.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { checkLossless, renderedArticleText } from '../../../src/article/lossless.ts';
import { permalinkFromId } from '../../../src/article/permalink.ts';
import { FIXTURES, fixtureCases, fixtureInput } from './fixture-input.ts';

// Generous timeouts: a few hundred parses and checks take seconds, more on a busy CI machine.
const seeds = fixtureCases()
  .map((name) => decodeSource(fixtureInput(path.join(FIXTURES, name)), name).text)
  // The 40 KB readme makes each run slow without adding shapes the others lack.
  .filter((text) => text.length < 20000);

/** Lines that mean something to the parser, to be dropped in anywhere. */
const structural = [
  '<script>alert(1)</script>',
  '\t<SCRIPT src=//x></SCRIPT>',
  '\t========',
  '\t--------',
  '\t' + '='.repeat(70),
  '\tKeywords          : kbbug |',
  '\tAdditional query words: crash',
  '\tArticle: Q1',
  '\tLast Modified: 31-FEB-1999',
  '\t- item',
  '\t   - nested item',
  '\t1. step',
  '\t  a. sub step',
  '\t  Q151261 OFF97: How to Obtain SR-2',
  '\tsee KB151261.',
  '\t*************',
  '\t  x = 1;  && comment',
  '\tS E R V P A C K',
  '\t<A0>',
  '{% raw %}',
  '{% endraw %}',
  '---',
  '## Q1: title',
  'permalink: ../../x',
  '',
  '\t',
];

const line = fc.oneof(
  fc.constantFrom(...structural),
  fc.string({ maxLength: 40 }).map((text) => '\t' + text),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

type Edit = { at: number; kind: 'insert' | 'delete' | 'duplicate' | 'replace' | 'splice'; line: string; column: number };
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace', 'splice'),
  line,
  column: fc.nat(80),
}) as fc.Arbitrary<Edit>;

function mutate(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  for (const { at, kind, line, column } of edits) {
    const k = at % (lines.length + 1);
    if (kind === 'insert') lines.splice(k, 0, line);
    else if (kind === 'delete') lines.splice(k, 1);
    else if (kind === 'duplicate') lines.splice(k, 0, lines[k] ?? line);
    else if (kind === 'replace') lines[k] = line;
    else lines[k] = (lines[k] ?? '').slice(0, column) + line + (lines[k] ?? '').slice(column);
  }
  return lines.join('\n');
}

const TAG = /<\/?([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ALLOWED_TAGS = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'pre', 'code', 'ul', 'ol', 'li', 'a', 'blockquote', 'hr']);
const resolve = (id: string) => (Number(id.slice(1)) % 2 === 0 ? permalinkFromId(id) : null);

describe('mutated real articles', () => {
  it('parse without throwing, render only our tags, and keep every character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        const text = mutate(seed, edits);
        const article = parseArticle(text, 'kb/152/Q152941/README.md');
        expect(article.problems.map((problem) => problem.kind)).not.toContain('parser-error');
        const html = renderSections(article, resolve);
        // Whole tags, quoted attribute values included: a heading's `aria-label="... <A0>"` is text, not a tag.
        for (const [, tag] of html.matchAll(TAG)) expect(ALLOWED_TAGS.has(tag!), tag).toBe(true);
        // Outside whole tags no `<` is left: every `<` of the text was escaped (a `<script>` in an attribute value is text).
        expect(html.replace(TAG, '')).not.toContain('<');
        expect(checkLossless(text, renderedArticleText(article, html))).toEqual({ ok: true });
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('survive arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const article = parseArticle(text, 'input.md');
        expect(article.problems.map((problem) => problem.kind)).not.toContain('parser-error');
        const html = renderSections(article, resolve);
        expect(checkLossless(text, renderedArticleText(article, html))).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
