/** `/kb/index.json`: every article as `[id, title, permalink, products, lastModified]` (see public/schema/article-index.schema.json). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../../lib/corpus-cache';
import { articleIndex } from '../../links/article-json';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(articleIndex(loadCatalog(), site!.href)), { headers: { 'Content-Type': 'application/json' } });
