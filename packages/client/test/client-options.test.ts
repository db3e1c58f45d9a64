import { describe, expect, it } from 'vitest';
import {
  apiErrorOf,
  createEthoraClient,
  type EthoraClientOptions,
  EthoraConfigError,
  EthoraError,
  EthoraNotFoundError,
  EthoraRequest,
  EthoraValidationError,
  MAX_RETRIES,
  MAX_TIMEOUT_MS,
  unwrap,
} from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

const base = { baseUrl: 'https://api.example.test', logLevel: 'silent' } as const;

describe('createEthoraClient options', () => {
  it('refuses bad options with a typed error that names the option and never its value', () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.very-secret-signature';
    const cases: [Partial<EthoraClientOptions> & Record<string, unknown>, string][] = [
      [{ baseUrl: 'api.chat.ethora.com' }, 'Invalid option `baseUrl`'],
      [{ baseUrl: 'ftp://api.example.test' }, 'Invalid option `baseUrl`'],
      [
        { baseUrl: 'https://api.example.test/?token=x' },
        'Invalid option `baseUrl`: must not carry a query string',
      ],
      [{ timeoutMs: 0 }, 'Invalid option `timeoutMs`'],
      [{ timeoutMs: Number.NaN }, 'Invalid option `timeoutMs`'],
      [{ maxRetries: 1.5 }, 'Invalid option `maxRetries`'],
      [{ maxRetries: -1 }, 'Invalid option `maxRetries`'],
      [{ retry: { baseDelayMs: -1 } }, 'Invalid option `retry.baseDelayMs`'],
      [{ retry: { statuses: [200] } }, 'Invalid option `retry.statuses`'],
      [{ logLevel: 'verbose' as never }, 'Invalid option `logLevel`'],
      [{ logger: { info() {} } as never }, 'Invalid option `logger`'],
      [{ requestIdHeader: 'bad header' }, 'Invalid option `requestIdHeader`'],
      [{ auth: '' }, 'Invalid option `auth`: the token is empty'],
      [{ auth: { admin: secret } as never }, 'Invalid option `auth`: unknown credential kind `admin`'],
      [{ auth: { server: 42 } as never }, 'Invalid option `auth.server`'],
      [{ redactValues: [secret] as never }, 'Invalid option `redactValues`'],
    ];
    for (const [options, message] of cases) {
      let caught: unknown;
      try {
        createEthoraClient({ ...base, ...options } as EthoraClientOptions);
      } catch (error) {
        caught = error;
      }
      expect(caught, message).toBeInstanceOf(EthoraConfigError);
      expect(caught, message).toBeInstanceOf(EthoraError);
      expect((caught as Error).message).toContain(message);
      // `option` names the option the message starts with.
      expect(message).toContain(`\`${(caught as EthoraConfigError).option}\``);
      expect((caught as Error).message).not.toContain(secret);
    }
  });

  it('refuses bad per-call options before sending anything', async () => {
    const fetch = recordingFetch();
    const client = createEthoraClient({ ...base, fetch });
    const call = (options: Record<string, unknown>) =>
      client.GET('/v2/apps', options).catch((e: unknown) => e);
    const timeout = await call({ timeoutMs: -5 });
    expect(timeout).toBeInstanceOf(EthoraValidationError);
    expect(timeout).toMatchObject({
      argument: 'timeoutMs',
      rule: 'range',
      message: expect.stringContaining('`timeoutMs`'),
    });
    expect(await call({ maxRetries: 'many' })).toMatchObject({
      argument: 'maxRetries',
      rule: 'integer',
      message: expect.stringContaining('`maxRetries`'),
    });
    expect(await call({ idempotent: 'yes' })).toMatchObject({
      argument: 'idempotent',
      rule: 'type',
      message: expect.stringContaining('`idempotent`'),
    });
    expect(fetch.seen).toHaveLength(0);
  });

  it('bounds timeoutMs below 2^31 ms and maxRetries at 10, naming the allowed range', () => {
    expect(MAX_TIMEOUT_MS).toBe(2 ** 31 - 1);
    expect(MAX_RETRIES).toBe(10);
    const create = (options: Record<string, unknown>) => () =>
      createEthoraClient({ ...base, ...options } as EthoraClientOptions);
    for (const timeoutMs of [1, 0.5, MAX_TIMEOUT_MS]) expect(create({ timeoutMs })).not.toThrow();
    for (const maxRetries of [0, MAX_RETRIES]) expect(create({ maxRetries })).not.toThrow();
    const rejected: [string, unknown, string][] = [
      ['timeoutMs', MAX_TIMEOUT_MS + 1, `up to ${MAX_TIMEOUT_MS}`],
      ['timeoutMs', 2 ** 31, `up to ${MAX_TIMEOUT_MS}`],
      ['timeoutMs', 0, `up to ${MAX_TIMEOUT_MS}`],
      ['timeoutMs', Number.POSITIVE_INFINITY, `up to ${MAX_TIMEOUT_MS}`],
      ['timeoutMs', Number.NaN, `up to ${MAX_TIMEOUT_MS}`],
      ['maxRetries', MAX_RETRIES + 1, 'from 0 to 10'],
      ['maxRetries', -1, 'from 0 to 10'],
      ['maxRetries', Number.POSITIVE_INFINITY, 'from 0 to 10'],
      ['maxRetries', Number.NaN, 'from 0 to 10'],
    ];
    for (const [option, value, range] of rejected) {
      expect(create({ [option]: value }), `${option}: ${value}`).toThrow(EthoraConfigError);
      expect(create({ [option]: value })).toThrow(`Invalid option \`${option}\``);
      expect(create({ [option]: value })).toThrow(range);
    }
  });

  it('bounds the other durations the same way, since each one becomes a timer', () => {
    for (const option of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs', 'deadlineMs']) {
      const create = (value: number) => () =>
        createEthoraClient({ ...base, retry: { [option]: value } } as EthoraClientOptions);
      expect(create(MAX_TIMEOUT_MS)).not.toThrow();
      expect(create(2 ** 31)).toThrow(`Invalid option \`retry.${option}\``);
      expect(create(2 ** 31)).toThrow(EthoraConfigError);
    }
  });

  it('refuses a sparse retry.statuses list: a hole is no status', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is under test
    const statuses = [, 503] as number[];
    expect(() => createEthoraClient({ ...base, retry: { statuses } })).toThrow(
      'Invalid option `retry.statuses`',
    );
    expect(() => createEthoraClient({ ...base, retry: { statuses: [503] } })).not.toThrow();
  });

  it('keeps a timer of MAX_TIMEOUT_MS running: a slow answer still arrives', async () => {
    const fetch = recordingFetch();
    const slow: typeof fetch = Object.assign(
      async (input: string | URL | Request, init?: RequestInit) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return fetch(input, init);
      },
      { seen: fetch.seen },
    );
    const client = createEthoraClient({ ...base, fetch: slow, timeoutMs: MAX_TIMEOUT_MS, maxRetries: 0 });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({});
  });

  it('bounds per-call timeoutMs, deadlineMs and maxRetries the same way, before sending anything', async () => {
    const fetch = recordingFetch();
    const client = createEthoraClient({ ...base, fetch, maxRetries: 0 });
    const call = (options: Record<string, unknown>) =>
      client.GET('/v2/apps', options).catch((e: unknown) => e);
    const rejected: [string, unknown][] = [
      ['timeoutMs', 2 ** 31],
      ['timeoutMs', MAX_TIMEOUT_MS + 1],
      ['timeoutMs', Number.POSITIVE_INFINITY],
      ['timeoutMs', Number.NaN],
      ['deadlineMs', 2 ** 31],
      ['maxRetries', MAX_RETRIES + 1],
      ['maxRetries', Number.POSITIVE_INFINITY],
    ];
    for (const [option, value] of rejected) {
      const error = await call({ [option]: value });
      expect(error, `${option}: ${value}`).toBeInstanceOf(EthoraValidationError);
      expect(error).toMatchObject({ argument: option, message: expect.stringContaining(`\`${option}\``) });
    }
    expect(fetch.seen).toHaveLength(0);
    const accepted = await client.GET('/v2/apps', {
      timeoutMs: MAX_TIMEOUT_MS,
      deadlineMs: MAX_TIMEOUT_MS,
      maxRetries: MAX_RETRIES,
    });
    expect(accepted.response.status).toBe(200);
    expect(fetch.seen).toHaveLength(1);
  });

  it('strips trailing slashes from baseUrl and keeps the path prefix', async () => {
    const fetch = recordingFetch();
    const client = createEthoraClient({ ...base, baseUrl: 'https://example.test/ethora//', fetch });
    await client.GET('/v2/apps', { params: { query: { limit: 5 } } });
    expect(fetch.seen[0]?.url).toBe('https://example.test/ethora/v2/apps?limit=5');
  });

  it('sends a fresh request id per call, under a configurable header, or none', async () => {
    const fetch = recordingFetch();
    let n = 0;
    const custom = createEthoraClient({
      ...base,
      fetch,
      requestIdHeader: 'X-Correlation-Id',
      generateRequestId: () => `id-${++n}`,
    });
    await custom.GET('/v2/apps');
    await custom.GET('/v2/apps');
    expect(fetch.seen.map((s) => s.headers['x-correlation-id'])).toEqual(['id-1', 'id-2']);
    expect(fetch.seen[0]?.headers['x-request-id']).toBeUndefined();

    const callerSet = createEthoraClient({ ...base, fetch });
    await callerSet.GET('/v2/apps', { headers: { 'x-request-id': 'from-caller' } });
    expect(fetch.seen[2]?.headers['x-request-id']).toBe('from-caller');

    const none = createEthoraClient({ ...base, fetch, requestIdHeader: false });
    await none.GET('/v2/apps');
    expect(Object.keys(fetch.seen[3]?.headers ?? {}).some((name) => name.includes('request-id'))).toBe(false);
  });

  it('merges client headers with call headers', async () => {
    const fetch = recordingFetch();
    const client = createEthoraClient({ ...base, fetch, headers: { 'x-app': 'backend', 'x-tier': 'a' } });
    await client.GET('/v2/apps', { headers: { 'x-tier': 'b' } });
    expect(fetch.seen[0]?.headers).toMatchObject({ 'x-app': 'backend', 'x-tier': 'b' });
  });
});

