import { type FaultRequest, type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChatRepositoryOptions,
  EthoraAuthenticationError,
  EthoraError,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraServerError,
  EthoraTimeoutError,
} from '../src/index.js';
import {
  errors,
  expectClean,
  lines,
  mark,
  repository,
  run,
  useSecretScan,
  WORKSPACE,
} from './secret-scan.js';

// Not vacuous: the scans below look at real output of every level the SDK writes.
useSecretScan({ calls: 30, lines: 100, errors: 30 });

describe('secret hygiene against a misbehaving server', () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterAll(() => server.close());

  // Echoes the credentials it received, as a careless server or proxy might, in every place it can.
  const echo =
    (status: number) =>
    (
      request: FaultRequest,
    ): { type: 'json'; status: number; body: unknown; headers: Record<string, string> } => {
      const token = String(request.headers['x-custom-token']);
      return {
        type: 'json',
        status,
        body: {
          error: `token ${token} rejected (Authorization: ${request.headers.authorization})`,
          code: 'ECHO',
          token,
          details: { received: { headers: request.headers }, note: `jwt=${token}` },
        },
        headers: { 'retry-after': '0', 'x-debug-token': token },
      };
    };

  const faultRepository = (options: Partial<ChatRepositoryOptions> = {}) =>
    repository({ apiUrl: server.url, maxRetries: 2, timeoutMs: 2_000, ...options });

  it('keeps them out when the server echoes the token in error bodies, through retries', async () => {
    const from = mark();
    const repo = faultRepository();
    for (const status of [400, 401, 403, 404, 409, 422, 500]) {
      server.setFallback(echo(status));
      await run(() => repo.getUsers());
      await run(() => repo.createChatRoom(WORKSPACE));
      await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, 'u-1'));
    }
    // Retried answers, each echoing the token, then for good: 503 (GET only) and 429 (the POST too).
    for (const status of [503, 429]) {
      server.setFallback(echo(status));
      await run(() => repo.getUsers());
      await run(() => repo.createChatRoom(WORKSPACE));
    }
    server.setFallback({ type: 'json', body: { ok: true } });
    const scanned = expectClean(from);
    expect(scanned.errors).toBe(25);
    expect(errors.slice(from.errors).filter((e) => e instanceof EthoraAuthenticationError)).toHaveLength(3);
    expect(lines.slice(from.lines).filter((line) => line.args[0] === 'retrying')).toHaveLength(6);
  });

  it('keeps them out of retries that succeed, HTML pages, unusable bodies, resets, refusals and timeouts', async () => {
    const from = mark();
    const repo = faultRepository({ maxRetries: 1, timeoutMs: 150 });
    server.reset();
    const page = (token: string) =>
      `<html><body><h1>502 Bad Gateway</h1><pre>upstream said: Bearer ${token}</pre></body></html>`;
    const html = (request: FaultRequest) => ({
      type: 'text' as const,
      status: 502,
      body: page(String(request.headers['x-custom-token'])),
      contentType: 'text/html',
      headers: { 'retry-after': '0' },
    });

    server.script({ type: 'json', status: 503, body: {}, headers: { 'retry-after': '0' } });
    server.script({ type: 'json', body: { results: [], total: 0 } });
    expect(await run(() => repo.getUsers())).toEqual({ results: [], total: 0 });

    server.setFallback(html);
    expect(await run(() => repo.getUsers())).toBeInstanceOf(EthoraServerError);

    server.setFallback((request) => ({
      type: 'text',
      body: `not json: ${request.headers['x-custom-token']}`,
      contentType: 'application/json',
    }));
    expect(await run(() => repo.getUsers())).toBeInstanceOf(EthoraInvalidResponseError);

    server.setFallback({ type: 'reset' });
    expect(await run(() => repo.getUsers())).toBeInstanceOf(EthoraNetworkError);
    expect(await run(() => repo.createChatRoom(WORKSPACE))).toBeInstanceOf(EthoraNetworkError);

    server.setFallback({ type: 'hang' });
    expect(await run(() => repo.getUsers())).toBeInstanceOf(EthoraTimeoutError);
    expect(await run(() => repo.createChatRoom(WORKSPACE))).toBeInstanceOf(EthoraTimeoutError);
    server.setFallback({ type: 'json', body: { ok: true } });

    await server.pause();
    expect(await run(() => repo.createChatRoom(WORKSPACE))).toBeInstanceOf(EthoraNetworkError);
    expect(await run(() => repo.getUsers())).toBeInstanceOf(EthoraNetworkError);
    await server.resume();

    // A 422 "not found" is an outcome, not an error: it must not leak through the soft path either.
    server.setFallback((request) => ({
      type: 'text',
      status: 422,
      body: `Room not found (token ${request.headers['x-custom-token']})`,
    }));
    expect(await run(() => repo.deleteChatRoom(WORKSPACE))).toEqual({
      ok: false,
      reason: 'Chat room not found',
    });
    server.setFallback({ type: 'json', body: { ok: true } });

    const scanned = expectClean(from);
    expect(scanned.errors).toBeGreaterThanOrEqual(8);
    for (const error of errors.slice(from.errors)) expect(error).toBeInstanceOf(EthoraError);
    const reasons = lines
      .slice(from.lines)
      .filter((line) => line.args[0] === 'retrying')
      .map((line) => (line.args[1] as { reason: string }).reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'status 503',
        'status 502',
        'timeout',
        'network error ECONNREFUSED (not connected)',
      ]),
    );
  });
});
