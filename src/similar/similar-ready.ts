/**
 * When `similar.json` can be read. The corpus step computes it in a worker
 * of its own while Astro bundles and renders the other pages; the article
 * pages (Astro's bundle, a different module graph from the integrations, in
 * the same process) and the article-files worker's starter wait on this one
 * promise, kept on `globalThis` because a module-level variable would exist
 * once per bundle. Outside a build (a script, a test) nothing is pending and
 * the file is read as it is.
 */
const PENDING = Symbol.for('kb-archive.similar-pending');

type Holder = { [PENDING]?: Promise<unknown> };

/** The corpus step: the similar lists are being written; `done` settles when they are (or rejects when that failed). */
export function similarPending(done: Promise<unknown>): void {
  // Marked handled here: whoever waits gets the failure; an unobserved one must not crash the process first.
  done.catch(() => undefined);
  (globalThis as Holder)[PENDING] = done;
}

/** Resolves once `similar.json` is complete; rejects with the reason it could not be written. */
export async function similarReady(): Promise<void> {
  await (globalThis as Holder)[PENDING];
}
