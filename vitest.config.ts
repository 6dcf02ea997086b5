import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Room for a loaded machine: vitest's 5 s default failed tests that start a worker thread while a full
    // build ran beside them. A passing test never waits for these limits.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
