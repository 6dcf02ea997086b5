import { describe, expect, it } from 'vitest';
import { addSectionLinks } from '../../../src/links/section-links.ts';

const link = (id: string, text: string) =>
  `<a class="section-link" href="#${id}" aria-label="Link to this section: ${text}" title="Link to this section" data-pagefind-ignore>#</a>`;

describe.each([
  // the renderer's headings
  ['<h2 id="symptoms">SYMPTOMS</h2>', `<h2 id="symptoms">SYMPTOMS ${link('symptoms', 'SYMPTOMS')}</h2>`],
  ['<h3 id="windows-nt-4-0-sp6a">Windows NT 4.0 SP6a</h3>', `<h3 id="windows-nt-4-0-sp6a">Windows NT 4.0 SP6a ${link('windows-nt-4-0-sp6a', 'Windows NT 4.0 SP6a')}</h3>`],
  // other attributes kept; markup and quotes kept out of the label
  ['<h2 class="x" id="a-b">A <code>"B"</code> &amp; C</h2>', `<h2 class="x" id="a-b">A <code>"B"</code> &amp; C ${link('a-b', 'A &quot;B&quot; &amp; C')}</h2>`],
  // several headings, text between untouched
  ['<h2 id="a">A</h2><p>x</p><h2 id="b">B</h2>', `<h2 id="a">A ${link('a', 'A')}</h2><p>x</p><h2 id="b">B ${link('b', 'B')}</h2>`],
  // headings without an id, and other elements with one, get nothing
  ['<h2>Untitled</h2><p id="p">x</p>', '<h2>Untitled</h2><p id="p">x</p>'],
])('addSectionLinks(%j)', (html, expected) => {
  it('adds one plain link per heading', () => expect(addSectionLinks(html)).toBe(expected));
});
