/**
 * A small static file server for measurements: serves a built site on
 * 127.0.0.1 with gzip for text, as a typical static host would, so transfer
 * sizes are realistic. Not for production.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
 * A certificate for 127.0.0.1 made for this run with the platform's openssl:
 * browsers speak HTTP/2 only over TLS, and the measuring browser is told to
 * accept it (`ignoreHTTPSErrors`).
 */
function localCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `dir`, plus `extra` files by URL path (what a measurement adds to the
 * site without writing into the built output). Over HTTP/1.1 by default; with
 * `http2`, over HTTP/2 and TLS, as most static hosts (GitHub Pages among them)
 * serve a site: every request of a page shares one connection, where HTTP/1.1
 * gives Chromium six per host.
 */
export async function serveStatic(
  dir: string,
  extra: Record<string, Uint8Array> = {},
  /** Seconds every file but HTML may be cached for (none when 0): a host's caching, for repeat visits. */
  cacheSeconds = 0,
  { http2 = false }: { http2?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const answer = async (req: IncomingMessage | Http2ServerRequest) => {
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
    return { status, headers, body: gzip ? gzipSync(body) : body };
  };
  const sessions = new Set<Http2Session>();
  const server = http2
    ? createSecureServer({ ...localCertificate(), allowHTTP1: true }, async (req: Http2ServerRequest, res: Http2ServerResponse) => {
        const { status, headers, body } = await answer(req);
        res.writeHead(status, headers).end(body);
      })
    : createServer(async (req: IncomingMessage, res: ServerResponse) => {
        const { status, headers, body } = await answer(req);
        res.writeHead(status, headers).end(body);
      });
  if (http2) {
    // A browser keeps its session open: closing the server waits for it unless it is ended here.
    server.on('session', (session: Http2Session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
