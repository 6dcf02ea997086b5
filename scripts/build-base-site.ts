/**
 * Builds the sample under the base path /kbarchive/ (tests/e2e/base-site.ts)
 * the way the browser tests build the root sample, then runs the link checker
 * on it: every link, asset, sitemap entry and redirect page must stay under
 * the base. `npm run test:e2e` runs it before the browser tests.
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { BASE_ROOT, BASE_SITE_ENV } from '../tests/e2e/base-site.ts';

rmSync(BASE_ROOT, { recursive: true, force: true });
const env = `${BASE_SITE_ENV} KB_BROWSE_PAGE_SIZE=5 KB_SEARCH_SHARD_SIZE=12`;
execSync(`${env} npx astro build`, { stdio: 'inherit' });
execSync(`${env} npm run check-links`, { stdio: 'inherit' });
