/**
 * Whether the search page was reached by a reader typing into a search box,
 * as opposed to a pasted, bookmarked or reloaded search address. A typed
 * article number opens the article; an address shows the search it names.
 * The search boxes note the query here on submit; the search page takes it
 * (once) when it loads. Storage may be unavailable (privacy modes): then
 * every visit counts as an address, which only costs a click.
 */
const KEY = 'kb-search:submitted';

export function noteSubmittedQuery(q: string): void {
  try {
    sessionStorage.setItem(KEY, q.trim());
  } catch {
    // no storage: the search page shows the search instead of opening the article
  }
}

/** The query noted by the last submit, removed so a later reload does not count as typed. */
export function takeSubmittedQuery(): string | null {
  try {
    const q = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return q;
  } catch {
    return null;
  }
}
