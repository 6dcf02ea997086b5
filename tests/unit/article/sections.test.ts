import { describe, expect, it } from 'vitest';
import { headingDepth, slugify, slugs, splitSections } from '../../../src/article/sections.ts';

const lines = (text: string) => text.split('\n').map((line, k) => ({ text: line, line: k + 1 }));

describe.each([
  // the usual
  ['SYMPTOMS\n========', 2],
  ['Steps to Reproduce Behavior\n---------------------------', 3],
  // a little longer or shorter
  ['General Setup Notes\n====================', 2],
  ['Code Example:\n------------', 3],
  ['1. README CONVENTIONS\n=====================', 2],
  ['S E R V P A C K\n===============', 2],
  // separators after text are not underlines
  ['card you have on the start-up menu.\n======================================================================', null],
  ['KBSubcategory:\n======================================================================', null],
  // list items and the applies-to block
  ['- Microsoft Windows 95\n----------------------', null],
  ['   - Microsoft Visual C++, 32-bit Editions\n-------------------------------------------------------------------------------', null],
  // table headers
  ['Filename     Version   Date\n---------------------------', null],
  // indented text, an indented rule, a rule under a rule, too short a rule
  ['  X-STATUS\n======', null],
  ['TITLE\n  =====', null],
  ['======\n======', null],
  ['AB\n--', null],
])('headingDepth(%j)', (text, depth) => {
  it(`is ${depth}`, () => expect(headingDepth(lines(text), 0)).toBe(depth));
});

it('a heading must follow a blank line', () => {
  expect(headingDepth(lines('text\nSYMPTOMS\n========'), 1)).toBe(null);
  expect(headingDepth(lines('\nSYMPTOMS\n========'), 1)).toBe(2);
});

describe('splitSections', () => {
  it('keeps the lead when it has text, and every heading with its lines', () => {
    const sections = splitSections(lines('intro\n\nSYMPTOMS\n========\n\ntext\n\nSteps\n-----\nmore'));
    expect(sections.map(({ title, depth, line, lines }) => [title, depth, line, lines.map((l) => l.text)])).toEqual([
      [null, 2, 1, ['intro', '']],
      ['SYMPTOMS', 2, 3, ['', 'text', '']],
      ['Steps', 3, 8, ['more']],
    ]);
  });

  it('drops a lead of blank lines, keeps an empty section', () => {
    const sections = splitSections(lines('\n\nSUMMARY\n=======\nCAUSE\n====='));
    expect(sections.map(({ title }) => title)).toEqual(['SUMMARY']);
    expect(splitSections(lines('\nSUMMARY\n=======\n\nCAUSE\n=====\n')).map(({ title, lines }) => [title, lines.length])).toEqual([
      ['SUMMARY', 1],
      ['CAUSE', 1],
    ]);
  });

  it('gives an article without headings one lead section', () => {
    expect(splitSections(lines('Question:\n\nWhy?')).map(({ title }) => title)).toEqual([null]);
  });
});

describe.each([
  ['MORE INFORMATION', 'more-information'],
  ['Example 2: Using spawn()', 'example-2-using-spawn'],
  ['2.1 Priam and Everex', '2-1-priam-and-everex'],
  ['S E R V P A C K', 'servpack'],
  ['!!!', 'section'],
  ['A very long heading that goes on and on and on and on and on and on and on', 'a-very-long-heading-that-goes-on-and-on-and-on-and-on-and-on'],
])('slugify(%j)', (title, slug) => {
  it(`is ${slug}`, () => expect(slugify(title)).toBe(slug));
});

it('slugs are unique within an article and keep overview for the lead', () => {
  expect(slugs([null, 'MORE INFORMATION', 'Overview', 'MORE INFORMATION', 'more information'])).toEqual([
    'overview',
    'more-information',
    'overview-2',
    'more-information-2',
    'more-information-3',
  ]);
});
