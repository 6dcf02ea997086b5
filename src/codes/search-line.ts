/**
 * The line a code query shows above its results: "All 37 articles that
 * mention 0xC0000005" linking to the code's page, with what the code means.
 * Self-contained for the search UI: one call, which reads the exact-code
 * shards the search fetches anyway (each file once per page), never a file
 * that may not exist. A lone number (`10060`) may be a Winsock error, an
 * error number and an event ID at once: each that has a page gets a line.
 */
import { withBase } from '../links/site-url.ts';
import { canonicalTerms } from '../search/codes.ts';
import { codeEntry } from '../search/client/code-lookup.ts';
import { codeLabel, parseCodeKey } from './code-key.ts';
import { codePath } from './paths.ts';
import type { CodeShardMeaning } from '../search/search-files.ts';

/** The keys with a page that a query asks for, or none when the query is more than one code. */
export function codePageKeys(query: string): string[] {
  const terms = canonicalTerms(query);
  if (terms.rest !== '' || terms.codes.length !== 1) return [];
  const key = terms.codes[0]!;
  const number = /^n-(\d+)$/.exec(key)?.[1];
  return number === undefined ? [key] : [`wsa-${number}`, `error-${number}`, `event-${number}`];
}

/** The lines for `query`, as one element, or null when it is no code query or no code has a page. */
export async function codeSearchLine(query: string): Promise<HTMLElement | null> {
  const lines: HTMLElement[] = [];
  for (const key of codePageKeys(query)) {
    const code = parseCodeKey(key);
    const entry = code ? await codeEntry(key).catch(() => undefined) : undefined;
    if (!code || !entry) continue;
    const count = 'common' in entry ? entry.common : entry.ids.length;
    const [name = '', family = '', description = ''] = (entry as { meaning?: CodeShardMeaning }).meaning ?? [];
    const link = document.createElement('a');
    link.href = withBase(codePath(key));
    link.textContent = `${count === 1 ? 'The 1 article that mentions' : `All ${count.toLocaleString('en')} articles that mention`} ${codeLabel(code)}`;
    const line = document.createElement('p');
    line.className = 'code-line';
    line.append(link);
    const meaning = [name, family].filter(Boolean).join(', ');
    if (meaning || description) line.append(`: ${[meaning, description].filter(Boolean).join('. ')}`);
    lines.push(line);
  }
  if (lines.length === 0) return null;
  const box = document.createElement('div');
  box.className = 'search-notice code-lines';
  box.append(...lines);
  return box;
}

/** Puts the lines for `query` at the top of `into` once they are known, unless `current()` says the search moved on. */
export function showCodeSearchLine(into: HTMLElement, query: string, current: () => boolean): void {
  void codeSearchLine(query).then((box) => {
    if (box && current()) into.prepend(box);
  });
}
