import { inspect } from 'node:util';
import { contractFetch, type FaultRequest, type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type ChatRepository,
  type ChatRepositoryOptions,
  createChatRepository,
  deriveScopedSecret,
  EthoraApiError,
  EthoraAuthenticationError,
  EthoraConfigError,
  EthoraError,
  EthoraInvalidResponseError,
  type EthoraLogger,
  EthoraNetworkError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraTimeoutError,
  EthoraTokenError,
  EthoraValidationError,
  verifyJwtToken,
} from '../src/index.js';
import { withPrefer } from './repository-harness.js';

// The requirement: whatever happens (success, error answers, retries, timeouts, bad input),
// no log line and no thrown error carries the app secret, a key derived from it, or any JWT.

const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const APP_SECRET = 'hygiene-app-secret-5c1d7e9a3b';
const JWT_SHAPE = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;
const WORKSPACE = 'ws-hygiene';

interface LogLine {
  readonly level: string;
  readonly args: unknown[];
}

const lines: LogLine[] = [];
const errors: unknown[] = [];
let calls = 0;
let secrets: string[] = [];

const logger: EthoraLogger = {
  debug: (...args) => void lines.push({ level: 'debug', args }),
  info: (...args) => void lines.push({ level: 'info', args }),
  warn: (...args) => void lines.push({ level: 'warn', args }),
  error: (...args) => void lines.push({ level: 'error', args }),
};

/** Runs one SDK call; a thrown error is kept for the scan and returned instead of thrown. */
async function run<T>(call: () => T | Promise<T>): Promise<T | unknown> {
  calls += 1;
  try {
    return await call();
  } catch (error) {
    errors.push(error);
    return error;
  }
}

/** Every rendering of an error a log pipeline or an error tracker might produce, causes included. */
function renderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    out.push(String(current), inspect(current, { depth: 10 }), JSON.stringify(current) ?? '');
    if (current instanceof Error) out.push(current.message, current.stack ?? '');
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

function logRenderings(line: LogLine): string[] {
  return [inspect(line.args, { depth: 10 }), JSON.stringify(line.args)];
}

/** The places where a secret, a derived key or a JWT showed up. */
function leaks(texts: readonly string[], where: string): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const secret of secrets) if (text.includes(secret)) found.push(`${where}: secret material`);
    const jwt = JWT_SHAPE.exec(text);
    if (jwt) found.push(`${where}: JWT ${jwt[0].slice(0, 12)}…`);
  }
  return found;
}

/** Scans what was captured since `from`, failing on the first leak; returns how much was scanned. */
function expectClean(from: { lines: number; errors: number }): { lines: number; errors: number } {
  const newLines = lines.slice(from.lines);
  const newErrors = errors.slice(from.errors);
  const found = [
    ...newLines.flatMap((line, i) => leaks(logRenderings(line), `log line ${from.lines + i}`)),
    ...newErrors.flatMap((error, i) => leaks(renderings(error), `error ${from.errors + i}`)),
  ];
  expect(found).toEqual([]);
  return { lines: newLines.length, errors: newErrors.length };
}

const mark = () => ({ lines: lines.length, errors: errors.length });

function repository(options: Partial<ChatRepositoryOptions>): ChatRepository {
  return createChatRepository({
    apiUrl: inject('prismUrl'),
    appId: APP_ID,
    appSecret: APP_SECRET,
    botJid: `${APP_ID}_bot`,
    logger,
    logLevel: 'debug',
    ...options,
  });
}

beforeAll(async () => {
  secrets = [
    APP_SECRET,
    await deriveScopedSecret(APP_SECRET, 'server'),
    await deriveScopedSecret(APP_SECRET, 'client'),
  ];
});

afterAll(() => {
  // Not vacuous: the scans above looked at real output of every level the SDK writes.
  expect(calls).toBeGreaterThanOrEqual(60);
  expect(lines.length).toBeGreaterThanOrEqual(100);
  expect(errors.length).toBeGreaterThanOrEqual(30);
  expect(new Set(lines.map((line) => line.level))).toEqual(new Set(['debug', 'warn']));
  console.info(`secret hygiene: ${calls} calls, ${lines.length} log lines, ${errors.length} errors scanned`);
});

describe('the secret scanner', () => {
  it('finds a planted app secret, derived key or JWT in a log line or anywhere in an error', async () => {
    const repo = repository({ fetch: contractFetch() });
    const token = await repo.createChatUserJwtToken('u-1');
    const planted = [
      leaks(logRenderings({ level: 'debug', args: ['request', { note: token }] }), 'log'),
      leaks(renderings(new EthoraError(`key ${secrets[1]}`)), 'message'),
      leaks(renderings(new EthoraError('outer', { cause: new Error(`inner ${APP_SECRET}`) })), 'cause'),
      leaks(renderings(Object.assign(new EthoraError('plain'), { detail: { deep: [secrets[2]] } })), 'field'),
    ];
    for (const found of planted) expect(found.length).toBeGreaterThan(0);
  });
});

