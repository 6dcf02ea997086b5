/**
 * Deciding which articles are published and at which address, once every
 * file is parsed: the rules that keep one file from taking another's page.
 *
 * - An article with no readable number (path, header and title) is left out
 *   and reported: its page, short link, JSON and search entries all need one.
 * - An article whose permalink is its own folder's address keeps it, always.
 * - Any other permalink is honoured when it is free and no article's folder
 *   names it; otherwise the claim is reported and the article goes to its
 *   own folder's address (or, for a folder that cannot be an address, its
 *   number's, with `-2`, `-3`, ... when that is taken too).
 * - Cross-references to an id go to the article filed under that id's
 *   folder, else to the first file with it; the others are reported.
 */
import type { ArticleSummary, Problem } from '../article/model.ts';
import { permalinkFromId, permalinkFromPath, prefersForId } from '../article/permalink.ts';
import type { Parsed } from './corpus-protocol.ts';

export interface Assignment {
  /** id -> permalink of the article that cross-references resolve to. */
  permalinks: Array<[id: string, permalink: string]>;
  /** file -> permalink of every article that is published; files not listed are left out. */
  published: Array<[file: string, permalink: string]>;
  problems: Problem[];
}

/** `parsed` must be in a stable order (source path), so the same corpus always gets the same addresses. */
export function assignPermalinks(parsed: Parsed[]): Assignment {
  const problems: Problem[] = [];
  const candidates: Array<Parsed & { summary: ArticleSummary }> = [];
  for (const article of parsed) {
    // Never read (unreadable, or too large): the file's own problems say so.
    if (article.summary === null) continue;
    if (article.summary.id !== '') candidates.push({ ...article, summary: article.summary });
    else {
      problems.push({
        kind: 'id-missing',
        file: article.file,
        line: 1,
        message: 'no article number in the folder name, the Article: header or the title (Q followed by 1-7 digits); not published',
      });
    }
  }

  const folderOf = new Map(candidates.map(({ file }) => [file, permalinkFromPath(file)]));
  const folderOwner = new Map<string, string>();
  for (const [file, folder] of folderOf) if (folder) folderOwner.set(folder, file);
  const taken = new Map<string, string>();
  const published = new Map<string, string>();
  const take = (file: string, permalink: string) => {
    taken.set(permalink, file);
    published.set(file, permalink);
  };

  // Owners first: an article at its own folder's address can never be moved by another file.
  for (const { file, summary } of candidates) if (summary.permalink === folderOf.get(file)) take(file, summary.permalink);
  for (const { file, summary, problems: own } of candidates) {
    if (published.has(file)) continue;
    const wanted = summary.permalink;
    const owner = folderOwner.get(wanted) ?? taken.get(wanted);
    if (owner === undefined) {
      take(file, wanted);
      continue;
    }
    const fallback = folderOf.get(file) ?? permalinkFromId(summary.id)!;
    let permalink = fallback;
    for (let n = 2; taken.has(permalink) || (folderOwner.has(permalink) && folderOwner.get(permalink) !== file); n++) {
      permalink = fallback.replace(/\/$/, '') + `-${n}/`;
    }
    take(file, permalink);
    const line = own.find((problem) => problem.kind === 'permalink-mismatch')?.line ?? 1;
    problems.push({ kind: 'duplicate-permalink', file, line, message: `${wanted} is the address of ${owner}; published at ${permalink}` });
  }

  // One article per id for cross-references: the one filed under that id's folder, else the first.
  const byId = new Map<string, (typeof candidates)[number]>();
  for (const article of candidates) {
    const first = byId.get(article.summary.id);
    if (!first || prefersForId(article.summary.id, first.summary, article.summary)) byId.set(article.summary.id, article);
  }
  for (const { file, summary } of candidates) {
    const chosen = byId.get(summary.id)!;
    if (chosen.file !== file) {
      problems.push({ kind: 'duplicate-id', file, line: 1, message: `${summary.id} is also the id of ${chosen.file}, which links to ${summary.id} lead to` });
    }
  }
  return {
    permalinks: [...byId].map(([id, { file }]) => [id, published.get(file)!]),
    published: [...published],
    problems,
  };
}
