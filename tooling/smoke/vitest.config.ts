import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@ethora/testkit/prism-global-setup'],
    include: ['test/**/*.test.ts'],
    // Packing, installing and starting three runtimes is slow on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
