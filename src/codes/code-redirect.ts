/**
 * The 404 page's answer to a code address that has no page as written:
 * `/code/c0000005`, `/code/0xC0000005/`, `/code/STOP%200xA`, `/code/WSAETIMEDOUT`
 * go on to the code's page; `/code/10060` offers each code that number has a
 * page as; a code the archive never mentions says so and offers a search.
 * Existence is read from the exact-code shards (every shard exists), so no
 * guess ever costs a failed request.
 */
import { codeEntry } from '../search/client/code-lookup.ts';
import { keyLabel, parseCodeKey } from './code-key.ts';
import { codePath, codeSpellingIn } from './paths.ts';
import { codePageKeys } from './search-line.ts';
import { withBase } from '../links/site-url.ts';

/** The keys a spelling may mean, most likely first. */
export function keysForSpelling(spelling: string): string[] {
  const lower = spelling.trim().toLowerCase();
  return parseCodeKey(lower) ? [lower] : codePageKeys(spelling);
}

/** Handles a missing site path (base removed) under `/code/`; false when it is not one, so the page's other answers run. */
export async function answerCodePath(answer: HTMLElement, sitePath: string): Promise<boolean> {
  const written = codeSpellingIn(sitePath);
  if (written === null) return false;
  // `/code/0xC0000005/2/`: a later page of the code's articles
  const [spelling = '', pageText] = written.split('/');
  const page = Number(pageText) > 1 ? Number(pageText) : 1;
  const keys = keysForSpelling(spelling);
  const found = (await Promise.all(keys.map(async (key) => ((await codeEntry(key).catch(() => undefined)) ? key : null)))).filter((key) => key !== null);
  const link = (key: string) => Object.assign(document.createElement('a'), { href: withBase(codePath(key)), textContent: keyLabel(key) });
  if (found.length === 1) {
    answer.textContent = `Going to ${keyLabel(found[0]!)}…`;
    location.replace(withBase(codePath(found[0]!, page)) + location.hash);
  } else if (found.length > 1) {
    answer.replaceChildren('Did you mean ', ...found.flatMap((key, i) => [i === 0 ? '' : i === found.length - 1 ? ' or ' : ', ', link(key)]), '?');
  } else {
    const search = Object.assign(document.createElement('a'), { href: withBase(`/search/?q=${encodeURIComponent(spelling)}`), textContent: `search for ${spelling}` });
    answer.replaceChildren(`No article in the archive mentions the code ${spelling}; `, search, ' finds any text that has it.');
  }
  return true;
}
