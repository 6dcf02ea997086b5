import { defineConfig } from 'vitest/config';

/**
 * Test files that need a module graph of their own: they mock a module
 * (`vi.mock` applies only to modules imported after it), set `process.env`
 * that modules read once, or run whole builds. Every other test file is pure
 * functions over data and shares one module graph per worker: loading the
 * graph afresh for each of ~85 files was half of the suite's time.
 */
const ISOLATED = [
  'tests/integration/**/*.test.ts',
  'tests/unit/article/parse-article-fallback.test.ts',
  'tests/unit/article/fixtures.test.ts',
  'tests/unit/build/corpus-step-properties.test.ts',
];

// Room for a loaded machine: vitest's 5 s default failed tests that start a worker thread while a full
// build ran beside them. A passing test never waits for these limits.
const limits = { testTimeout: 120_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.ts'], exclude: ISOLATED, isolate: false, ...limits } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, ...limits } },
    ],
  },
});
