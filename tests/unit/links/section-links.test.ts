import { expect, it } from 'vitest';
import { sectionLink } from '../../../src/links/section-links.ts';

it('is a plain link to the section, labelled with its title and without text of its own', () => {
  expect(sectionLink('applies-to', 'Applies to')).toBe(
    '<a class="section-link" href="#applies-to" aria-label="Link to this section: Applies to"></a>',
  );
});

it('escapes a title that has quotes or markup', () => {
  expect(sectionLink('a-b', 'A "B" <C>')).toContain('aria-label="Link to this section: A &#x22;B&#x22; <C>"');
});