describe('secret hygiene against the Prism mock', () => {
  it('keeps secrets and tokens out of the logs of successful calls', async () => {
    const from = mark();
    for (const tokenSigning of ['scoped', 'raw'] as const) {
      const repo = repository({ fetch: contractFetch(), tokenSigning });
      await run(() => repo.createChatRoom(WORKSPACE, { title: 'Hygiene' }));
      await run(() => repo.createUser('u-1', { displayName: 'Ada Lovelace' }));
      await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, ['u-1', 'u-2']));
      await run(() => repo.grantChatbotAccessToChatRoom(WORKSPACE));
      await run(() => repo.getUsers({ chatName: WORKSPACE, limit: 10 }));
      await run(() => repo.getUserChats('u-1'));
      await run(() => repo.listApps({ limit: 5 }));
      await run(() => repo.getApp(APP_ID));
      await run(() => repo.createAppToken(APP_ID, { label: 'ci' }));
      await run(() => repo.removeUserAccessFromChatRoom(WORKSPACE, 'u-2'));
      await run(() => repo.deleteChatRoom(WORKSPACE));
      await run(() => repo.deleteUsers(['u-1']));
      // A client token is the call's result, for the frontend: it must not show up in any log line.
      await run(() => repo.createChatUserJwtToken('u-1'));
      await run(() => repo.serverToken());
    }
    const scanned = expectClean(from);
    expect(errors.length).toBe(from.errors);
    // A request and a response line for each of the 24 HTTP calls.
    expect(scanned.lines).toBe(48);
  });

  it.each(['401', '422', '500'])('keeps them out of logs and errors of %s answers', async (code) => {
    const from = mark();
    const repo = repository({ fetch: withPrefer(contractFetch(), `code=${code}`), maxRetries: 0 });
    await run(() => repo.createChatRoom(WORKSPACE, { title: 'Hygiene' }));
    await run(() => repo.createUser('u-1'));
    await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, 'u-1'));
    await run(() => repo.getUsers());
    await run(() => repo.listApps());
    await run(() => repo.deleteChatRoom(WORKSPACE));
    const scanned = expectClean(from);
    expect(scanned.errors).toBeGreaterThanOrEqual(4);
    for (const error of errors.slice(from.errors)) expect(error).toBeInstanceOf(EthoraApiError);
    expect(lines.slice(from.lines).some((line) => line.args[0] === 'request failed')).toBe(true);
  });

  it('keeps them out of rate-limit retries and the error after them', async () => {
    const from = mark();
    const repo = repository({ fetch: withPrefer(contractFetch(), 'code=429'), maxRetries: 1 });
    const error = await run(() => repo.createChatRoom(WORKSPACE));
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expectClean(from);
    expect(lines.slice(from.lines).filter((line) => line.args[0] === 'retrying')).toHaveLength(1);
  });

  it('keeps them out of validation, configuration and token errors', async () => {
    const from = mark();
    const repo = repository({ fetch: contractFetch() });
    await run(() => repo.createChatRoom('has space'));
    await run(() => repo.grantUserAccessToChatRoom(WORKSPACE, []));
    await run(() => repo.deleteUsers(['ok', 'ok']));
    await run(() => repo.getUsers({ limit: 100_000 }));
    await run(() => repo.broadcastToAppChats(APP_ID, { text: 'hi' } as never));
    await run(() =>
      repo.createUsersInApp(APP_ID, [
        { uuid: 'u-9', email: 'not-an-email', firstName: 'Ada', lastName: 'L', password: APP_SECRET },
      ]),
    );
    await run(() => repo.createUsersInApp(APP_ID, [{ uuid: 'u-9', password: 42 } as never]));
    await run(() => createChatRepository({ apiUrl: 'not a url', appId: APP_ID, appSecret: APP_SECRET }));
    await run(() => createChatRepository({ apiUrl: 'https://x.test', appId: 'nope', appSecret: APP_SECRET }));
    await run(() =>
      createChatRepository({ apiUrl: 'https://x.test', appId: APP_ID, appSecret: `${APP_SECRET}\n` }),
    );
    await run(() =>
      createChatRepository({
        apiUrl: 'https://x.test',
        appId: APP_ID,
        appSecret: APP_SECRET,
        logLevel: 'x' as never,
      }),
    );
    const token = await repo.createChatUserJwtToken('u-1');
    const [header, payload, signature] = token.split('.');
    await run(() => verifyJwtToken(`${header}.${payload}.${signature?.slice(1)}x`, repo.config));
    await run(() => verifyJwtToken(token, { appId: APP_ID, appSecret: 'another-secret-value' }));
    await run(() => verifyJwtToken(token, repo.config, { expectedType: 'server' }));
    await run(() => verifyJwtToken('eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.', repo.config));
    const scanned = expectClean(from);
    const caught = errors.slice(from.errors);
    expect(scanned.errors).toBe(15);
    expect(caught.filter((e) => e instanceof EthoraValidationError)).toHaveLength(7);
    expect(caught.filter((e) => e instanceof EthoraConfigError)).toHaveLength(4);
    expect(caught.filter((e) => e instanceof EthoraTokenError)).toHaveLength(4);
  });
});

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
    await run(() => repo.deleteChatRoom(WORKSPACE));
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
