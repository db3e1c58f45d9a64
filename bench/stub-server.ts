import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { APP_ID, APP_SECRET } from './bench-config.js';
import type { StubCommand } from './stub/child.js';
import type { StubStats } from './stub/server.js';

export type { StubStats } from './stub/server.js';

/** The loopback stub server, running in a child process the benchmark starts and stops. */
export interface StubServer {
  /** Origin such as `http://127.0.0.1:40123`. */
  url: string;
  /** What the stub counted since the last reset. */
  stats(): Promise<StubStats>;
  /** Zeroes the counters and forgets jobs, users and tokens. */
  reset(): Promise<void>;
  /** Closes the server and ends its process. */
  stop(): Promise<void>;
}

/**
 * Starts the stub server in a child process (so that serving requests does not compete with the
 * measured client for its event loop) and resolves once it listens on a free loopback port.
 */
export function startStubServer(): Promise<StubServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./stub/child.ts', import.meta.url)), {
    execArgv: process.execArgv,
    env: { ...process.env, BENCH_STUB_APP_ID: APP_ID, BENCH_STUB_APP_SECRET: APP_SECRET },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 1;

  function ask(command: StubCommand['command']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (!child.connected) return reject(new Error('The stub server process has exited.'));
      const id = nextId++;
      pending.set(id, resolve);
      child.send({ id, command } satisfies StubCommand);
    });
  }

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('The stub server did not start within 20 s.'));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The stub server process exited with code ${code}.`));
    });
    child.on('message', (message: { ready?: string; id?: number; result?: unknown }) => {
      if (message.ready) {
        clearTimeout(timer);
        resolve({
          url: message.ready,
          stats: () => ask('stats') as Promise<StubStats>,
          reset: () => ask('reset') as Promise<void>,
          stop: async () => {
            if (child.exitCode !== null || child.signalCode !== null) return;
            const exited = new Promise((done) => child.once('exit', done));
            await ask('close').catch(() => undefined);
            await exited;
          },
        });
        return;
      }
      const settle = message.id === undefined ? undefined : pending.get(message.id);
      if (settle) {
        pending.delete(message.id!);
        settle(message.result);
      }
    });
  });
}
