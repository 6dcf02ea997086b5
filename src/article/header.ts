/** The header fields (`Article:` ... `Last Modified:`) as the model's ArticleHeader. */
import type { ArticleHeader, Problem } from './model.ts';
import type { Field } from './zones.ts';
import { parseKbDate } from './dates.ts';

/** Tokens that only separate others (`ENDUSER | | mspl13_c`): kept out of keyword lists. */
const SEPARATOR_TOKEN = /^[|,;]+$/;

export function parseHeader(fields: Field[], file: string): { header: ArticleHeader; id: string | null; problems: Problem[] } {
  const value = (label: string) => fields.find((field) => field.label === label);
  const problems: Problem[] = [];
  const date = value('Last Modified');
  const lastModifiedRaw = date?.value ?? '';
  const lastModified = parseKbDate(lastModifiedRaw);
  if (date && lastModifiedRaw !== '' && lastModified === null) {
    problems.push({ kind: 'date-unparseable', file, line: date.source.line, message: `Last Modified "${lastModifiedRaw}" is not a date like 29-MAR-1999` });
  }
  return {
    id: value('Article')?.value ?? null,
    header: {
      products: splitProducts(value('Product(s)')?.value ?? ''),
      versionsRaw: value('Version(s)')?.value ?? '',
      operatingSystems: splitList(value('Operating System(s)')?.value ?? ''),
      keywords: splitTokens(value('Keyword(s)')?.value ?? ''),
      lastModified,
      lastModifiedRaw,
    },
    problems,
  };
}

/** Products are separated by a comma before a capitalised name; `Visual C++, 32-bit Edition` stays whole. */
export function splitProducts(text: string): string[] {
  return text.split(/,\s*(?=[A-Z])/).map((part) => part.trim()).filter(Boolean);
}

/** `MS-DOS | OS/2` -> `MS-DOS`, `OS/2`; repeats are kept (the text is the archive's). */
export function splitList(text: string): string[] {
  return text.split(/[|,]/).map((part) => part.trim()).filter(Boolean);
}

/** White-space separated tokens, without separator-only tokens like `|`. */
export function splitTokens(text: string): string[] {
  return text.split(/\s+/).filter((token) => token !== '' && !SEPARATOR_TOKEN.test(token));
}
