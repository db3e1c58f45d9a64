import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createChatRepository } from '@ethora/sdk';
import { APP_ID, APP_SECRET, CONCURRENCY, type RunSizes } from './bench-config.js';
import { prebuiltServerToken, serverTokenHeaders } from './cases/server-token.js';
import { median, rotate, timeConcurrent } from './measure.js';

/** Users of the app whose list the throughput rows read. */
const LIST_USERS = 1000;

/** One throughput row: a client reading `GET /v2/chats/users` at concurrency 16. */
export interface EmulatorRateRow {
  /** `emulator`, or `bare node:http` for a server that sends the same body without any work (the floor). */
  readonly server: string;
  readonly caseName: string;
  readonly query: string;
  /** Median requests per second of wall time. */
  readonly requestsPerSecond: number;
  /** Median CPU time the emulator process spent per request (user + system), in microseconds. */
  readonly serverCpuMicros: number;
}

/** One memory row of the emulator process. */
export interface EmulatorMemoryRow {
  readonly how: string;
  readonly users: number;
  /** Growth of the V8 heap over the empty process, after garbage collection. */
  readonly heapBytes: number;
  /** Resident set size of the whole process. */
  readonly rssBytes: number;
  readonly seconds: number;
}

/** What the emulator section measured. */
export interface EmulatorResults {
  readonly rates: EmulatorRateRow[];
  readonly memory: EmulatorMemoryRow[];
}

/** A command for the emulator process. */
interface EmulatorCommand {
  readonly id: number;
  readonly command: 'memory' | 'cpu' | 'close';
}

/** Memory of the emulator process after a full garbage collection, in bytes. */
interface MemorySample {
  readonly heapUsed: number;
  readonly rss: number;
}

interface RunningEmulator {
  readonly url: string;
  readonly before: MemorySample;
  readonly startMs: number;
  memory(): Promise<MemorySample>;
  /** CPU time the emulator process has used so far, in microseconds. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./emulator/child.mjs', import.meta.url));

function startChild(users: number, bare = false): Promise<RunningEmulator> {
  const child: ChildProcess = fork(entry, {
    execArgv: ['--expose-gc'],
    env: {
      ...process.env,
      BENCH_EMULATOR_USERS: String(users),
      BENCH_APP_ID: APP_ID,
      BENCH_APP_SECRET: APP_SECRET,
      ...(bare ? { BENCH_EMULATOR_BARE: '1' } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const ask = (command: EmulatorCommand['command']) =>
    new Promise<unknown>((resolve, reject) => {
      if (!child.connected) return reject(new Error('The emulator process has exited.'));
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, command } satisfies EmulatorCommand);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The emulator process exited with code ${code}.`)));
    child.on(
      'message',
      (message: {
        ready?: string;
        before?: MemorySample;
        startMs?: number;
        id?: number;
        result?: unknown;
      }) => {
        if (message.ready) {
          resolve({
            url: message.ready,
            before: message.before!,
            startMs: message.startMs!,
            memory: () => ask('memory') as Promise<MemorySample>,
            cpu: () => ask('cpu') as Promise<number>,
            stop: async () => {
              if (child.exitCode !== null) return;
              const exited = new Promise((done) => child.once('exit', done));
              await ask('close').catch(() => undefined);
              await exited;
            },
          });
          return;
        }
        const settle = message.id === undefined ? undefined : pending.get(message.id);
        pending.delete(message.id!);
        settle?.(message.result);
      },
    );
  });
}

/** A keep-alive `node:http` GET with a prebuilt token: the emulator's own limit, no SDK work per call. */
function rawGet(url: string): (path: string) => Promise<unknown> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const headers = serverTokenHeaders(prebuiltServerToken());
  const { hostname, port } = new URL(url);
  return (path) =>
    new Promise((resolve, reject) => {
      const req = request({ hostname, port, path, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`answered ${res.statusCode}`));
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      });
      req.on('error', reject);
      req.end();
    });
}

