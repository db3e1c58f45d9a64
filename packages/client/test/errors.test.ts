import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiErrorInit, createApiError } from '../src/errors/create-api-error.js';
import {
  EthoraApiError,
  EthoraAuthenticationError,
  EthoraBadRequestError,
  EthoraConflictError,
  EthoraError,
  EthoraNetworkError,
  EthoraNotFoundError,
  EthoraPermissionDeniedError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraTimeoutError,
  EthoraUnprocessableEntityError,
} from '../src/index.js';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.s1gn4tur3-v4lue_xyz';
const context = { method: 'GET', path: '/v2/apps/{appId}', requestId: 'req-1' };
const errorFor = (status: number, body: string, headers: Record<string, string> = {}) =>
  createApiError(
    apiErrorInit({ status, headers: new Headers(headers), body, requestIdHeader: 'x-request-id' }, context),
  );

/** Everything a user might print or ship to a log collector. */
function everyRendering(error: Error): string {
  const causes: string[] = [];
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause)
    causes.push(inspect(cause), cause.message);
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    ...causes,
  ].join('\n');
}

describe('createApiError', () => {
  it('picks the subclass for each status family', () => {
    const cases: [number, new (...args: never[]) => EthoraApiError][] = [
      [400, EthoraBadRequestError],
      [401, EthoraAuthenticationError],
      [403, EthoraPermissionDeniedError],
      [404, EthoraNotFoundError],
      [409, EthoraConflictError],
      [422, EthoraUnprocessableEntityError],
      [429, EthoraRateLimitError],
      [500, EthoraServerError],
      [502, EthoraServerError],
      [503, EthoraServerError],
    ];
    for (const [status, ErrorClass] of cases) {
      const error = errorFor(status, '{"error":"x"}');
      expect(error, String(status)).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(EthoraApiError);
      expect(error).toBeInstanceOf(EthoraError);
      expect(error.status).toBe(status);
    }
    expect(errorFor(405, '').constructor).toBe(EthoraApiError);
  });

  it("reads the API's error body: message, code, and the server's request id beside ours", () => {
    const error = errorFor(
      422,
      JSON.stringify({
        success: false,
        error: 'lastName is not allowed to be empty',
        code: 'VALIDATION_ERROR',
        requestId: 'srv-9',
      }),
    );
    expect(error).toMatchObject({
      apiMessage: 'lastName is not allowed to be empty',
      code: 'VALIDATION_ERROR',
      requestId: 'req-1',
      serverRequestId: 'srv-9',
      method: 'GET',
      path: '/v2/apps/{appId}',
      bodyExcerpt: undefined,
    });
    expect(error.message).toBe(
      'GET /v2/apps/{appId} failed with 422: lastName is not allowed to be empty [VALIDATION_ERROR] ' +
        '(request id req-1, server request id srv-9)',
    );
    expect(error.toJSON()).toMatchObject({ requestId: 'req-1', serverRequestId: 'srv-9' });
  });

  it('keeps our request id as requestId; a different id in the response header is the server one', () => {
    const edge = errorFor(500, '{}', { 'x-request-id': 'edge-7' });
    expect(edge).toMatchObject({ requestId: 'req-1', serverRequestId: 'edge-7' });
    // A server that echoes our id back has no id of its own.
    const echoed = errorFor(500, '{}', { 'x-request-id': 'req-1' });
    expect(echoed).toMatchObject({ requestId: 'req-1', serverRequestId: undefined });
    expect(errorFor(500, '{}').serverRequestId).toBeUndefined();
  });

  it('says whether an answer means "already exists" or "not found", whatever status the API used', () => {
    const reasons = [
      errorFor(409, '{"error":"Conflict"}'),
      errorFor(422, '{"success":false,"error":"Chat room already exists"}'),
      errorFor(422, '{"error":"Users already exist"}'),
      errorFor(404, '{"error":"No such app"}'),
      errorFor(422, 'Room not found'),
      errorFor(422, '{"error":"User not found"}'),
      errorFor(422, '{"error":"lastName is not allowed to be empty","code":"VALIDATION_ERROR"}'),
      errorFor(400, '{"error":"Chat room already exists"}'),
      errorFor(500, '{"error":"user not found in cache"}'),
    ].map((error) => error.reason);
    expect(reasons).toEqual([
      'already-exists',
      'already-exists',
      'already-exists',
      'not-found',
      'not-found',
      'not-found',
      undefined,
      undefined,
      undefined,
    ]);
    expect(errorFor(409, '{}').toJSON()).toMatchObject({ reason: 'already-exists' });
  });

  it('keeps a short excerpt of HTML, plain text and empty bodies', () => {
    const html = errorFor(502, `<html><body>${'x'.repeat(500)}</body></html>`);
    expect(html.bodyExcerpt).toHaveLength(201);
    expect(html.bodyExcerpt?.startsWith('<html><body>xxx')).toBe(true);
    expect(html.apiMessage).toBeUndefined();
    expect(html.body).toBeUndefined();

    const text = errorFor(422, 'Room not found');
    expect(text).toMatchObject({ apiMessage: 'Room not found', bodyExcerpt: 'Room not found' });

    const empty = errorFor(503, '');
    expect(empty.bodyExcerpt).toBe('');
    expect(empty.message).toBe('GET /v2/apps/{appId} failed with 503 with an empty body (request id req-1)');
  });

  it('reads Retry-After into retryAfterMs on rate limits', () => {
    const error = errorFor(429, '{"error":"slow down"}', { 'retry-after': '7' }) as EthoraRateLimitError;
    expect(error.retryAfterMs).toBe(7_000);
    expect(error.toJSON()).toMatchObject({ status: 429, retryAfterMs: 7_000 });
  });
});

