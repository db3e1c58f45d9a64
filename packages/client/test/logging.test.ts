import { inspect } from 'node:util';
import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEthoraClient, type EthoraClientOptions, type EthoraLogger, unwrap } from '../src/index.js';

const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.U0VSVkVSLXNpZ25hdHVyZQ';
const PASSWORD = 'correct-horse-battery-staple';

function capturingLogger(): EthoraLogger & { lines: { level: string; args: unknown[] }[] } {
  const lines: { level: string; args: unknown[] }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push({ level, args });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('logging', () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  const clientWith = (options: Partial<EthoraClientOptions>) =>
    createEthoraClient({
      baseUrl: server.url,
      auth: async () => SERVER_JWT,
      timeoutMs: 200,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      ...options,
    });

  it('logs requests, retries and failures at their levels, and never a credential or password', async () => {
    const logger = capturingLogger();
    const client = clientWith({ logger, logLevel: 'debug', headers: { 'x-app-password': PASSWORD } });
    server.script(
      { type: 'json', status: 503, body: { error: `token ${SERVER_JWT} rejected` } },
      { type: 'json', body: { apps: [], total: 0 } },
    );
    await unwrap(client.GET('/v2/apps'));
    server.script({
      type: 'json',
      status: 401,
      body: { error: `bad token ${SERVER_JWT}`, password: PASSWORD },
    });
    await client.POST('/v2/users/batch', {
      body: {
        bypassEmailConfirmation: true,
        usersList: [
          { uuid: 'u1', email: 'a@example.com', firstName: 'Ada', lastName: 'Lovelace', password: PASSWORD },
        ],
      },
    });
    server.setFallback({ type: 'hang' });
    await client
      .GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, maxRetries: 1 })
      .catch(() => {});
    server.setFallback({ type: 'json', body: { ok: true } });

    const levels = new Set(logger.lines.map((line) => line.level));
    expect(levels).toEqual(new Set(['debug', 'warn']));
    // Retries, which the caller cannot see, are the warnings: each with its reason and delay.
    const retries = logger.lines.filter((line) => line.level === 'warn');
    expect(retries.map((line) => line.args[0])).toEqual(['retrying', 'retrying']);
    expect(retries[0]?.args[1]).toMatchObject({
      method: 'GET',
      path: '/v2/apps',
      status: 503,
      attempts: 1,
      reason: 'status 503',
      delayMs: expect.any(Number),
    });
    expect(retries[1]?.args[1]).toMatchObject({
      path: '/v2/apps/{appId}',
      reason: 'timeout',
      error: 'EthoraTimeoutError',
      attempts: 1,
    });
    // Failures the caller receives anyway (the 401, the final timeout) are debug lines.
    const failures = logger.lines.filter((line) => line.args[0] === 'request failed');
    expect(failures.map((line) => line.level)).toEqual(['debug', 'debug']);
    expect(failures[0]?.args[1]).toMatchObject({ method: 'POST', path: '/v2/users/batch', status: 401 });
    expect(failures[1]?.args[1]).toMatchObject({
      path: '/v2/apps/{appId}',
      error: 'EthoraTimeoutError',
      attempts: 2,
      reason: 'exhausted',
    });

    const everything = logger.lines.map((line) => inspect(line.args, { depth: 10 })).join('\n');
    expect(everything).not.toContain(SERVER_JWT);
    expect(everything).not.toContain('U0VSVkVSLXNpZ25hdHVyZQ');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).toMatch(/requestId: '[0-9a-f-]{36}'/);
  });

  it('writes only retries to the console by default, never the error answers the caller receives', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const client = clientWith({});
      // Error answers, retryable or not, end as results or typed errors of the call: no console output.
      for (const status of [400, 401, 404, 422, 500]) {
        server.script({ type: 'json', status, body: { error: 'no' } });
        await client.GET('/v2/apps');
      }
      expect(server.count).toBe(5);
      expect(warn).not.toHaveBeenCalled();
      server.script(
        { type: 'json', status: 503, body: {} },
        { type: 'json', status: 503, body: {} },
        { type: 'json', status: 503, body: {} },
      );
      await client.GET('/v2/apps');
      expect(debug).not.toHaveBeenCalled();
      expect(info).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      // Two retries, each a warning; the final 503 is the caller's to report.
      expect(warn.mock.calls.map((call) => call[0])).toEqual(['[ethora] retrying', '[ethora] retrying']);
      expect(warn.mock.calls[0]?.[1]).toMatchObject({ reason: 'status 503', delayMs: expect.any(Number) });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('stays silent when asked, and survives a logger that throws', async () => {
    const silent = capturingLogger();
    await clientWith({ logger: silent, logLevel: 'silent' }).GET('/v2/apps');
    expect(silent.lines).toEqual([]);
    const throwing: EthoraLogger = {
      debug: () => {
        throw new Error('log sink down');
      },
      info: () => {},
      warn: () => {},
      error: () => {},
    };
    server.script({ type: 'json', body: { apps: [], total: 0 } });
    await expect(
      unwrap(clientWith({ logger: throwing, logLevel: 'debug' }).GET('/v2/apps')),
    ).resolves.toEqual({ apps: [], total: 0 });
  });
});
