/**
 * Writes deploy/nginx/kb-archive.conf: the nginx server block for the site at
 * the root of its origin, from src/deploy/nginx-config.ts and public/_headers.
 * tests/unit/deploy/nginx-config.test.ts fails when the file is stale.
 *
 *   npx node scripts/nginx-example.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleServerBlock } from '../src/deploy/nginx-example.ts';

const file = new URL('../deploy/nginx/kb-archive.conf', import.meta.url);
writeFileSync(file, exampleServerBlock(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')));
console.log(`wrote ${file.pathname}`);
