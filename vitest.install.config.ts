import { defineConfig } from 'vitest/config';

// Installing brandlint as users do (a packed tarball, a git URL, pre-commit's
// node installer, the README's CI job) runs npm for minutes, so these tests are
// not part of `npm test`; .ci/run runs them after the unit tests.
export default defineConfig({
  test: {
    include: ['test/install/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