async function measureRates(sizes: RunSizes, progress: (line: string) => void): Promise<EmulatorRateRow[]> {
  const emulator = await startChild(LIST_USERS);
  const bare = await startChild(LIST_USERS, true);
  try {
    const repoOf = (url: string) =>
      createChatRepository({ apiUrl: url, appId: APP_ID, appSecret: APP_SECRET });
    const [repo, bareRepo] = [repoOf(emulator.url), repoOf(bare.url)];
    const [raw, bareRaw] = [rawGet(emulator.url), rawGet(bare.url)];
    const sdk = '@ethora/sdk repo.getUsers';
    const node = 'node:http, prebuilt token';
    const cases = [
      {
        server: emulator,
        serverName: 'emulator',
        caseName: sdk,
        query: 'limit=10',
        call: () => repo.getUsers({ limit: 10 }),
      },
      {
        server: emulator,
        serverName: 'emulator',
        caseName: sdk,
        query: 'default page (100 users)',
        call: () => repo.getUsers(),
      },
      {
        server: emulator,
        serverName: 'emulator',
        caseName: node,
        query: 'limit=10',
        call: () => raw('/v2/chats/users?limit=10'),
      },
      {
        server: bare,
        serverName: 'bare node:http',
        caseName: sdk,
        query: 'limit=10',
        call: () => bareRepo.getUsers({ limit: 10 }),
      },
      {
        server: bare,
        serverName: 'bare node:http',
        caseName: node,
        query: 'limit=10',
        call: () => bareRaw('/v2/chats/users?limit=10'),
      },
    ];
    const rates = cases.map(() => [] as number[]);
    const cpu = cases.map(() => [] as number[]);
    const calls = sizes.emulatorCalls;
    for (let round = 0; round <= sizes.rounds; round++) {
      for (const index of rotate([...cases.keys()], round)) {
        const { server, call } = cases[index]!;
        const cpuBefore = await server.cpu();
        const ms = await timeConcurrent(call, calls, 0, CONCURRENCY);
        const cpuMicros = (await server.cpu()) - cpuBefore;
        // Round 0 warms up the JIT, the sockets and the token cache; it is not recorded.
        if (round === 0) continue;
        rates[index]!.push((calls / ms) * 1000);
        cpu[index]!.push(cpuMicros / calls);
      }
      progress(`emulator: round ${round}/${sizes.rounds}`);
    }
    return cases.map(({ serverName, caseName, query }, index) => ({
      server: serverName,
      caseName,
      query,
      requestsPerSecond: median(rates[index]!),
      serverCpuMicros: median(cpu[index]!),
    }));
  } finally {
    await Promise.all([emulator.stop(), bare.stop()]);
  }
}

async function measureMemory(users: number, progress: (line: string) => void): Promise<EmulatorMemoryRow[]> {
  const rows: EmulatorMemoryRow[] = [];
  const seeded = await startChild(users);
  try {
    const after = await seeded.memory();
    rows.push({
      how: 'seeded at start',
      users,
      heapBytes: after.heapUsed - seeded.before.heapUsed,
      rssBytes: after.rss,
      seconds: seeded.startMs / 1000,
    });
  } finally {
    await seeded.stop();
  }
  progress('emulator: seeded memory measured');

  // The same number of users created the way a backend creates them: batch jobs of 100 through the API.
  const empty = await startChild(0);
  try {
    const started = performance.now();
    const repo = createChatRepository({ apiUrl: empty.url, appId: APP_ID, appSecret: APP_SECRET });
    const batches = Math.ceil(users / 100);
    await timeConcurrent(
      async (batch) => {
        const batchUsers = Array.from({ length: Math.min(100, users - batch * 100) }, (_, index) => {
          const n = batch * 100 + index;
          return {
            uuid: `user-${n}`,
            email: `user-${n}@example.com`,
            firstName: 'Bench',
            lastName: `User ${n}`,
          };
        });
        const { jobId } = await repo.createUsersInApp(APP_ID, batchUsers);
        await repo.waitForUsersBatchJob(jobId, { appId: APP_ID, initialDelayMs: 1 });
      },
      batches,
      0,
      4,
    );
    const seconds = (performance.now() - started) / 1000;
    const total = (await repo.getUsers({ limit: 1 })).total;
    if (total !== users) throw new Error(`expected ${users} users, the emulator has ${total}`);
    const after = await empty.memory();
    rows.push({
      how: `created through the API (${batches} batch jobs)`,
      users,
      heapBytes: after.heapUsed - empty.before.heapUsed,
      rssBytes: after.rss,
      seconds,
    });
  } finally {
    await empty.stop();
  }
  progress('emulator: API-created memory measured');
  return rows;
}

/** Throughput of `getUsers` at concurrency 16 against the emulator, and its memory for many users. */
export async function measureEmulator(
  sizes: RunSizes,
  progress: (line: string) => void,
): Promise<EmulatorResults> {
  const rates = await measureRates(sizes, progress);
  const memory = await measureMemory(sizes.emulatorMemoryUsers, progress);
  return { rates, memory };
}
