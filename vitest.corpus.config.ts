import { defineConfig } from 'vitest/config';

// The corpus check reads ../shared/corpus, which lives outside the repository,
// so it is not part of `npm test`; .ci/run runs it after the unit tests.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