describe('unwrap', () => {
  it('returns the data of a success, from a result or its promise', async () => {
    const fetch = recordingFetch(() => Response.json({ apps: [], total: 0 }));
    const client = createEthoraClient({ ...base, fetch });
    const result = await client.GET('/v2/apps');
    expect(unwrap(result)).toEqual({ apps: [], total: 0 });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({ apps: [], total: 0 });
  });

  it('throws the typed error of a failure, with the call facts; apiErrorOf returns it instead', async () => {
    const fetch = recordingFetch(
      () =>
        new Response(JSON.stringify({ success: false, error: 'App not found', code: 'APP_NOT_FOUND' }), {
          status: 404,
        }),
    );
    const client = createEthoraClient({ ...base, fetch, generateRequestId: () => 'rid-1' });
    const result = await client.GET('/v2/apps/{appId}', {
      params: { path: { appId: '65f1c2a9e4b0a1b2c3d4e5f6' } },
    });
    expect(result.error).toEqual({ success: false, error: 'App not found', code: 'APP_NOT_FOUND' });
    expect(() => unwrap(result)).toThrow(EthoraNotFoundError);
    expect(apiErrorOf(result)).toMatchObject({
      status: 404,
      method: 'GET',
      path: '/v2/apps/{appId}',
      requestId: 'rid-1',
      apiMessage: 'App not found',
      code: 'APP_NOT_FOUND',
      message: 'GET /v2/apps/{appId} failed with 404: App not found [APP_NOT_FOUND] (request id rid-1)',
    });
    // Built at the caller's line, so the stack trace leads to the code that asked.
    expect(apiErrorOf(result).stack).toContain('client-options.test.ts');
  });

  it('still types an error from a response some other middleware produced', () => {
    const response = new Response('{"error":"nope"}', { status: 403 });
    expect(apiErrorOf({ error: { error: 'nope' }, response })).toMatchObject({
      status: 403,
      apiMessage: 'nope',
    });
  });
});

