/**
 * A small static file server for measurements: serves a built site on
 * 127.0.0.1 with gzip for text, as a typical static host would, so transfer
 * sizes are realistic. Not for production.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg']);

async function resolveFile(dir: string, urlPath: string): Promise<string | null> {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = path.join(dir, clean);
  if (!file.startsWith(dir)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return (await stat(path.join(file, 'index.html')).catch(() => null)) ? path.join(file, 'index.html') : null;
  return info?.isFile() ? file : null;
}

/**
 * Serves `dir`, plus `extra` files by URL path (what a measurement adds to the
 * site without writing into the built output).
 */
export async function serveStatic(
  dir: string,
  extra: Record<string, Uint8Array> = {},
  /** Seconds every file but HTML may be cached for (none when 0): a host's caching, for repeat visits. */
  cacheSeconds = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const added = Object.hasOwn(extra, url.pathname) ? extra[url.pathname]! : undefined;
    const file = added ? url.pathname : ((await resolveFile(root, url.pathname)) ?? path.join(root, '404.html'));
    const status = added || !(file.endsWith(`${path.sep}404.html`) && !url.pathname.endsWith('404.html')) ? 200 : 404;
    const body = added ? Buffer.from(added) : await readFile(file).catch(() => Buffer.from('not found'));
    const ext = path.extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    if (cacheSeconds > 0 && ext !== '.html') headers['cache-control'] = `public, max-age=${cacheSeconds}`;
    res.writeHead(status, headers).end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
