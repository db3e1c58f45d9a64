import { startStubServer } from './server.js';

/** Messages the parent sends to the stub process. */
export type StubCommand = { id: number; command: 'stats' | 'reset' | 'close' };

// Runs in its own process so the server's work lands on the other core, not on the measured event loop.
const appId = process.env.BENCH_STUB_APP_ID;
const secret = process.env.BENCH_STUB_APP_SECRET;
if (!process.send || !appId || !secret) {
  console.error('stub/child.ts is started by stub-server.ts through fork()');
  process.exit(2);
}

const stub = await startStubServer(appId, secret);
process.send({ ready: stub.url });
process.on('message', async (message: StubCommand) => {
  if (message.command === 'stats') {
    process.send!({ id: message.id, result: stub.stats() });
  } else if (message.command === 'reset') {
    stub.reset();
    process.send!({ id: message.id, result: null });
  } else {
    await stub.close();
    process.send!({ id: message.id, result: null }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
