import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/html.ts';

describe.each([
  ['plain text', 'MTA Crashes Over Slow Network', 'MTA Crashes Over Slow Network'],
  ['a tag in a title', 'PRB: <SCRIPT> Tag in ASP Page', 'PRB: &lt;SCRIPT&gt; Tag in ASP Page'],
  ['an ampersand, even before an entity name', 'AT&T &amp; Co', 'AT&amp;T &amp;amp; Co'],
  ['quotes that would end an attribute', `"onmouseover="alert(1)" 'x'`, '&quot;onmouseover=&quot;alert(1)&quot; &#39;x&#39;'],
  ['nothing', '', ''],
  ['text outside ASCII, kept as is', 'Café · 4.0', 'Café · 4.0'],
])('%s', (_, text, html) => {
  it('is escaped for text and double-quoted attributes', () => expect(escapeHtml(text)).toBe(html));
});

it('leaves no markup character unescaped in any string', () => {
  const every = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
  expect(escapeHtml(every)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
});
