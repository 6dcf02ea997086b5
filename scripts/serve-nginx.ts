/**
 * Serves a built site with nginx on 127.0.0.1, with the configuration of
 * src/deploy/nginx-config.ts: the same rules a production nginx would use
 * (404 page, `_headers` as response headers, short-link redirects, gzip,
 * cache lifetimes), so the browser tests check them on a real web server.
 *
 *   npx node scripts/serve-nginx.ts [dist] [--port 4331] [--base /kbarchive/]
 *
 * The folder defaults to KB_OUT_DIR, else dist; the base to BASE_PATH or
 * SITE_URL's path, as the build reads them. Debian's nginx is installed when
 * missing (as root; otherwise it says how), like Chromium for the tests.
 * nginx runs in the foreground as the current user, from a temporary folder,
 * listening on loopback only. It stops by itself: on Ctrl-C or SIGTERM, when
 * the process that started it goes away, and after --max-minutes (120).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDebianPackage } from './lib/debian-package.ts';
import { standaloneConfig } from '../src/deploy/nginx-config.ts';
import { parseHeadersFile } from '../src/links/headers-file.ts';
import { basePathFrom, normaliseBase } from '../src/links/site-url.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4331' }, base: { type: 'string' }, 'max-minutes': { type: 'string', default: '120' } },
});
const dist = path.resolve(positionals[0] ?? process.env.KB_OUT_DIR ?? 'dist');
const base = values.base ? normaliseBase(values.base) : basePathFrom(process.env);
const port = Number(values.port);

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`no built site in ${dist} (run npm run build first)`);
  process.exit(1);
}
ensureDebianPackage('nginx', [NGINX, MIME_TYPES], 'NGINX_PATH');

const runDir = mkdtempSync(path.join(tmpdir(), 'kb-nginx-'));
// Under a base path, the document root holds the site under the base's name, as the site's URLs have it.
let root = dist;
if (base !== '/') {
  root = path.join(runDir, 'www');
  const link = path.join(root, ...base.split('/').filter(Boolean));
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(dist, link);
}
const headers = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
const conf = path.join(runDir, 'nginx.conf');
// Started by root, nginx would hand its workers to `nobody`: keep them as the user who asked, who can read the build.
const user = process.getuid?.() === 0 ? userInfo().username : undefined;
writeFileSync(conf, standaloneConfig({ root, base, listen: `127.0.0.1:${port}`, headers, runDir, mimeTypes: MIME_TYPES, user }));

// A config nginx refuses fails here, with nginx's own message.
execFileSync(NGINX, ['-t', '-q', '-p', runDir, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
const nginx = spawn(NGINX, ['-p', runDir, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`nginx serving ${dist} at http://127.0.0.1:${port}${base} (config ${conf})`);

let stopping = false;
function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`stopping nginx: ${reason}`);
  nginx.kill('SIGQUIT');
  setTimeout(() => nginx.kill('SIGKILL'), 5000).unref();
}
nginx.on('exit', (code, signal) => {
  rmSync(runDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
// Started through npm and a shell (as Playwright's web server is), the direct parent outlives the one that
// matters: every ancestor up to the first that is pid 1 is watched, and the first to go stops nginx.
const ancestors = ancestorPids(process.pid);
setInterval(() => {
  const gone = ancestors.find((pid) => !alive(pid));
  if (gone !== undefined) stop(`the process that started it (${gone}) has gone`);
}, 1000).unref();
setTimeout(() => stop(`${values['max-minutes']} minutes are up`), Number(values['max-minutes']) * 60_000).unref();

function ancestorPids(pid: number): number[] {
  const found: number[] = [];
  for (let current = pid; found.length < 8; ) {
    let parent: number;
    try {
      // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its last ')'.
      const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
      parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break; // no /proc: only the direct parent is watched
    }
    if (!(parent > 1)) break;
    found.push(parent);
    current = parent;
  }
  return found.length ? found : [process.ppid];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
