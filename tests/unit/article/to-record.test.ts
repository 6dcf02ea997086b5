import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { toRecord } from '../../../src/article/to-record.ts';

const fixture = 'tests/fixtures/article/numbered-steps-with-code-and-a-reference-list/input.md';
const article = parseArticle(readFileSync(fixture, 'utf8'), 'kb/194/Q194580/README.md');
const record = toRecord(article, '', '');
const text = (slug: string) => record.sections.find((section) => section.slug === slug)!.text;

it('keeps each list item of a section on its own line in the section text', () => {
  const steps = text('step-by-step-example').split('\n');
  // Every numbered step is a line of its own, not glued to the step before it.
  expect(steps.filter((line) => /^Place two PictureBoxes/.test(line))).toHaveLength(1);
  expect(steps.filter((line) => /^Select Components from the Project menu/.test(line))).toHaveLength(1);
  expect(steps.filter((line) => /^Place a RichTextBox control inside Picture1\.$/.test(line))).toHaveLength(1);
});

it('keeps each reference of a reference list on its own line', () => {
  const lines = text('references').split('\n').filter((line) => /^Q\d+/.test(line.trim()));
  expect(lines.map((line) => line.trim())).toEqual([
    'Q146022 : HOWTO: Set Up the RichTextBox Control for WYSIWYG Printing',
    'Q178076 : HOWTO: Use a PictureBox to Control Orientation Printing a Form',
  ]);
});
