import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    // test/corpus and test/install have their own configurations (npm run test:corpus, npm run test:install)
    exclude: ['test/corpus/**', 'test/install/**', 'node_modules/**', 'dist/**'],
    // generous on a loaded machine: no test asserts a duration (speed lives in npm run bench)
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Test files share their worker's module cache: the NLP models load once per worker, not once per file.
    pool: 'threads',
    // Two workers even on two cores: end-to-end tests spend most of their time waiting on the CLI processes they spawn.
    maxWorkers: 2,
    isolate: false,
  },
});
