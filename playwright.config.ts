import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts';
import { BASE, BASE_DIST, BASE_SITE_ENV } from './tests/e2e/base-site.ts';
import { fixtureSiteCommand } from './tests/e2e/fixture-site.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);
// The other servers sit 1,000 ports apart, not next door: suites run side by side with neighbouring E2E_PORTs
// must never meet on a port (a server that finds its port taken may move, and the wait for it then times out).
const FIXTURE_PORT = PORT + 1000;
const BASE_PORT = PORT + 2000;
const NGINX_PORT = PORT + 3000;
const FIXTURE_TESTS = /hostile-article-text-stays-text\.spec\.ts$/;
const BASE_TESTS = /under-a-base-path\.spec\.ts$/;
const NGINX_TESTS = /on-nginx\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Room for a loaded machine (the suite must pass beside a full-corpus build): every wait is for a state, and
  // these limits only say when a state that never comes is a failure. A passing test never waits for them.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    // The production build of the sample site (built by `npm run test:e2e`).
    { name: 'site', testIgnore: [FIXTURE_TESTS, BASE_TESTS, NGINX_TESTS], use: { baseURL: `http://127.0.0.1:${PORT}` } },
    // The sample built under /kbarchive/ (scripts/build-base-site.ts), as GitHub Pages serves a project: no redirect rules.
    { name: 'base-path', testMatch: BASE_TESTS, use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE}` } },
    // The same build on nginx with the repository's configuration.
    { name: 'nginx', testMatch: NGINX_TESTS, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${BASE}` } },
    // A tiny site of hostile articles (tests/fixtures/site), built here into its own folder.
    { name: 'fixture-site', testMatch: FIXTURE_TESTS, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  // Both served on loopback only; Playwright stops the servers when the run ends.
  webServer: [
    {
      // --ignore-lock: run beside a preview server the developer may have open (and beside the fixture site's).
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      // An article every build has (the seed article), so the server counts as up before the home page exists.
      url: `http://127.0.0.1:${PORT}/kb/152/Q152941/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: fixtureSiteCommand(FIXTURE_PORT),
      url: `http://127.0.0.1:${FIXTURE_PORT}/kb/999/Q999998/`,
      reuseExistingServer: false,
      // It builds the fixture site first.
      timeout: 900_000,
    },
    {
      command: `${BASE_SITE_ENV} npx astro preview --ignore-lock --host 127.0.0.1 --port ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE}kb/152/Q152941/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `npx node scripts/serve-nginx.ts ${BASE_DIST} --base ${BASE} --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}${BASE}kb/152/Q152941/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
