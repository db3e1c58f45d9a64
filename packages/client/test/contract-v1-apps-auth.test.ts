import { contractFetch, contractViolations } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import { createEthoraClient } from '../src/index.js';
import { NO_RETRIES } from './support/no-retries.js';

const appId = '65f1c2a9e4b0a1b2c3d4e5f6';
const serverJwt = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2ln';
const clientJwt = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJjbGllbnQifX0.c2ln';
const appJwt = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7Il9pZCI6ImFwcCJ9fQ.c2ln';

describe('v1 apps routes against the Prism mock', () => {
  it('reads the XMPP host of a domain without any credential', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({ ...NO_RETRIES, baseUrl: inject('prismUrl'), fetch });
    const { data, error } = await client.GET('/v1/apps/get-config', {
      params: { query: { domainName: 'chat.ethora.com' } },
    });
    expect(error).toBeUndefined();
    expect(data?.result.xmppHost).toBe('xmpp.chat.ethora.com');
    expect(data?.result._id).toMatch(/^[0-9a-f]{24}$/);
    expect(fetch.last().url.searchParams.get('domainName')).toBe('chat.ethora.com');
    expect(fetch.last().headers.get('authorization')).toBeNull();
  });

  it('requires the domainName query parameter', async () => {
    const client = createEthoraClient({ ...NO_RETRIES, baseUrl: inject('prismUrl'), fetch: contractFetch() });
    // @ts-expect-error: domainName is required by the spec.
    await expect(client.GET('/v1/apps/get-config', { params: { query: {} } })).rejects.toThrow(/domainname/i);
  });

  it('looks up a user by an URL-encoded XMPP username with the server JWT', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { 'x-custom-token': serverJwt },
    });
    const xmppUsername = `${appId}_user+1@example`;
    const { data, error } = await client.GET('/v1/apps/users/{xmppUsername}', {
      params: { path: { xmppUsername } },
    });
    expect(error).toBeUndefined();
    expect(data?.result.xmppUsername).toMatch(new RegExp(`^${appId}_`));
    expect(typeof data?.result.firstName).toBe('string');
    expect(fetch.last().url.pathname).toBe(`/v1/apps/users/${appId}_user%2B1%40example`);
  });

  it('sends the ordering of the app user list, including the API spelling `firsName`', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { authorization: appJwt },
    });
    const { response } = await client.GET('/v1/apps/users/', {
      params: { query: { limit: 10, offset: 0, orderBy: 'firsName', order: 'desc' } },
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(fetch.last().url.searchParams)).toEqual({
      limit: '10',
      offset: '0',
      orderBy: 'firsName',
      order: 'desc',
    });
  });

  it('gives 401 with the error body when an app route is called without a credential', async () => {
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch: contractFetch({ allowViolations: true }),
    });
    const { data, error, response } = await client.GET('/v1/apps');
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(typeof error?.error).toBe('string');
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });
});

describe('v1 auth routes against the Prism mock', () => {
  it('exchanges a client JWT sent as x-custom-token for a session, with no body', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { 'x-custom-token': clientJwt },
    });
    const { data, error } = await client.POST('/v1/users/client');
    expect(error).toBeUndefined();
    expect(data?.user._id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof data?.token).toBe('string');
    expect(typeof data?.refreshToken).toBe('string');
    expect(fetch.last().body).toBeUndefined();
    expect(fetch.last().headers.get('x-custom-token')).toBe(clientJwt);
  });

  it('signs in with e-mail and password using the app token', async () => {
    const fetch = contractFetch();
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch,
      headers: { authorization: appJwt },
    });
    const body = { email: 'ada@example.com', password: 'correct-horse-battery' };
    const { data, error } = await client.POST('/v1/users/login-with-email', { body });
    expect(error).toBeUndefined();
    expect(data?.user.email).toBe('ada@example.com');
    expect(data?.token).toMatch(/^JWT /);
    expect(fetch.last().body).toEqual(body);
  });

  it('rejects a sign-in whose e-mail address is malformed', async () => {
    const client = createEthoraClient({
      ...NO_RETRIES,
      baseUrl: inject('prismUrl'),
      fetch: contractFetch(),
      headers: { authorization: appJwt },
    });
    await expect(
      client.POST('/v1/users/login-with-email', { body: { email: 'not-an-email', password: 'x' } }),
    ).rejects.toThrow(/email/);
  });
});
