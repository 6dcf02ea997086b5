/**
 * One Pagefind indexer process, driven from its own thread. Pagefind's Node
 * API keeps a single indexer per module instance, and that indexer handles
 * one request at a time, single-threaded; a second worker is a second
 * process, so one bundle can be written while the next one is filled and the
 * index uses both cores.
 */
import * as pagefind from 'pagefind';
import { answerRequests } from '../lib/worker-messages.ts';
import type { BundleReply, BundleRequest } from './bundle-protocol.ts';
import { MAX_FRAGMENTS } from './search-shards.ts';

/** A few files in flight hide the round trip to the indexer process without flooding its input. */
const IN_FLIGHT = 16;

let index: pagefind.PagefindIndex | undefined;

async function handle(request: BundleRequest): Promise<BundleReply> {
  const errors: string[] = [];
  if (request.type === 'add') {
    if (!index) {
      const created = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENTS });
      errors.push(...created.errors);
      if (!created.index) return { errors: errors.length ? errors : ['Pagefind did not create an index'] };
      index = created.index;
    }
    const target = index;
    for (let start = 0; start < request.files.length; start += IN_FLIGHT) {
      const replies = await Promise.all(request.files.slice(start, start + IN_FLIGHT).map(({ url, content }) => target.addHTMLFile({ url, content })));
      replies.forEach((reply, i) => errors.push(...reply.errors.map((error) => `${request.files[start + i]!.source}: ${error}`)));
    }
    return { errors };
  }
  if (request.type === 'write') {
    if (!index) return { errors: ['no files were added before writing the bundle'] };
    const written = await index.writeFiles({ outputPath: request.outputPath });
    errors.push(...written.errors);
    // Frees the bundle inside the indexer before the next one is filled.
    await index.deleteIndex();
    index = undefined;
    return { errors };
  }
  await pagefind.close();
  return { errors };
}

// One request at a time, in order: a write must see every file added before it.
answerRequests(handle);
