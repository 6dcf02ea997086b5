/** `/code/<key>.json`: each code page as data (see src/codes/code-json.ts and public/schema/code.schema.json). */
import type { APIRoute } from 'astro';
import { codeJson } from '../../codes/code-json';
import { codeModel } from '../../lib/code-model';

export function getStaticPaths() {
  return codeModel().summaries.map(({ key }) => ({ params: { key } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(codeJson(codeModel(), params.key!, site!.href)), { headers: { 'Content-Type': 'application/json' } });
