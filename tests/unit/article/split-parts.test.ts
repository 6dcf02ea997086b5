import { toHtml } from 'hast-util-to-html';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/article/html-text.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSectionTree } from '../../../src/article/render-article.ts';
import { partPath, splitParts } from '../../../src/article/split-parts.ts';

/** An article of `n` numbered sub-headings with a paragraph each, its own contents listing them, and one long listing. */
function longArticle(n: number): string {
  const words = (k: number) => Array.from({ length: 60 }, (_, i) => `word${(k * 7919 + i * 104729) % 100003}`).join(' ');
  const items = Array.from({ length: n }, (_, k) => `${k + 1}.0  Topic number ${k + 1}`);
  const listing = Array.from({ length: n * 3 }, (_, i) => `    line ${i} ${words(i).slice(0, 60)}`).join('\n');
  return [
    '---', 'title: "Q999001: Long Release Notes"', 'permalink: /kb/999/Q999001/', '---', '', '# Long Release Notes', '',
    'Article: Q999001', '', 'SUMMARY', '=======', '', 'Contents', '', ...items.map((t) => '  ' + t), '',
    'MORE INFORMATION', '================', '',
    ...items.flatMap((t, k) => [t, '', words(k), '']), listing, '',
  ].join('\n');
}

const render = (text: string) => {
  const tree = renderSectionTree(parseArticle(text, 'kb/999/Q999001/README.md'), () => null);
  return { tree, html: toHtml(tree) };
};

describe('splitParts', () => {
  it('leaves an article that fits one page alone', () => {
    const { tree, html } = render(longArticle(3));
    expect(splitParts(tree, html, (k) => `/p/${k}/`)).toBeNull();
  });

  const { tree, html } = render(longArticle(120));
  const parts = splitParts(tree, html, (k) => partPath('/kb/999/Q999001/', k), 6000)!;

  it('cuts a long one into parts within the budget, the text whole and in order', () => {
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(gzipSync(part.html).length).toBeLessThanOrEqual(6000);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = (part: string) => htmlToText(part.replace(/<h[2-6] class="continued">.*?<\/h[2-6]>/g, ''));
    expect(squash(parts.map((p) => text(p.html)).join(''))).toBe(squash(htmlToText(html)));
  });

  it('names each heading in the part that holds it, and links to it there from the other parts', () => {
    const all = parts.flatMap((p) => p.ids);
    expect(new Set(all).size).toBe(all.length);
    // The article's own contents, in the first part, lists a heading of a later part.
    const later = parts.findLastIndex((p, k) => k > 0 && p.ids.length > 0) + 1;
    const id = parts[later - 1]!.ids[0]!;
    expect(later).toBeGreaterThan(1);
    expect(parts[0]!.html).toContain(`href="/kb/999/Q999001/${later}/#${id}"`);
    expect(parts[later - 1]!.html).toContain(`href="#${id}"`);
  });

  it('opens a section it cut again without the name of its start, under its headings restated', () => {
    const continued = parts.slice(1).filter((p) => !p.html.startsWith('<section aria-labelledby'));
    expect(continued.length).toBeGreaterThan(0);
    for (const part of continued) expect(part.html).toMatch(/^(<h[2-6] class="continued">[^<]+<\/h[2-6]>)+<section>/);
    const restated = continued.map((p) => [...p.html.matchAll(/<h([2-6]) class="continued">([^<]+)<\/h[2-6]>/g)].map((m) => [Number(m[1]), m[2]]));
    // Each part names the section it continues, and its levels step down one at a time from h2.
    for (const headings of restated) {
      expect(headings[0]).toEqual([2, 'MORE INFORMATION (continued)']);
      headings.forEach(([lvl], i) => expect(lvl).toBe(2 + i));
    }
  });

  it('keeps the heading levels whole in every part: none more than one below the one before', () => {
    for (const part of parts) {
      const levels = [1, ...[...part.html.matchAll(/<h([2-6])\b/g)].map((m) => Number(m[1]))];
      levels.slice(1).forEach((lvl, i) => expect(lvl).toBeLessThanOrEqual(levels[i]! + 1));
    }
  });
});
