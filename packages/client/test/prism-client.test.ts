import { contractFetch } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import {
  createEthoraClient,
  EthoraAuthenticationError,
  type EthoraClientOptions,
  EthoraUnprocessableEntityError,
  unwrap,
} from '../src/index.js';

const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2VydmVyLXNpZw';
const USER_JWT = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjp7fX0.dXNlci1zaWc';

function prismClient(options: Partial<EthoraClientOptions> = {}, allowViolations = false) {
  const fetch = contractFetch({ allowViolations });
  const client = createEthoraClient({
    baseUrl: inject('prismUrl'),
    fetch,
    logLevel: 'silent',
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
  return { client, fetch };
}

describe('the client against the Prism mock of the spec', () => {
  it('sends the server JWT in both headers from `auth` alone, and returns typed data', async () => {
    const { client, fetch } = prismClient({ auth: SERVER_JWT });
    const room = await unwrap(client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }));
    expect(room.result.name).toMatch(/^[0-9a-f]{24}_ws-42$/);
    const sent = fetch.last().headers;
    expect(sent.get('x-custom-token')).toBe(SERVER_JWT);
    expect(sent.get('authorization')).toBe(`Bearer ${SERVER_JWT}`);
    expect(sent.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('awaits a token provider and satisfies a server-token GET with path parameters', async () => {
    const { client, fetch } = prismClient({ auth: { server: async () => SERVER_JWT } });
    const { data, error } = await client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(error).toBeUndefined();
    expect(data).toBeDefined();
    expect(fetch.last().url.pathname).toBe(`/v2/apps/${APP_ID}`);
    expect(fetch.last().headers.get('x-custom-token')).toBe(SERVER_JWT);
  });

  it('sends a user JWT verbatim to a user route', async () => {
    const { client, fetch } = prismClient({ auth: { server: SERVER_JWT, user: USER_JWT } });
    const { error } = await client.GET('/v1/apps');
    expect(error).toBeUndefined();
    expect(fetch.last().headers.get('authorization')).toBe(USER_JWT);
    expect(fetch.last().headers.get('x-custom-token')).toBeNull();
  });

  it('turns the 401 for a missing credential into EthoraAuthenticationError', async () => {
    const { client } = prismClient({}, true);
    const error = await unwrap(client.POST('/v2/chats', { body: { title: 'T', uuid: 'ws-1' } })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(EthoraAuthenticationError);
    expect(error).toMatchObject({ status: 401, method: 'POST', path: '/v2/chats', attempts: 1 });
  });

  it("turns a declared 422 into EthoraUnprocessableEntityError with the API's message and code", async () => {
    const { client } = prismClient({ auth: SERVER_JWT });
    const error = await unwrap(
      client.POST('/v2/apps', { body: { displayName: 'Acme' }, headers: { Prefer: 'code=422' } }),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      code: 'VALIDATION_ERROR',
      apiMessage: '"displayName" is required',
      serverRequestId: 'req_7f3a9c21',
    });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
