import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 90_000,
    projects: [
      {
        extends: true,
        test: {
          // Contract and unit tests: the facade over HTTP against Prism (canned answers, request checks).
          name: 'contract',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          globalSetup: ['@ethora/testkit/prism-global-setup'],
        },
      },
      {
        extends: true,
        test: {
          // End to end: realistic sequences against the stateful emulator (@ethora/emulator).
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['./test/e2e/emulator-global-setup.ts'],
        },
      },
    ],
  },
});
