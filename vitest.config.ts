import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    exclude: ['test/corpus/**', 'node_modules/**', 'dist/**'],
    // generous on a loaded machine: no test asserts a duration (speed lives in npm run bench)
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Test files share their worker's module cache: the NLP models load once per worker, not once per file.
    pool: 'threads',
    isolate: false,
  },
});
