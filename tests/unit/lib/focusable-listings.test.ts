import { describe, expect, it } from 'vitest';
import { focusableListings } from '../../../src/lib/focusable-listings.ts';

describe.each([
  // a bare listing
  ['<pre><code>dir /s</code></pre>', '<pre tabindex="0"><code>dir /s</code></pre>'],
  // attributes kept, upper case tag
  ['<PRE class="x"><code>a</code></PRE>', '<PRE tabindex="0" class="x"><code>a</code></PRE>'],
  // every listing, not only the first
  ['<pre>a</pre><p>b</p><pre>c</pre>', '<pre tabindex="0">a</pre><p>b</p><pre tabindex="0">c</pre>'],
  // escaped text that mentions a pre tag stays text
  ['<p>&#x3C;pre>not a tag</p>', '<p>&#x3C;pre>not a tag</p>'],
  // an attribute value quoting a pre tag is not a tag
  ['<a title="<pre> x" href="/kb/1/Q1/">Q1</a>', '<a title="<pre> x" href="/kb/1/Q1/">Q1</a>'],
  ["<a title='a > <pre onclick=x>' href=\"/\">x</a><pre>y</pre>", "<a title='a > <pre onclick=x>' href=\"/\">x</a><pre tabindex=\"0\">y</pre>"],
  // other tags that start with "pre"
  ['<prefix>a</prefix><progress></progress>', '<prefix>a</prefix><progress></progress>'],
  // already focusable
  ['<pre tabindex="-1">a</pre>', '<pre tabindex="-1">a</pre>'],
  // nothing to do
  ['', ''],
])('focusableListings(%j)', (html, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(focusableListings(html)).toBe(expected));
});
