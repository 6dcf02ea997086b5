import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { htmlToText } from '../../../src/article/html-text.ts';

const doc = (body: string) =>
  `---\ntitle: "Q100: T"\npermalink: /kb/000/Q100/\n---\n\n## Q100: T\n\n{% raw %}\n\n${body.replace(/^/gm, '\t')}\n{% endraw %}\n`;
const render = (body: string, resolve: (id: string) => string | null = () => null) => renderSections(parseArticle(doc(body), 'kb/000/Q100/README.md'), resolve);
/** A heading as rendered: its text, then the link to its section. */
const heading = (tag: string, id: string, title: string) =>
  `<${tag} id="${id}">${title}<a class="section-link" href="#${id}" aria-label="Link to this section: ${title}"></a></${tag}>`;

describe('renderSections', () => {
  it('wraps each section, labelled by its heading; the lead has no heading', () => {
    expect(render('Lead.\n\nSYMPTOMS\n========\n\nText.')).toBe(
      '<section class="overview" aria-label="Overview"><p>Lead.</p></section>' +
        `<section aria-labelledby="symptoms">${heading('h2', 'symptoms', 'SYMPTOMS')}<p>Text.</p></section>`,
    );
  });

  it('nests depth-3 sections in the depth-2 section before them', () => {
    expect(render('MORE INFORMATION\n================\n\nA.\n\nSteps\n-----\n\nB.\n\nCAUSE\n=====\n\nC.')).toBe(
      `<section aria-labelledby="more-information">${heading('h2', 'more-information', 'MORE INFORMATION')}<p>A.</p>` +
        `<section aria-labelledby="steps">${heading('h3', 'steps', 'Steps')}<p>B.</p></section></section>` +
        `<section aria-labelledby="cause">${heading('h2', 'cause', 'CAUSE')}<p>C.</p></section>`,
    );
  });

  it('renders a depth-3 section before any depth-2 heading as h2, so headings never skip a level', () => {
    expect(render('Steps\n-----\n\nB.')).toBe(`<section aria-labelledby="steps">${heading('h2', 'steps', 'Steps')}<p>B.</p></section>`);
  });

  it('links references the archive has and leaves the others as text, number kept', () => {
    const resolve = (id: string) => (id === 'Q151261' ? '/kb/151/Q151261/' : null);
    expect(render('See Q151261 and Q999999.', resolve)).toBe(
      '<section class="overview" aria-label="Overview"><p>See <a href="/kb/151/Q151261/">Q151261</a> and Q999999.</p></section>',
    );
    expect(render('  Q151261 OFF97: How to Obtain SR-2\n  Q999999 Gone', resolve)).toBe(
      '<section class="overview" aria-label="Overview"><ul class="kb-references">\n' +
        '<li><a href="/kb/151/Q151261/">Q151261 OFF97: How to Obtain SR-2</a></li>\n<li>Q999999 Gone</li>\n</ul></section>',
    );
  });

  it('renders preformatted and verbatim blocks as pre/code that takes keyboard focus, spacing and references kept', () => {
    const resolve = (id: string) => `/kb/x/${id}/`;
    expect(render('  a   =  1   ; see Q123456\n  b = 2', resolve)).toBe(
      '<section class="overview" aria-label="Overview"><pre class="kb-pre" tabindex="0"><code>a   =  1   ; see <a href="/kb/x/Q123456/">Q123456</a>\nb = 2</code></pre></section>',
    );
    expect(render('*************\n* WARNING *\n*************')).toContain('<pre class="kb-verbatim" tabindex="0"><code>*************\n* WARNING *\n*************</code></pre>');
  });

  it('gives every heading a link to its section with no text of its own, so the heading reads as written', () => {
    const html = render('SYMPTOMS\n========\n\nText.\n\nSteps\n-----\n\nB.');
    expect(html.match(/<a class="section-link"/g)).toHaveLength(2);
    expect(htmlToText(html)).not.toContain('#');
    expect(html).toContain('href="#steps" aria-label="Link to this section: Steps"');
  });

  it('renders lists with their start and letter type', () => {
    expect(render('3. c\n4. d\n\na. x\nb. y')).toBe(
      '<section class="overview" aria-label="Overview"><ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n<ol type="a">\n<li>x</li>\n<li>y</li>\n</ol></section>',
    );
  });

  it('escapes every text: markup in the source is shown, never run', () => {
    const html = render('<script>alert("x")</script> & <b>bold</b> <A0>\n\n<SCRIPT>\n=======\n\n  <img src=x onerror=alert(1)>');
    // No tag of the source became an element; inside a quoted attribute value (a heading's section-link label) `<` is inert text.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<b>|<img|<SCRIPT/i);
    expect(html).toContain('aria-label="Link to this section: <SCRIPT>"');
    expect(htmlToText(html)).toContain('<script>alert("x")</script> & <b>bold</b> <A0>');
    expect(htmlToText(html)).toContain('<img src=x onerror=alert(1)>');
  });

  it('escapes references resolved to odd paths in attributes', () => {
    expect(render('Q123456', () => '/kb/"onmouseover="x/')).toContain('href="/kb/&#x22;onmouseover=&#x22;x/"');
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>a</p><p>b</p>', '\na\n\nb\n'],
    ['<a href="/x" title="a>b">link</a> &#x3C;tag> &#x26; &amp; &quot;', 'link <tag> & & "'],
    ['<script>var a = "<p>x</p>";</script><style>p{}</style><!-- c -->text', 'text'],
    ['a<br>b', 'a\nb'],
  ])('%j -> %j', (html, text) => expect(htmlToText(html)).toBe(text));
});
