import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEthoraClient,
  EthoraAbortError,
  type EthoraClient,
  type EthoraClientOptions,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraTimeoutError,
  EthoraUnprocessableEntityError,
  type RetryInfo,
  unwrap,
} from '../src/index.js';
import { liveResources, settle, trackUnhandledRejections } from './support/resources.js';
import { pendingClientTimers } from './support/timers.js';
import { TRANSPORTS } from './support/transports.js';

const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2lnbmF0dXJlLWZvci10ZXN0cw';
const APP = { app: { _id: APP_ID, displayName: 'Acme' } };
const ROOM = { result: { _id: '6650a1b2c3d4e5f6a7b8c9d0', name: `${APP_ID}_ws-42`, title: 'Workspace 42' } };
const HTML_502 =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

describe.each(TRANSPORTS)('fault injection over the $name', ({ make }) => {
  let server: FaultServer;
  let transport: ReturnType<typeof make>;
  let baseline: ReturnType<typeof liveResources>;
  const rejections = trackUnhandledRejections();

  beforeAll(async () => {
    baseline = liveResources();
    server = await startFaultServer();
    transport = make();
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    transport.close();
    await server.close();
    await settle();
    rejections.stop();
    expect(rejections.reasons).toEqual([]);
    expect(liveResources().sockets).toBe(baseline.sockets);
  });

  const clientWith = (options: Partial<EthoraClientOptions> = {}) =>
    createEthoraClient({
      baseUrl: server.url,
      fetch: transport.fetch,
      auth: SERVER_JWT,
      logLevel: 'silent',
      timeoutMs: 5_000,
      ...options,
      retry: { baseDelayMs: 1, maxDelayMs: 4, ...options.retry },
    });
  const getApp = (client: ReturnType<typeof clientWith>, extra: { signal?: AbortSignal } = {}) =>
    client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, ...extra });

  /** Runs `scenario` and checks that the client left no timer of its own running. */
  async function leavesNoTimer<T>(scenario: () => Promise<T>): Promise<T> {
    const { result, pending } = await pendingClientTimers(scenario);
    expect(pending).toBe(0);
    return result;
  }

  it('waits out a 429 with Retry-After in seconds, then succeeds', async () => {
    server.script({
      type: 'json',
      status: 429,
      body: { error: 'Too many requests' },
      headers: { 'retry-after': '0' },
    });
    server.script({ type: 'json', body: APP });
    const retries: RetryInfo[] = [];
    // A huge backoff base proves the wait came from Retry-After: jitter would almost never give 0.
    const client = clientWith({
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, onRetry: (i) => void retries.push(i) },
    });
    const app = await leavesNoTimer(() => unwrap(getApp(client)));
    expect(app).toEqual(APP);
    expect(server.count).toBe(2);
    expect(retries).toEqual([
      expect.objectContaining({ attempt: 1, delayMs: 0, status: 429, path: '/v2/apps/{appId}' }),
    ]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const past = new Date(Date.now() - 5_000).toUTCString();
    server.script({
      type: 'json',
      status: 429,
      body: { error: 'slow down' },
      headers: { 'retry-after': past },
    });
    server.script({ type: 'json', body: APP });
    const retries: RetryInfo[] = [];
    const client = clientWith({
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, onRetry: (i) => void retries.push(i) },
    });
    await expect(unwrap(getApp(client))).resolves.toEqual(APP);
    expect(retries.map((r) => r.delayMs)).toEqual([0]);
    expect(server.count).toBe(2);
  });

  it('gives up at once on a Retry-After beyond the cap and reports the wait', async () => {
    server.script({
      type: 'json',
      status: 429,
      body: { error: 'quota', code: 'RATE_LIMITED' },
      headers: { 'retry-after': '120' },
    });
    const error = await leavesNoTimer(() => unwrap(getApp(clientWith())).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, code: 'RATE_LIMITED', attempts: 1 });
    expect(server.count).toBe(1);
  });

  it('retries 503 twice and succeeds on the third attempt with the same request id and fresh credentials', async () => {
    server.script(
      { type: 'json', status: 503, body: { error: 'unavailable' } },
      { type: 'text', status: 503, body: 'busy' },
    );
    server.script({ type: 'json', body: APP });
    let provided = 0;
    const client = clientWith({ auth: async () => `${SERVER_JWT}${++provided}` });
    await expect(leavesNoTimer(() => unwrap(getApp(client)))).resolves.toEqual(APP);
    expect(server.count).toBe(3);
    const ids = server.requests.map((r) => r.headers['x-request-id']);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.requests.map((r) => r.headers['x-custom-token'])).toEqual(
      [1, 2, 3].map((n) => `${SERVER_JWT}${n}`),
    );
    expect(server.requests[2]?.headers.authorization).toBe(`Bearer ${SERVER_JWT}3`);
  });

  it('surfaces EthoraServerError once retries run out', async () => {
    server.setFallback({
      type: 'json',
      status: 503,
      body: { error: 'down for maintenance', code: 'MAINTENANCE' },
    });
    const error = await leavesNoTimer(() => unwrap(getApp(clientWith())).catch((e: unknown) => e));
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraServerError);
    expect(error).toMatchObject({
      status: 503,
      apiMessage: 'down for maintenance',
      code: 'MAINTENANCE',
      attempts: 3,
    });
    expect(server.count).toBe(3);
  });

  it('retries a connection reset in the middle of the body, then succeeds', async () => {
    server.script({ type: 'reset-mid-body' }, { type: 'json', body: APP });
    await expect(leavesNoTimer(() => unwrap(getApp(clientWith())))).resolves.toEqual(APP);
    expect(server.count).toBe(2);
  });

  it('ends in EthoraNetworkError when every attempt is reset mid-body', async () => {
    server.script({ type: 'reset-mid-body' }, { type: 'reset-mid-body' }, { type: 'reset-mid-body' });
    const error = await leavesNoTimer(() => getApp(clientWith()).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect(error).toMatchObject({ method: 'GET', path: '/v2/apps/{appId}', attempts: 3 });
    expect(server.count).toBe(3);
  });

  it('turns an HTML 502 page into EthoraServerError with an excerpt, never a parse crash', async () => {
    server.setFallback({ type: 'text', status: 502, body: HTML_502, contentType: 'text/html' });
    const client = clientWith();
    const result = await getApp(client);
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(result.response.status).toBe(502);
    expect(result.error).toBe(HTML_502);
    const error = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EthoraServerError);
    const serverError = error as EthoraServerError;
    expect(serverError.bodyExcerpt).toMatch(/^<!DOCTYPE html> <html><head><title>502 Bad Gateway/);
    expect(serverError.apiMessage).toBeUndefined();
    expect(serverError.message).toContain('GET /v2/apps/{appId} failed with 502');
    expect(server.count).toBe(3);
  });

  it('rejects a 200 with invalid JSON with EthoraInvalidResponseError, without retrying', async () => {
    server.script({
      type: 'text',
      status: 200,
      body: '{"app": {"_id": "65f1',
      contentType: 'application/json',
    });
    const error = await leavesNoTimer(() => getApp(clientWith()).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({
      status: 200,
      reason: 'invalid-json',
      bodyExcerpt: '{"app": {"_id": "65f1',
    });
    expect(server.count).toBe(1);
  });

  it('rejects an empty 200 where the operation returns JSON', async () => {
    server.script({ type: 'empty', status: 200 });
    const error = await getApp(clientWith()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraInvalidResponseError);
    expect(error).toMatchObject({ status: 200, reason: 'empty', method: 'GET' });
  });

  it('times out a server that never answers, on every attempt', async () => {
    server.setFallback({ type: 'hang' });
    const error = await leavesNoTimer(() =>
      getApp(clientWith({ timeoutMs: 60, maxRetries: 1 })).catch((e: unknown) => e),
    );
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 60, limit: 'attempt', attempts: 2 });
    expect(server.count).toBe(2);
  });

  it('times out a body that drips past the timeout', async () => {
    server.script({ type: 'drip', chunks: ['{"app":', '{"_id":', '"x"', '}}'], intervalMs: 80 });
    const client = clientWith({ timeoutMs: 120, maxRetries: 0 });
    const error = await leavesNoTimer(() => getApp(client).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    expect(server.count).toBe(1);
  });

  it('does not retry a non-idempotent POST that failed with 503', async () => {
    server.setFallback({ type: 'json', status: 503, body: { error: 'unavailable' } });
    const client = clientWith();
    const result = await leavesNoTimer(() =>
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    );
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(result.response.status).toBe(503);
    expect(() => unwrap(result)).toThrow(EthoraServerError);
    expect(server.count).toBe(1);
  });

  it('retries a POST answered 429, since the server refused to process it', async () => {
    server.script(
      { type: 'json', status: 429, body: { error: 'slow down' }, headers: { 'retry-after': '0' } },
      { type: 'json', body: ROOM },
    );
    const retries: RetryInfo[] = [];
    const client = clientWith({ retry: { onRetry: (info) => void retries.push(info) } });
    const body = { title: 'Workspace 42', uuid: 'ws-42' };
    const room = await leavesNoTimer(() => unwrap(client.POST('/v2/chats', { body })));
    expect(room.result.name).toBe(`${APP_ID}_ws-42`);
    expect(server.count).toBe(2);
    expect(server.requests.map((r) => [r.method, JSON.parse(r.body)])).toEqual([
      ['POST', body],
      ['POST', body],
    ]);
    expect(server.requests[1]?.headers['x-request-id']).toBe(server.requests[0]?.headers['x-request-id']);
    expect(retries).toMatchObject([{ attempt: 1, status: 429, delayMs: 0, method: 'POST' }]);
  });

  it('surfaces EthoraRateLimitError when every attempt of a POST is answered 429', async () => {
    server.setFallback({ type: 'json', status: 429, body: {}, headers: { 'retry-after': '0' } });
    const error = await unwrap(
      clientWith().POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    ).catch((e: unknown) => e);
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect((error as EthoraRateLimitError).attempts).toBe(3);
    expect(server.count).toBe(3);
  });

  it('does not retry a POST whose connection was reset', async () => {
    server.script({ type: 'reset' });
    const client = clientWith();
    const error = await client
      .POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect(server.count).toBe(1);
  });

  it('retries an operation the spec marks x-idempotent, re-sending its body intact', async () => {
    server.script(
      { type: 'json', status: 503, body: { error: 'unavailable' } },
      { type: 'json', status: 502, body: {} },
    );
    server.script({ type: 'json', body: { ok: true } });
    const body = { chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_u1`, `${APP_ID}_u2`] };
    const client = clientWith();
    await client.POST('/v2/chats/users-access', { body });
    expect(server.count).toBe(3);
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([body, body, body]);
    expect(server.requests.map((r) => r.headers['content-type'])).toEqual(Array(3).fill('application/json'));
  });

  it('retries a DELETE with a JSON body and sends the body with a real Content-Length every time', async () => {
    server.script(
      { type: 'reset-mid-body' },
      { type: 'json', status: 504, body: {} },
      { type: 'json', body: { ok: true } },
    );
    const body = { chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_u1`] };
    await clientWith().DELETE('/v2/chats/users-access', { body });
    expect(server.count).toBe(3);
    const length = String(Buffer.byteLength(JSON.stringify(body)));
    for (const request of server.requests) {
      expect(JSON.parse(request.body)).toEqual(body);
      expect(request.headers['content-length']).toBe(length);
    }
  });

  it('retries a POST the caller declares idempotent', async () => {
    server.script({ type: 'json', status: 503, body: {} }, { type: 'json', body: ROOM });
    const client = clientWith();
    const room = await unwrap(
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' }, idempotent: true }),
    );
    expect(room.result.name).toBe(`${APP_ID}_ws-42`);
    expect(server.count).toBe(2);
  });

  it('does not retry a 422 and exposes the API message, code and request id', async () => {
    server.script({
      type: 'json',
      status: 422,
      body: {
        success: false,
        error: 'Chat room already exists',
        code: 'VALIDATION_ERROR',
        requestId: 'req-from-body',
      },
    });
    const client = clientWith();
    const error = await unwrap(
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      apiMessage: 'Chat room already exists',
      code: 'VALIDATION_ERROR',
      requestId: 'req-from-body',
      method: 'POST',
      path: '/v2/chats',
    });
    expect(server.count).toBe(1);
  });

  it('cancels a call when the caller aborts mid-flight, without retrying', async () => {
    server.setFallback({ type: 'hang' });
    const controller = new AbortController();
    const client = clientWith();
    const error = await leavesNoTimer(async () => {
      const call = getApp(client, { signal: controller.signal }).catch((e: unknown) => e);
      await settle(30);
      controller.abort();
      return call;
    });
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraAbortError);
    expect(server.count).toBe(1);
  });

  it('cancels a call when the caller aborts during the wait before a retry', async () => {
    server.setFallback({ type: 'json', status: 503, body: {} });
    const controller = new AbortController();
    const client = clientWith({
      retry: {
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
        onRetry: () => void setTimeout(() => controller.abort(), 10),
      },
    });
    const error = await leavesNoTimer(() =>
      getApp(client, { signal: controller.signal }).catch((e: unknown) => e),
    );
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraAbortError);
    expect(server.count).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await getApp(clientWith(), { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraAbortError);
    expect(server.count).toBe(0);
  });

  it('stops at the overall deadline even when the attempt timeout is longer', async () => {
    server.setFallback({ type: 'hang' });
    const client = clientWith({ timeoutMs: 10_000, retry: { deadlineMs: 80 } });
    const error = await leavesNoTimer(() => getApp(client).catch((e: unknown) => e));
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    expect(error).toMatchObject({ limit: 'deadline', timeoutMs: 80, attempts: 1 });
  });

  it('applies per-call timeoutMs and maxRetries over the client defaults', async () => {
    server.setFallback({ type: 'hang' });
    const client = clientWith({ timeoutMs: 10_000, maxRetries: 5 });
    const error = await client
      .GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, timeoutMs: 40, maxRetries: 0 })
      .catch((e: unknown) => e);
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toMatchObject({ name: 'EthoraTimeoutError', timeoutMs: 40, attempts: 1 });
    expect(server.count).toBe(1);
  });

  it('decodes gzip, deflate and br bodies', async () => {
    server.script(
      { type: 'json', body: APP, encoding: 'gzip' },
      { type: 'json', body: APP, encoding: 'deflate' },
      { type: 'json', body: APP, encoding: 'br' },
    );
    const client = clientWith();
    for (let i = 0; i < 3; i++) await expect(unwrap(getApp(client))).resolves.toEqual(APP);
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
      fetch: transport.fetch,
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
      fetch: transport.fetch,
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
