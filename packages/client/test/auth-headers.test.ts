import { describe, expect, it } from 'vitest';
import { schemeKind } from '../src/auth/auth-headers.js';
import { createEthoraClient, type EthoraAuth, EthoraConfigError, EthoraError } from '../src/index.js';
import { recordingFetch } from './support/recording-fetch.js';

const SERVER = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.server-sig';
const USER = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoidSJ9.user-sig';
const APP = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJhcHAiOiJhIn0.app-sig';
const REFRESH = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJyIjoxfQ.refresh-sig';
const CLIENT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJjbGllbnQifX0.client-sig';

function setup(auth: EthoraAuth | undefined, headers?: Record<string, string>) {
  const fetch = recordingFetch();
  const client = createEthoraClient({
    baseUrl: 'https://api.example.test',
    fetch,
    auth,
    headers,
    logLevel: 'silent',
  });
  const credentials = () => {
    const seen = fetch.seen.at(-1)?.headers ?? {};
    return { authorization: seen.authorization, 'x-custom-token': seen['x-custom-token'] };
  };
  return { client, fetch, credentials };
}

describe('schemeKind', () => {
  it('maps the spec scheme names, and new ones by their prefix', () => {
    expect(
      ['serverToken', 'serverBearer', 'userJwt', 'appJwt', 'refreshJwt', 'clientToken'].map(schemeKind),
    ).toEqual(['server', 'server', 'user', 'app', 'refresh', 'client']);
    expect(schemeKind('serverJwtV3')).toBe('server');
    expect(schemeKind('oauth2')).toBeUndefined();
  });
});

describe('auth headers per security scheme', () => {
  it('sends a server JWT both as x-custom-token and as a Bearer token', async () => {
    const { client, credentials } = setup(SERVER);
    await client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } });
    expect(credentials()).toEqual({ authorization: `Bearer ${SERVER}`, 'x-custom-token': SERVER });
  });

  it('does not double a Bearer prefix the caller already added', async () => {
    const { client, credentials } = setup({ server: `Bearer ${SERVER}` });
    await client.GET('/v2/apps');
    expect(credentials()).toEqual({ authorization: `Bearer ${SERVER}`, 'x-custom-token': SERVER });
  });

  it('sends a user JWT verbatim in Authorization on user routes', async () => {
    const { client, credentials } = setup({ server: SERVER, user: USER });
    await client.GET('/v1/apps');
    expect(credentials()).toEqual({ authorization: USER, 'x-custom-token': undefined });
  });

  it('prefers the first alternative the spec lists when several credentials fit', async () => {
    const both = setup({ server: SERVER, user: USER });
    await both.client.GET('/v1/apps/users/{xmppUsername}', { params: { path: { xmppUsername: 'a_b' } } });
    expect(both.credentials()).toEqual({ authorization: `Bearer ${SERVER}`, 'x-custom-token': SERVER });
    const userOnly = setup({ user: USER });
    await userOnly.client.GET('/v1/apps/users/{xmppUsername}', { params: { path: { xmppUsername: 'a_b' } } });
    expect(userOnly.credentials()).toEqual({ authorization: USER, 'x-custom-token': undefined });
  });

  it('sends app, refresh and client tokens where their routes ask for them', async () => {
    const { client, credentials } = setup({ app: APP, refresh: REFRESH, client: CLIENT });
    await client.GET('/v1/apps/get-default-rooms');
    expect(credentials()).toEqual({ authorization: APP, 'x-custom-token': undefined });
    await client.POST('/v1/users/login/refresh');
    expect(credentials()).toEqual({ authorization: REFRESH, 'x-custom-token': undefined });
    await client.POST('/v1/users/client');
    expect(credentials()).toEqual({ authorization: undefined, 'x-custom-token': CLIENT });
  });

  it('sends no credential to a public route', async () => {
    const { client, credentials } = setup(SERVER);
    await client.GET('/v1/apps/get-config', { params: { query: { domainName: 'acme' } } });
    expect(credentials()).toEqual({ authorization: undefined, 'x-custom-token': undefined });
  });

  it('sends nothing when no configured credential fits the route', async () => {
    const { client, credentials } = setup(SERVER);
    await client.GET('/v1/apps');
    expect(credentials()).toEqual({ authorization: undefined, 'x-custom-token': undefined });
  });

  it('leaves auth alone when the call or the client sets a credential header itself', async () => {
    const perCall = setup(SERVER);
    await perCall.client.GET('/v2/apps', { headers: { authorization: USER } });
    expect(perCall.credentials()).toEqual({ authorization: USER, 'x-custom-token': undefined });
    const perClient = setup(SERVER, { 'x-custom-token': 'manual' });
    await perClient.client.GET('/v2/apps');
    expect(perClient.credentials()).toEqual({ authorization: undefined, 'x-custom-token': 'manual' });
  });

  it('awaits a token provider before each request', async () => {
    let calls = 0;
    const { client, credentials } = setup(async () => `${SERVER}-${++calls}`);
    await client.GET('/v2/apps');
    await client.GET('/v2/apps');
    expect(calls).toBe(2);
    expect(credentials()['x-custom-token']).toBe(`${SERVER}-2`);
  });

  it('fails before sending when a provider returns an unusable token, without echoing it', async () => {
    const { client, fetch } = setup({ server: () => `${SERVER}\r\nx-evil: 1` });
    const error = await client.GET('/v2/apps').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraConfigError);
    expect(error).toBeInstanceOf(EthoraError);
    expect((error as EthoraConfigError).option).toBe('auth.server');
    expect((error as Error).message).toBe(
      'The server credential of the `auth` option is empty or contains a line break.',
    );
    expect(fetch.seen).toHaveLength(0);
  });

  it("passes a provider's own failure through, before sending", async () => {
    const failure = new Error('secret store unreachable');
    const { client, fetch } = setup(() => Promise.reject(failure));
    await expect(client.GET('/v2/apps')).rejects.toBe(failure);
    expect(fetch.seen).toHaveLength(0);
  });
});

