import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONG_CACHE, SHORT_CACHE, serverBlock, standaloneConfig } from '../../../src/deploy/nginx-config.ts';
import { exampleServerBlock } from '../../../src/deploy/nginx-example.ts';
import { parseHeadersFile, rebaseHeadersFile } from '../../../src/links/headers-file.ts';
import { HEADER_POLICY } from '../../../src/security/content-security-policy.ts';

const headersFile = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');

describe('the nginx server block', () => {
  const conf = serverBlock({ root: '/srv/www', base: '/kbarchive/', listen: '127.0.0.1:8080', headers: parseHeadersFile(rebaseHeadersFile(headersFile, '/kbarchive/')) });

  it('serves the 404 page as the error page, under the base', () => expect(conf).toContain('error_page 404 /kbarchive/404.html;'));

  it('sends the CSP of _headers with every response, errors included', () =>
    expect(conf).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`));

  it('redirects the short-link spellings to the short page', () => {
    expect(conf).toContain('location ~ "^/kbarchive/(?:q|[Kk][Bb])(\\d+)/?$" {\n        return 301 /kbarchive/Q$1/;');
    expect(conf).toContain('location ~ "^/kbarchive/[Kk][Bb]/(\\d{4,})/?$" {\n        return 301 /kbarchive/Q$1/;');
  });

  it('caches hashed names for a year and the rest for minutes', () => {
    expect(conf).toMatch(new RegExp(`location \\^~ /kbarchive/_astro/ \\{[^}]*Cache-Control "${LONG_CACHE}"`));
    expect(conf).toMatch(new RegExp(`pagefind[^{]*\\{[^}]*Cache-Control "${LONG_CACHE}"`));
    expect(conf).toMatch(new RegExp(`location /kbarchive/ \\{[^}]*Cache-Control "${SHORT_CACHE}"`));
  });

  it('compresses text', () => expect(conf).toMatch(/gzip on;[\s\S]*gzip_types [^;]*application\/json/));

  it('runs standalone on loopback with its own temp folders', () => {
    const whole = standaloneConfig({ root: '/srv/www', base: '/', listen: '127.0.0.1:8080', headers: parseHeadersFile(headersFile), runDir: '/tmp/x', mimeTypes: '/etc/nginx/mime.types' });
    expect(whole).toContain('listen 127.0.0.1:8080;');
    expect(whole).toContain('daemon off;');
    expect(whole).toContain('client_body_temp_path /tmp/x/client_body;');
  });
});

it('deploy/nginx/kb-archive.conf is what the generator writes (npx node scripts/nginx-example.ts)', () => {
  expect(readFileSync(new URL('../../../deploy/nginx/kb-archive.conf', import.meta.url), 'utf8')).toBe(exampleServerBlock(headersFile));
});
