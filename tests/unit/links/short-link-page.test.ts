import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../src/links/link-check.ts';
import { shortLinkPage } from '../../../src/links/short-link-page.ts';

describe('shortLinkPage', () => {
  const html = shortLinkPage({ id: 'Q152941', title: 'XCON: MTA Crashes Over Slow or Sporadic Network Connection', permalink: '/kb/152/Q152941/' }, 'https://kb.example.org/');

  it('sends the reader to the canonical page three ways: script, meta refresh, link', () => {
    expect(html).toContain('<meta name="kb-permalink" content="/kb/152/Q152941/"><script src="/follow-short-link.js"></script><meta http-equiv="refresh" content="0; url=/kb/152/Q152941/">');
    expect(html).toContain('<a id="article" href="/kb/152/Q152941/">Q152941: XCON: MTA Crashes Over Slow or Sporadic Network Connection</a>');
  });

  it('names the canonical URL on the configured site and keeps itself out of search engines', () => {
    expect(html).toContain('<link rel="canonical" href="https://kb.example.org/kb/152/Q152941/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('runs the script before the refresh, so the script keeps the #anchor', () =>
    expect(html.indexOf('<script')).toBeLessThan(html.indexOf('http-equiv="refresh"')));

  it('escapes titles', () => {
    const page = shortLinkPage({ id: 'Q1', title: 'PRB: <BLINK> & "quotes"', permalink: '/kb/000/Q1/' }, 'https://kb.example.org/');
    expect(page).toContain('Q1: PRB: &#x3C;BLINK> &#x26; "quotes"</a>');
    expect(page).toContain('<title>Q1: PRB: &#x3C;BLINK> &#x26; "quotes" · KB Archive</title>');
    expect(scanHtml(page).links).toEqual(['https://kb.example.org/kb/000/Q1/', '/follow-short-link.js', '/kb/000/Q1/', '/kb/000/Q1/']);
  });
});
