/**
 * Making the article's listings reachable from the keyboard. A listing keeps
 * its columns and scrolls sideways inside its box, and a box that scrolls must
 * take keyboard focus (WCAG 2.1.1; axe `scrollable-region-focusable`), so every
 * `<pre>` in the rendered sections gets `tabindex="0"`.
 *
 * The rendered HTML comes from hast-util-to-html, which escapes `<` in text
 * but not inside attribute values, so a plain search for `<pre` could land in
 * an attribute (a link title quoting `<pre>`): this walks the markup and only
 * touches real start tags.
 */
export function focusableListings(html: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < html.length) {
    if (html[i] !== '<') {
      i++;
      continue;
    }
    const end = tagEnd(html, i);
    if (/^<pre[\s>]/i.test(html.slice(i, i + 5)) && !/\stabindex=/i.test(html.slice(i, end))) {
      out += html.slice(from, i + 4) + ' tabindex="0"';
      from = i + 4;
    }
    i = end;
  }
  return out + html.slice(from);
}

/** Index just past the `>` that closes the tag opened at `start`, skipping `>` inside quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length;
}
