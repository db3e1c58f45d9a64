import { startFaultServer } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import {
  createEthoraClient,
  type EthoraClient,
  EthoraNetworkError,
  type RetryInfo,
  unwrap,
} from '../src/index.js';
import { APP, APP_ID, getApp, ROOM, SERVER_JWT, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

// Connections that are reset, refused or never made.
describe.each(TRANSPORTS)('broken connections over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('retries a connection reset in the middle of the body, then succeeds', async () => {
    suite.server.script({ type: 'reset-mid-body' }, { type: 'json', body: APP });
    await expect(leavesNoTimer(() => unwrap(getApp(clientWith())))).resolves.toEqual(APP);
    expect(suite.server.count).toBe(2);
  });

  it('ends in EthoraNetworkError when every attempt is reset mid-body', async () => {
    suite.server.script({ type: 'reset-mid-body' }, { type: 'reset-mid-body' }, { type: 'reset-mid-body' });
    const error = await leavesNoTimer(() => getApp(clientWith()).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/v2/apps/{appId}', attempts: 3 });
    expect(suite.server.count).toBe(3);
  });
});

describe.each(TRANSPORTS)('a refused connection over the $name', ({ make }) => {
  // A server of its own, paused before the first request: no pooled connection to it can exist.
  it('retries a POST whose connection was refused, once the server is back', async () => {
    const server = await startFaultServer({ fallback: { type: 'json', status: 201, body: ROOM } });
    await server.pause();
    const transport = make();
    const retries: RetryInfo[] = [];
    const client = createEthoraClient({
      baseUrl: server.url,
      ...transport.options,
      auth: SERVER_JWT,
      logLevel: 'silent',
      retry: {
        baseDelayMs: 1,
        onRetry: async (info) => {
          retries.push(info);
          await server.resume();
        },
      },
    });
    try {
      const body = { title: 'Workspace 42', uuid: 'ws-42' };
      const room = await unwrap(client.POST('/v2/chats', { body }));
      expect(room.result.name).toBe(`${APP_ID}_ws-42`);
      // The refused attempt never reached the server; the retry did, with the same body.
      expect(server.count).toBe(1);
      expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual(body);
      expect(retries).toHaveLength(1);
      expect(retries[0]).toMatchObject({ attempt: 1, method: 'POST', path: '/v2/chats' });
      expect(retries[0]?.error).toBeInstanceOf(EthoraNetworkError);
      expect(retries[0]?.error?.message).toContain('ECONNREFUSED');
    } finally {
      transport.close();
      await server.close();
    }
  });
});

describe.each(TRANSPORTS)('an unreachable server over the $name', ({ make }) => {
  /** Runs `call` on a client of a port nothing listens on any more; returns what it threw. */
  async function againstClosedPort(call: (client: EthoraClient) => Promise<unknown>): Promise<unknown> {
    const server = await startFaultServer();
    await server.close();
    const transport = make();
    const client = createEthoraClient({
      baseUrl: server.url,
      ...transport.options,
      auth: SERVER_JWT,
      logLevel: 'silent',
      retry: { baseDelayMs: 1 },
    });
    try {
      return await call(client).then(
        () => undefined,
        (error: unknown) => error,
      );
    } finally {
      transport.close();
    }
  }

  it('ends in EthoraNetworkError after the retries, naming the cause', async () => {
    const error = await againstClosedPort((client) =>
      client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } }),
    );
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect((error as EthoraNetworkError).attempts).toBe(3);
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('retries a POST as often as a GET when no connection can be made, then gives up', async () => {
    const error = await againstClosedPort((client) =>
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    );
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect((error as EthoraNetworkError).attempts).toBe(3);
  });
});
