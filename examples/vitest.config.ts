import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@ethora/testkit/prism-global-setup'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
