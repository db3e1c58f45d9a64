import { describe, expect, it } from 'vitest';
import {
  EthoraRateLimitError,
  EthoraServerError,
  EthoraUnprocessableEntityError,
  type RetryInfo,
  unwrap,
} from '../src/index.js';
import { APP, getApp, SERVER_JWT, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

// How the client waits out 429 and 5xx answers (Retry-After, backoff, giving up) and which statuses it never retries.
describe.each(TRANSPORTS)('rate limits and server errors over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('waits out a 429 with Retry-After in seconds, then succeeds', async () => {
    suite.server.script({
      type: 'json',
      status: 429,
      body: { error: 'Too many requests' },
      headers: { 'retry-after': '0' },
    });
    suite.server.script({ type: 'json', body: APP });
    const retries: RetryInfo[] = [];
    // A huge backoff base proves the wait came from Retry-After: jitter would almost never give 0.
    const client = clientWith({
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, onRetry: (i) => void retries.push(i) },
    });
    const app = await leavesNoTimer(() => unwrap(getApp(client)));
    expect(app).toEqual(APP);
    expect(suite.server.count).toBe(2);
    expect(retries).toEqual([
      expect.objectContaining({ attempt: 1, delayMs: 0, status: 429, path: '/v2/apps/{appId}' }),
    ]);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const past = new Date(Date.now() - 5_000).toUTCString();
    suite.server.script({
      type: 'json',
      status: 429,
      body: { error: 'slow down' },
      headers: { 'retry-after': past },
    });
    suite.server.script({ type: 'json', body: APP });
    const retries: RetryInfo[] = [];
    const client = clientWith({
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000, onRetry: (i) => void retries.push(i) },
    });
    await expect(unwrap(getApp(client))).resolves.toEqual(APP);
    expect(retries.map((r) => r.delayMs)).toEqual([0]);
    expect(suite.server.count).toBe(2);
  });

  it('gives up at once on a Retry-After beyond the cap and reports the wait', async () => {
    suite.server.script({
      type: 'json',
      status: 429,
      body: { error: 'quota' },
      headers: { 'retry-after': '120' },
    });
    const error = await leavesNoTimer(() => unwrap(getApp(clientWith())).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, attempts: 1 });
    expect(suite.server.count).toBe(1);
  });

  it('retries 503 twice and succeeds on the third attempt with the same request id and fresh credentials', async () => {
    suite.server.script(
      { type: 'json', status: 503, body: { error: 'unavailable' } },
      { type: 'text', status: 503, body: 'busy' },
    );
    suite.server.script({ type: 'json', body: APP });
    let provided = 0;
    const client = clientWith({ auth: async () => `${SERVER_JWT}${++provided}` });
    await expect(leavesNoTimer(() => unwrap(getApp(client)))).resolves.toEqual(APP);
    expect(suite.server.count).toBe(3);
    const ids = suite.server.requests.map((r) => r.headers['x-request-id']);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(suite.server.requests.map((r) => r.headers['x-custom-token'])).toEqual(
      [1, 2, 3].map((n) => `${SERVER_JWT}${n}`),
    );
    expect(suite.server.requests[2]?.headers.authorization).toBe(`Bearer ${SERVER_JWT}3`);
  });

  it('reports one request id per call: the retry log and the final error show ours, the server id sits beside it', async () => {
    suite.server.setFallback({
      type: 'json',
      status: 503,
      body: { error: 'unavailable', requestId: 'srv-77' },
      headers: { 'x-request-id': 'edge-3' },
    });
    const retries: RetryInfo[] = [];
    const client = clientWith({ retry: { baseDelayMs: 1, onRetry: (i) => void retries.push(i) } });
    const error = await leavesNoTimer(() => unwrap(getApp(client)).catch((e: unknown) => e));
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    const sent = suite.server.requests.map((r) => r.headers['x-request-id']);
    expect(new Set(sent).size).toBe(1);
    expect(retries.map((r) => r.requestId)).toEqual([sent[0], sent[0]]);
    expect(error).toMatchObject({ requestId: sent[0], serverRequestId: 'srv-77', attempts: 3 });
  });

  it('surfaces EthoraServerError once retries run out', async () => {
    suite.server.setFallback({
      type: 'json',
      status: 503,
      body: { error: 'down for maintenance', code: 'MAINTENANCE' },
    });
    const error = await leavesNoTimer(() => unwrap(getApp(clientWith())).catch((e: unknown) => e));
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraServerError);
    expect(error).toMatchObject({
      status: 503,
      apiMessage: 'down for maintenance',
      code: 'MAINTENANCE',
      attempts: 3,
    });
    expect(suite.server.count).toBe(3);
  });

  it('does not retry a 422 and exposes the API message, code, reason and both request ids', async () => {
    suite.server.script({
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
      reason: 'already-exists',
      requestId: suite.server.requests[0]?.headers['x-request-id'],
      serverRequestId: 'req-from-body',
      method: 'POST',
      path: '/v2/chats',
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(suite.server.count).toBe(1);
  });
});
