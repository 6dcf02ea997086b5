/**
 * Makes sure Debian's Chromium is there for the browser tests: Playwright must
 * never download a browser of its own (no host but the package registries is
 * reachable), so the tests drive /usr/bin/chromium and this installs it when missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

if (existsSync(CHROMIUM_PATH)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: sudo apt-get update && sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`Chromium not found at ${CHROMIUM_PATH}: installing Debian's chromium package...`);
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
  process.exit(1);
}
