import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/support/built-bin.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own emulator and child processes; one at a time keeps the 2-core machine responsive.
    fileParallelism: false,
  },
});
