import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createEthoraClient, type EthoraClient, type EthoraClientOptions } from '../../src/index.js';
import { liveResources, socketsAfterClosing, trackUnhandledRejections } from './resources.js';
import { pendingClientTimers } from './timers.js';
import type { TransportCase } from './transports.js';

/** The app the fault scenarios name; the spec's examples use the same one. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
/** A server credential; the fault server accepts anything, the tests check it is sent. */
export const SERVER_JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2lnbmF0dXJlLWZvci10ZXN0cw';
/** The body of a successful `GET /v2/apps/{appId}`. */
export const APP = { app: { _id: APP_ID, displayName: 'Acme' } };
/** The body of a successful `POST /v2/chats`. */
export const ROOM = {
  result: { _id: '6650a1b2c3d4e5f6a7b8c9d0', name: `${APP_ID}_ws-42`, title: 'Workspace 42' },
};

/** `GET /v2/apps/{appId}`, the idempotent call most scenarios use. */
export function getApp(client: EthoraClient, extra: { signal?: AbortSignal } = {}) {
  return client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, ...extra });
}

/** What a fault suite's tests use: the server, a client factory and the checks every scenario shares. */
export interface FaultSuite {
  /** The misbehaving server, reset after each test. */
  readonly server: FaultServer;
  /** A client of the server over the suite's transport with fast retries; `options` override the defaults. */
  clientWith(options?: Partial<EthoraClientOptions>): EthoraClient;
  /** Runs `scenario` and checks that the client left no timer of its own running. */
  leavesNoTimer<T>(scenario: () => Promise<T>): Promise<T>;
}

/**
 * Registers the hooks of a fault suite inside a `describe`: one fault server and one transport for the suite,
 * and at its end the proof that nothing leaked (no unhandled rejection, no socket left open).
 */
export function useFaultServer(make: TransportCase['make']): FaultSuite {
  let server: FaultServer | undefined;
  let transport: ReturnType<typeof make>;
  let baseline: ReturnType<typeof liveResources>;
  const rejections = trackUnhandledRejections();

  beforeAll(async () => {
    baseline = liveResources();
    server = await startFaultServer();
    transport = make();
  });
  afterEach(() => server?.reset());
  afterAll(async () => {
    transport.close();
    await server?.close();
    const sockets = await socketsAfterClosing(baseline.sockets);
    rejections.stop();
    expect(rejections.reasons).toEqual([]);
    expect(sockets).toBe(baseline.sockets);
  });

  const running = (): FaultServer => {
    if (server === undefined) throw new Error('The fault server starts in beforeAll; use it inside a test.');
    return server;
  };
  return {
    get server() {
      return running();
    },
    clientWith: (options = {}) =>
      createEthoraClient({
        baseUrl: running().url,
        ...transport.options,
        auth: SERVER_JWT,
        logLevel: 'silent',
        timeoutMs: 5_000,
        ...options,
        retry: { baseDelayMs: 1, maxDelayMs: 4, ...options.retry },
      }),
    async leavesNoTimer(scenario) {
      const { result, pending } = await pendingClientTimers(scenario);
      expect(pending).toBe(0);
      return result;
    },
  };
}
