/** robots.txt: everything may be crawled; the sitemap index (written by the kb-links integration) lists the pages. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../links/sitemap';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!.href));