describe('a rejected credential', () => {
  function rotatingProvider() {
    let generation = 1;
    let invalidations = 0;
    const provider = Object.assign(() => `${SERVER}-${generation}`, {
      invalidate: () => {
        invalidations += 1;
        generation += 1;
      },
    });
    return { provider, invalidations: () => invalidations };
  }

  it("drops the provider's cached token after a 401, so the next call carries a fresh one", async () => {
    const { provider, invalidations } = rotatingProvider();
    let status = 401;
    const fetch = recordingFetch(() => Response.json({ error: 'Invalid token' }, { status }));
    const client = createEthoraClient({
      baseUrl: 'https://api.example.test',
      fetch,
      auth: { server: provider },
      logLevel: 'silent',
    });
    const rejected = await client.GET('/v2/chats/users');
    expect(rejected.response.status).toBe(401);
    expect(invalidations()).toBe(1);
    status = 200;
    await client.GET('/v2/chats/users');
    expect(fetch.seen.map((seen) => seen.headers['x-custom-token'])).toEqual([`${SERVER}-1`, `${SERVER}-2`]);
  });

  it('leaves the provider alone on other errors and when the caller set its own credential', async () => {
    const { provider, invalidations } = rotatingProvider();
    let status = 403;
    const fetch = recordingFetch(() => Response.json({ error: 'Forbidden' }, { status }));
    const client = createEthoraClient({
      baseUrl: 'https://api.example.test',
      fetch,
      auth: { server: provider },
      logLevel: 'silent',
    });
    await client.GET('/v2/chats/users');
    status = 401;
    await client.GET('/v2/chats/users', { headers: { 'x-custom-token': 'caller-token' } });
    expect(invalidations()).toBe(0);
  });
});
