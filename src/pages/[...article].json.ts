/** `/kb/152/Q152941.json`: the article model for tools (see public/schema/article.schema.json). */
import type { APIRoute } from 'astro';
import { citingArticles, loadCatalog, loadRecord, summaryById } from '../lib/corpus-cache';
import { routeParam } from '../lib/route-param';
import { articleJson } from '../links/article-json';

export function getStaticPaths() {
  return loadCatalog().map(({ permalink }) => ({ params: { article: routeParam(permalink) } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const record = loadRecord(`/${params.article}/`);
  const json = articleJson(record, site!.href, (id) => summaryById(id)?.permalink ?? null, citingArticles(record.id));
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
};
