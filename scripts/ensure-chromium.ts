/**
 * Makes sure Debian's Chromium is there for the browser tests: Playwright must
 * never download a browser of its own (no host but the package registries is
 * reachable), so the tests drive /usr/bin/chromium and this installs it when missing.
 */
import { CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { ensureDebianPackage } from './lib/debian-package.ts';

ensureDebianPackage('chromium', [CHROMIUM_PATH], 'CHROMIUM_PATH');