describe('errors never carry a secret', () => {
  it('scrubs tokens the API echoes in its error body', () => {
    const error = errorFor(
      401,
      JSON.stringify({
        error: `invalid token ${JWT}`,
        token: JWT,
        details: { authorization: `Bearer ${JWT}` },
      }),
    );
    const text = everyRendering(error);
    expect(text).not.toContain(JWT);
    expect(text).not.toContain('s1gn4tur3');
    expect(error.apiMessage).toBe('invalid token [REDACTED]');
  });

  it('scrubs the credentials it is given from every field it copies: reason phrase, header, code, ids, keys', () => {
    const [, payload, signature] = JWT.split('.') as [string, string, string];
    const headless = `${payload}.${signature}`;
    const secret = 'app-secret-without-any-shape';
    const init = apiErrorInit(
      {
        status: 400,
        statusText: `Rejected ${signature}`,
        headers: new Headers({ 'x-request-id': headless }),
        body: JSON.stringify({
          message: `payload ${payload} and ${secret}`,
          code: signature,
          [headless]: { deep: { deeper: [payload] } },
        }),
        requestIdHeader: 'x-request-id',
        secrets: [`Bearer ${JWT}`, secret],
      },
      context,
    );
    const error = createApiError(init);
    const text = everyRendering(error);
    for (const leak of [payload, signature, secret]) expect(text).not.toContain(leak);
    expect(error.message).toBe(
      'GET /v2/apps/{appId} failed with 400 Rejected [REDACTED]: payload [REDACTED] and [REDACTED] [[REDACTED]] ' +
        '(request id req-1, server request id [REDACTED].[REDACTED])',
    );
    expect(error.body).toEqual({
      code: '[REDACTED]',
      message: expect.any(String),
      '[REDACTED].[REDACTED]': expect.any(Object),
    });
    // Excerpts are scrubbed before they are cut, so a token across the cut leaves no half behind.
    const long = createApiError(
      apiErrorInit(
        { status: 502, headers: new Headers(), body: `${'x'.repeat(190)} ${headless}`, secrets: [JWT] },
        context,
      ),
    );
    expect(long.bodyExcerpt).toBe(`${'x'.repeat(190)} [REDACTED…`);
  });

  it('copies a network cause without the request, its headers or a token in its message', () => {
    const request = new Request('http://127.0.0.1/', { headers: { authorization: `Bearer ${JWT}` } });
    const inner = Object.assign(new Error(`connect ECONNREFUSED while sending Bearer ${JWT}`), {
      code: 'ECONNREFUSED',
      request,
      headers: request.headers,
    });
    const outer = new TypeError('fetch failed', { cause: inner });
    const error = new EthoraNetworkError({ ...context, attempts: 3 }, outer);
    const text = everyRendering(error);
    expect(text).not.toContain(JWT);
    expect(text).not.toContain('Headers');
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(error.message).toBe(
      'GET /v2/apps/{appId} failed: connect ECONNREFUSED while sending Bearer [REDACTED] (request id req-1, 3 attempts)',
    );
  });

  it('serialises timeouts with their limit', () => {
    const error = new EthoraTimeoutError(context, 250);
    expect(error.toJSON()).toEqual({
      name: 'EthoraTimeoutError',
      message: 'GET /v2/apps/{appId} timed out after 250 ms (request id req-1)',
      method: 'GET',
      path: '/v2/apps/{appId}',
      requestId: 'req-1',
      attempts: 1,
      cause: undefined,
      timeoutMs: 250,
      limit: 'attempt',
    });
  });
});
