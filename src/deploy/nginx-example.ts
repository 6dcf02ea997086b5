/** The committed example server block (deploy/nginx/kb-archive.conf): the site at an origin's root, on port 80. */
import { parseHeadersFile } from '../links/headers-file.ts';
import { serverBlock } from './nginx-config.ts';

export const EXAMPLE_ROOT = '/var/www/kb-archive';

export function exampleServerBlock(headersFile: string): string {
  return (
    '# Copy to /etc/nginx/sites-enabled/ and point `root` at the built dist/ (scripts/nginx-example.ts writes this file).\n' +
    '# Under a base path, build with SITE_URL=https://host/kbarchive/ and let scripts/serve-nginx.ts show the config:\n' +
    '# the locations move under the base and `root` holds dist/ as kbarchive/.\n' +
    serverBlock({ root: EXAMPLE_ROOT, base: '/', listen: '80', headers: parseHeadersFile(headersFile) })
  );
}
