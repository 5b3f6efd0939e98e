import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    exclude: ['test/corpus/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
