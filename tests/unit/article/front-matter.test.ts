import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/article/front-matter.ts';

const read = (text: string) => readFrontMatter(text.split('\n'), 'kb/1/Q1/README.md');

describe('readFrontMatter', () => {
  it('reads title and permalink and where they are', () => {
    const result = read('---\nlayout: page\ntitle: "Q1: A: b"\npermalink: /kb/000/Q1/\n---\nbody');
    expect(result).toMatchObject({ title: 'Q1: A: b', permalink: '/kb/000/Q1/', titleLine: 3, permalinkLine: 4, end: 5, problems: [] });
  });

  it('reports a file without front matter, keeping every line as body', () => {
    const result = read('## Q1: Title\nbody');
    expect(result.end).toBe(0);
    expect(result.problems.map((p) => p.kind)).toEqual(['front-matter-missing']);
  });

  it('reports a block that is never closed, reading its leading key lines so the body keeps its header', () => {
    const result = read('---\ntitle: x\npermalink: /kb/1/Q1/\n\n## Q1: x\n\tArticle: Q1');
    expect(result.end).toBe(3);
    expect(result).toMatchObject({ title: 'x', permalink: '/kb/1/Q1/', permalinkLine: 3 });
    expect(result.problems.map((p) => p.kind)).toEqual(['front-matter-invalid']);
  });

  it('keeps every line as body when an unclosed block has no key lines', () => {
    const result = read('---\nbody\nmore');
    expect(result.end).toBe(0);
    expect(result.problems.map((p) => p.kind)).toEqual(['front-matter-invalid']);
  });

  it('reports invalid YAML on the line of the error, counted in the file', () => {
    const result = read('---\nlayout: page\ntitle: Q1: A: b\n---\n');
    expect(result.problems).toMatchObject([{ kind: 'front-matter-invalid', line: 3 }]);
    expect(result.problems[0]!.message).not.toMatch(/at line/);
  });

  it('reports YAML that is not a mapping', () => {
    expect(read('---\n- a\n- b\n---\n').problems.map((p) => p.kind)).toEqual(['front-matter-invalid']);
  });

  it.each([
    ['absent', '---\nlayout: page\n---\n'],
    ['empty', '---\ntitle: ""\npermalink:\n---\n'],
    ['structured', '---\ntitle: [a]\npermalink: {a: 1}\n---\n'],
  ])('reports a title and permalink that are %s', (_, text) => {
    expect(read(text).problems.map((p) => p.kind)).toEqual(['title-missing', 'permalink-missing']);
  });

  it('reads scalars that are not strings as text', () => {
    expect(read('---\ntitle: 1999\npermalink: 12\n---\n')).toMatchObject({ title: '1999', permalink: '12', problems: [] });
  });
});
