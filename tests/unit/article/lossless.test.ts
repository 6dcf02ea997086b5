import { describe, expect, it } from 'vitest';
import { checkLossless, expectedBodyText, expectedPieces, renderedArticleText } from '../../../src/article/lossless.ts';
import { parseArticle } from '../../../src/article/parse-article.ts';
import { renderSections } from '../../../src/article/render-article.ts';
import { htmlToText } from '../../../src/article/html-text.ts';
import { sampleArticle } from './fixture-input.ts';

const source = sampleArticle('Q152941').bytes.toString('utf8');
const article = parseArticle(source, 'kb/152/Q152941/README.md');
const html = renderSections(article, () => null);
const page = renderedArticleText(article, html);

describe('expectedBodyText', () => {
  const text = expectedBodyText(source);

  it('starts with the text, then the header values without labels or the id, the date shown the site\'s way', () => {
    expect(text.startsWith('SYMPTOMSWhenyourun')).toBe(true);
    expect(text).toContain('MicrosoftExchangewinnt:4.0kbnetwork29Mar1999MicrosoftExchangeServer,version4.0kbnetwork');
    expect(text).not.toContain('29-MAR-1999');
  });

  it('drops underlines, separators, the title line and field labels, and ends with the footer values', () => {
    expect(text).not.toMatch(/====|----|Article:|Product\(s\)|Keywords:|Technology:|Additionalquerywords|Theinformationinthisarticle/);
    expect(text).not.toContain('XCON:MTACrashesOverSlow');
    expect(text.endsWith('kbnetworkkbExchangeSearchkbExchange400kbZNotKeyword2winnt:4.0')).toBe(true);
  });

  it('marks what may be dropped as optional, and only that', () => {
    const optional = expectedPieces(source).filter((piece) => piece.optional).map((piece) => piece.text);
    expect(optional).toEqual(expect.arrayContaining(['Article:Q152941', 'Product(s):', 'Keywords:', 'Technology:', '========', '-']));
    expect(optional.join('')).not.toMatch(/When|MicrosoftExchangeServer/);
  });
});

describe('checkLossless', () => {
  it('passes the page text built from the model', () => {
    expect(checkLossless(source, page)).toEqual({ ok: true });
  });

  it('ignores white space and accepts labels shown as written', () => {
    expect(checkLossless(source, page.replace(/\s+/g, '   ').replace('kbnetwork', 'Keyword(s): kbnetwork'))).toEqual({ ok: true });
  });

  it('finds a dropped character and says where', () => {
    const result = checkLossless(source, page.replace('heap corruption', 'heap corrupton'));
    expect(result.ok).toBe(false);
    expect(result.firstMismatch).toMatchObject({ line: 44, found: expect.stringMatching(/^on/) });
    expect(result.firstMismatch!.expected).toMatch(/^ion/);
  });

  it('finds text the source does not have', () => {
    expect(checkLossless(source, page.replace('CAUSE', 'CAUSE extra')).ok).toBe(false);
    expect(checkLossless(source, page + ' trailing').ok).toBe(false);
  });

  it('finds text shown twice or out of order', () => {
    expect(checkLossless(source, page.replace('STATUS', 'STATUS STATUS')).ok).toBe(false);
    const [before, after] = page.split('CAUSE');
    expect(checkLossless(source, `CAUSE${before}${after}`).ok).toBe(false);
  });

  it('finds a header value the page leaves out', () => {
    expect(page).toContain('29 Mar 1999');
    expect(checkLossless(source, page.replace('29 Mar 1999', '')).ok).toBe(false);
    expect(checkLossless(source, page.replace('Microsoft Exchange Server, version 4.0', '')).ok).toBe(false);
  });

  it('checks a whole page with its chrome when extra text is allowed', () => {
    const built = `<html><head><title>Q152941</title><script>var x = "<p>";</script></head><body><nav>Home Search</nav>
      <h1>XCON: MTA Crashes</h1>${html}<dl><dt>Product(s)</dt><dd>Microsoft Exchange</dd><dt>Version(s)</dt><dd>winnt:4.0</dd>
      <dt>Keywords</dt><dd>kbnetwork</dd><dt>Last modified</dt><dd><time datetime="1999-03-29">29 Mar 1999</time></dd></dl>
      <h2>Applies to</h2><ul><li>Microsoft Exchange Server, version 4.0</li></ul>
      <dl><dt>Keywords</dt><dd>kbnetwork</dd><dt>Technology</dt><dd>kbExchangeSearch kbExchange400 kbZNotKeyword2</dd>
      <dt>Version</dt><dd>winnt:4.0</dd></dl><footer>About this archive</footer></body></html>`;
    expect(checkLossless(source, htmlToText(built))).toMatchObject({ ok: false });
    expect(checkLossless(source, htmlToText(built), { allowExtra: true })).toEqual({ ok: true });
    expect(checkLossless(source, htmlToText(built.replace('kbExchange400', '')), { allowExtra: true })).toMatchObject({
      ok: false,
      firstMismatch: { expected: expect.stringMatching(/^kbExchange400/) },
    });
  });
});

describe('list markers and separators', () => {
  const doc = (body: string) => `---\ntitle: "Q1: T"\npermalink: /kb/000/Q1/\n---\n\n## Q1: T\n\n{% raw %}\n${body.replace(/^/gm, '\t')}\n{% endraw %}\n`;

  it.each([
    ['bullets', '- one\n- two', 'one two'],
    ['numbers and letters, nested', '1. a. first', 'first'],
    ['a separator', 'one\n=====\ntwo', 'one two'],
    ['a marker before a separator', '* =====', ''],
  ])('may drop %s', (_, body, shown) => {
    expect(checkLossless(doc(body), shown)).toEqual({ ok: true });
    expect(checkLossless(doc(body), body)).toEqual({ ok: true });
  });

  it('does not drop text that only looks like a marker in the middle of a line', () => {
    expect(checkLossless(doc('one - two'), 'one two').ok).toBe(false);
  });
});
