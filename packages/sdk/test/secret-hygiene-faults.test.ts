import { REDACTED } from '@ethora/client';
import {
  credentialParts,
  ECHO_SHAPES,
  echoCredentials,
  type FaultRequest,
  type FaultServer,
  requestCredentials,
  startFaultServer,
} from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChatRepositoryOptions,
  createClientToken,
  createEthoraClient,
  createServerToken,
  EthoraApiError,
  EthoraAuthenticationError,
  EthoraError,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraServerError,
  EthoraTimeoutError,
  unwrap,
} from '../src/index.js';
import {
  APP_ID,
  errors,
  expectClean,
  lines,
  logger,
  mark,
  repository,
  run,
  secrets,
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

  describe('credentials echoed by the server in every field', () => {
    // Fields: reason phrase; headers x-request-id, x-debug-token, x-echo-*, www-authenticate, a header
    // named after the signature; JSON error/message/error.message/detail/title, code/error.code,
    // requestId/request_id, property names, arrays and values nested four levels deep, the request's
    // headers echoed whole; a JSON string, a text and an HTML body. Each carries the token, the token
    // behind its scheme, its payload alone, its signature alone and the token without its header.
    const statuses = [401, 422, 503];

    // The tokens the server saw, each part of them long enough to matter, join the scanned secrets.
    const scanWhatTheServerSaw = () => {
      const seen = server.requests.flatMap((request) => requestCredentials(request));
      expect(seen.length).toBeGreaterThan(0);
      for (const part of credentialParts(seen)) if (!secrets.includes(part)) secrets.push(part);
      return new Set(seen);
    };
    const expectEchoScrubbed = (from: { errors: number }, atLeast: number) => {
      const caught = errors.slice(from.errors);
      expect(caught.length).toBeGreaterThanOrEqual(atLeast);
      for (const error of caught) expect(error).toBeInstanceOf(EthoraError);
      // The echo did reach the errors, scrubbed: the reason phrase is in every API error's message.
      const apiErrors = caught.filter((error) => error instanceof EthoraApiError);
      expect(apiErrors.length).toBeGreaterThan(0);
      for (const error of apiErrors) expect(error.message).toContain(`Rejected ${REDACTED} (${REDACTED})`);
    };

    it('keeps server tokens signed from the app secret (scoped and raw) out of repository errors and logs', async () => {
      server.reset();
      const from = mark();
      const scoped = faultRepository({ maxRetries: 1 });
      const raw = faultRepository({ maxRetries: 0, tokenSigning: 'raw' });
      for (const shape of ECHO_SHAPES) {
        for (const status of statuses) {
          server.setFallback(echoCredentials(status, shape));
          await run(() => scoped.getUsers());
          await run(() => scoped.createChatRoom(WORKSPACE));
        }
        server.setFallback(echoCredentials(400, shape));
        await run(() => raw.getUsers());
        await run(() => raw.deleteChatRoom(WORKSPACE));
      }
      // Secrets the client never sends, registered by the repository: the app secret and its derived keys.
      server.setFallback({
        type: 'json',
        status: 400,
        statusText: `Rejected ${secrets[1]} (${secrets[2]})`,
        headers: { 'x-request-id': String(secrets[0]) },
        body: { message: `app secret ${secrets[0]}`, code: secrets[1], [String(secrets[2])]: secrets },
      });
      expect(await run(() => scoped.getUsers())).toBeInstanceOf(EthoraApiError);
      expect(await run(() => raw.getUsers())).toBeInstanceOf(EthoraApiError);
      // A 2xx body that is not JSON becomes an excerpt in EthoraInvalidResponseError.
      for (const shape of ['text', 'html'] as const) {
        server.setFallback(echoCredentials(200, shape));
        expect(await run(() => scoped.getUsers())).toBeInstanceOf(EthoraInvalidResponseError);
      }
      server.setFallback({ type: 'json', body: { ok: true } });
      const seen = scanWhatTheServerSaw();
      // Both signing modes sent their own tokens (the same claims, signed with different keys).
      const jwts = [...seen].filter((value) => value.startsWith('eyJ'));
      expect(new Set(jwts.map((jwt) => jwt.split('.')[2])).size).toBeGreaterThanOrEqual(2);
      expectClean(from);
      expectEchoScrubbed(from, ECHO_SHAPES.length * (statuses.length * 2 + 2));
    });

    it('keeps server, user, app, refresh, client and per-call tokens out of client errors and logs', async () => {
      server.reset();
      const from = mark();
      const config = faultRepository().config;
      const serverJwt = await createServerToken(config);
      const [userJwt, appJwt, refreshJwt, clientJwt, ownJwt] = await Promise.all(
        ['user-1', 'app-1', 'refresh-1', 'client-1', 'own-1'].map((id) => createClientToken(config, id)),
      );
      const clientOver = (transport: { fetch?: typeof fetch }) =>
        createEthoraClient({
          baseUrl: server.url,
          auth: {
            server: async () => serverJwt,
            user: `JWT ${userJwt}`,
            app: `JWT ${appJwt}`,
            refresh: `JWT ${refreshJwt}`,
            client: clientJwt as string,
          },
          logger,
          logLevel: 'debug',
          maxRetries: 1,
          retry: { baseDelayMs: 1, maxDelayMs: 2 },
          ...transport,
        });
      const calls = (client: ReturnType<typeof clientOver>): (() => Promise<unknown>)[] => [
        () => unwrap(client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } })),
        () => unwrap(client.GET('/v1/users/me')),
        () => unwrap(client.GET('/v1/apps/get-default-rooms')),
        () => unwrap(client.POST('/v1/users/login/refresh')),
        () => unwrap(client.POST('/v1/users/client', { body: {} as never })),
        () =>
          unwrap(
            client.GET('/v2/apps/{appId}', {
              params: { path: { appId: APP_ID } },
              headers: { 'x-custom-token': ownJwt as string, authorization: `Bearer ${ownJwt}` },
            }),
          ),
      ];
      const overUndici = clientOver({});
      const overFetch = clientOver({ fetch: globalThis.fetch });
      for (const shape of ECHO_SHAPES) {
        for (const status of [401, 503]) {
          server.setFallback(echoCredentials(status, shape));
          for (const call of calls(overUndici)) await run(call);
        }
        server.setFallback(echoCredentials(422, shape));
        for (const call of calls(overFetch)) await run(call);
      }
      server.setFallback({ type: 'json', body: { ok: true } });
      const seen = scanWhatTheServerSaw();
      for (const token of [serverJwt, userJwt, appJwt, refreshJwt, clientJwt, ownJwt])
        expect(seen.has(token as string)).toBe(true);
      expectClean(from);
      expectEchoScrubbed(from, ECHO_SHAPES.length * 18);
    });
  });
});
