/**
 * Installs a Debian package when a program the scripts need is missing: the
 * machine reaches only the package registries, so tools come from apt, never
 * from a download of their own (Chromium for the browser tests, nginx for the
 * deploy check). Installs only as root; otherwise says what to run and exits.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Exits the process with a message when `files` are still missing after trying to install `pkg`. */
export function ensureDebianPackage(pkg: string, files: readonly string[], override: string): void {
  if (files.every((file) => existsSync(file))) return;
  const missing = files.find((file) => !existsSync(file))!;
  if (process.getuid?.() !== 0) {
    console.error(`${missing} not found. Install it (Debian: sudo apt-get update && sudo apt-get install -y ${pkg}) or set ${override}.`);
    process.exit(1);
  }
  console.log(`${missing} not found: installing Debian's ${pkg} package...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });
  const still = files.find((file) => !existsSync(file));
  if (still !== undefined) {
    console.error(`apt-get finished but ${still} is still missing.`);
    process.exit(1);
  }
}
