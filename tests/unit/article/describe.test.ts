import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/article/to-record.ts';
import type { SectionText } from '../../../src/article/model.ts';

const section = (slug: string, text: string): SectionText => ({ title: slug.toUpperCase(), slug, depth: 2, text });

group('describe (meta description)', () => {
  it.each([
    // SUMMARY wins over SYMPTOMS, whatever the order.
    [[section('symptoms', 'It crashes. Badly.'), section('summary', 'This article explains X. More.')], 'This article explains X.'],
    // SYMPTOMS when there is no SUMMARY; hard wraps become spaces.
    [[section('overview', 'Lead.'), section('symptoms', 'The MTA\nmight crash. Then more.')], 'The MTA might crash.'],
    // Otherwise the first section with text.
    [[section('overview', ''), section('cause', 'Heap corruption. Threads.')], 'Heap corruption.'],
    // A version number is not the end of a sentence.
    [[section('summary', 'Windows NT 4.0 fixes it. Yes.')], 'Windows NT 4.0 fixes it.'],
  ])('picks the first sentence of the right section (%#)', (sections, expected) => {
    expect(describe('Title', sections)).toBe(expected);
  });

  it('falls back to the title when there is no text at all', () => {
    expect(describe('The title', [section('overview', '  ')])).toBe('The title');
  });

  it('cuts a very long sentence at a word boundary under 200 characters', () => {
    const text = 'word '.repeat(100).trim() + '.';
    const result = describe('T', [section('summary', text)]);
    expect(result.length).toBeLessThanOrEqual(200);
    expect(result.endsWith('word…')).toBe(true);
  });
});
