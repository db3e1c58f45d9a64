import { defineConfig } from 'vitest/config';

// XMPP over WebSocket uses the global WebSocket, which Node.js 20 only has behind a flag.
const [major] = process.versions.node.split('.').map(Number);
const execArgv = major !== undefined && major < 22 ? ['--experimental-websocket'] : [];

export default defineConfig({
  test: {
    globalSetup: ['@ethora/testkit/ejabberd-global-setup', '@ethora/testkit/prism-global-setup'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    poolOptions: { forks: { execArgv } },
  },
});
