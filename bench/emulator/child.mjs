// The emulator of the benchmark, in its own process: serving must not share the measured client's event loop,
// and the memory figures must be this process's alone. Plain JavaScript, so no TypeScript loader adds to them.
// Started by emulator-bench.ts through fork() with --expose-gc; BENCH_EMULATOR_USERS users are seeded.
import { createServer } from 'node:http';
import { startEmulator } from '@ethora/emulator';

const { BENCH_APP_ID: appId, BENCH_APP_SECRET: appSecret } = process.env;
const users = Number(process.env.BENCH_EMULATOR_USERS ?? '0');
if (!process.send || !globalThis.gc || !appId || !appSecret) {
  console.error('emulator/child.mjs is started by emulator-bench.ts through fork() with --expose-gc');
  process.exit(2);
}

/** Memory after a full garbage collection, in bytes. */
function sample() {
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

const before = sample();
const started = performance.now();
const seed = {
  apps: [
    {
      appId,
      appSecret,
      users: Array.from({ length: users }, (_, index) => ({
        uuid: `user-${index}`,
        firstName: 'Bench',
        lastName: `User ${index}`,
        email: `user-${index}@example.com`,
      })),
    },
  ],
};
// BENCH_EMULATOR_BARE=1: a bare node:http server answering every request with the body `getUsers({ limit: 10 })`
// gets, the floor any server on this machine starts from.
const emulator = process.env.BENCH_EMULATOR_BARE
  ? await startBare(await firstPage())
  : await startEmulator({ seed, jobDelayMs: 0 });
const startMs = performance.now() - started;
process.send({ ready: emulator.url, before, startMs });
process.on('message', async (message) => {
  if (message.command === 'memory') {
    process.send({ id: message.id, result: sample() });
  } else if (message.command === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send({ id: message.id, result: user + system });
  } else {
    await emulator.stop();
    process.send({ id: message.id, result: null }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

/** The first page of ten users, as the emulator answers it. */
async function firstPage() {
  const real = await startEmulator({ seed });
  try {
    const { createServerToken } = await import('@ethora/sdk');
    const token = await createServerToken({ appId, appSecret });
    const answer = await fetch(`${real.url}/v2/chats/users?limit=10`, {
      headers: { 'x-custom-token': token },
    });
    return await answer.text();
  } finally {
    await real.stop();
  }
}

/** A node:http server with keep-alive that sends `body` for every request. */
async function startBare(body) {
  const server = createServer({ keepAlive: true }, (req, res) => {
    req.resume();
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-request-id': 'bare',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