describe('retry hooks and custom middleware', () => {
  it('stops retrying when onRetry returns false', async () => {
    const fetch = recordingFetch(() => new Response('{"error":"busy"}', { status: 503 }));
    const client = createEthoraClient({ ...base, fetch, retry: { baseDelayMs: 1, onRetry: () => false } });
    const { response } = await client.GET('/v2/apps');
    expect(response.status).toBe(503);
    expect(fetch.seen).toHaveLength(1);
  });

  it('keeps working when a custom middleware replaces the request', async () => {
    let calls = 0;
    const fetch = recordingFetch(() =>
      ++calls === 1 ? new Response('{}', { status: 503 }) : Response.json({ apps: [] }),
    );
    const client = createEthoraClient({ ...base, fetch, auth: 'h.p.s', retry: { baseDelayMs: 1 } });
    client.use({
      onRequest: ({ request }) =>
        new EthoraRequest(request, { headers: { ...Object.fromEntries(request.headers), 'x-extra': '1' } }),
    });
    await expect(unwrap(client.GET('/v2/apps'))).resolves.toEqual({ apps: [] });
    expect(fetch.seen).toHaveLength(2);
    expect(fetch.seen.map((s) => s.headers['x-extra'])).toEqual(['1', '1']);
    expect(fetch.seen[0]?.headers['x-request-id']).toBe(fetch.seen[1]?.headers['x-request-id']);
    expect(fetch.seen[1]?.headers['x-custom-token']).toBe('h.p.s');
  });
});
