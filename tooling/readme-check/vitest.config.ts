import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each README block is a test named by file and line: list them all, passing ones included.
    reporters: ['verbose'],
    // One TypeScript program over every block: a few seconds, more on a busy 2-core machine.
    hookTimeout: 120_000,
  },
});
