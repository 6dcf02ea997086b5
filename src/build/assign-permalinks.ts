/** Deciding the final permalink of every article when ids or permalinks collide. */
import type { Problem } from '../article/model.ts';
import type { Parsed } from './corpus-protocol.ts';

export interface Assignment {
  /** id -> permalink of the article that cross-references resolve to (the first file with that id). */
  permalinks: Array<[string, string]>;
  /** file -> permalink for the later duplicates, moved to `/kb/152/Q152941-2/` so no page overwrites another. */
  overrides: Array<[string, string]>;
  problems: Problem[];
}

/** `parsed` must be in a stable order (source path): the first occurrence keeps the canonical URL. */
export function assignPermalinks(parsed: Parsed[]): Assignment {
  const byId = new Map<string, string>();
  const taken = new Map<string, string>();
  const overrides: Array<[string, string]> = [];
  const problems: Problem[] = [];
  for (const { file, summary } of parsed) {
    const firstWithId = byId.get(summary.id);
    if (firstWithId === undefined) byId.set(summary.id, summary.permalink);
    else problems.push({ kind: 'duplicate-id', file, line: 1, message: `${summary.id} is also the id of the article at ${firstWithId}` });

    let permalink = summary.permalink;
    for (let n = 2; taken.has(permalink); n++) permalink = summary.permalink.replace(/\/$/, '') + `-${n}/`;
    if (permalink !== summary.permalink) {
      overrides.push([file, permalink]);
      problems.push({ kind: 'duplicate-permalink', file, line: 1, message: `${summary.permalink} is already the page of ${taken.get(summary.permalink)}; published at ${permalink}` });
    }
    taken.set(permalink, file);
  }
  return { permalinks: [...byId], overrides, problems };
}
