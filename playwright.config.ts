import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The production build of the sample site (built by `npm run test:e2e`), served on loopback only;
  // Playwright stops the server when the run ends.
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    // An article every build has (the seed article), so the server counts as up before the home page exists.
    url: `http://127.0.0.1:${PORT}/kb/152/Q152941/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
