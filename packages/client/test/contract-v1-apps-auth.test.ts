import { contractViolations } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { APP_ID, APP_JWT, CLIENT_JWT, prismClient, serverClient } from './support/prism-clients.js';

describe('v1 apps routes against the Prism mock', () => {
  it('reads the XMPP host of a domain without any credential', async () => {
    const { fetch, client } = prismClient();
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
    const { client } = prismClient();
    // @ts-expect-error: domainName is required by the spec.
    await expect(client.GET('/v1/apps/get-config', { params: { query: {} } })).rejects.toThrow(/domainname/i);
  });

  it('looks up a user by an URL-encoded XMPP username with the server JWT', async () => {
    const { fetch, client } = serverClient();
    const xmppUsername = `${APP_ID}_user+1@example`;
    const { data, error } = await client.GET('/v1/apps/users/{xmppUsername}', {
      params: { path: { xmppUsername } },
    });
    expect(error).toBeUndefined();
    expect(data?.result.xmppUsername).toMatch(new RegExp(`^${APP_ID}_`));
    expect(typeof data?.result.firstName).toBe('string');
    expect(fetch.last().url.pathname).toBe(`/v1/apps/users/${APP_ID}_user%2B1%40example`);
  });

  it('sends the ordering of the app user list, including the API spelling `firsName`', async () => {
    const { fetch, client } = prismClient({ authorization: APP_JWT });
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
    const { client } = prismClient({}, { allowViolations: true });
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
    const { fetch, client } = prismClient({ 'x-custom-token': CLIENT_JWT });
    const { data, error } = await client.POST('/v1/users/client');
    expect(error).toBeUndefined();
    expect(data?.user._id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof data?.token).toBe('string');
    expect(typeof data?.refreshToken).toBe('string');
    expect(fetch.last().body).toBeUndefined();
    expect(fetch.last().headers.get('x-custom-token')).toBe(CLIENT_JWT);
  });

  it('signs in with e-mail and password using the app token', async () => {
    const { fetch, client } = prismClient({ authorization: APP_JWT });
    const body = { email: 'ada@example.com', password: 'correct-horse-battery' };
    const { data, error } = await client.POST('/v1/users/login-with-email', { body });
    expect(error).toBeUndefined();
    expect(data?.user.email).toBe('ada@example.com');
    expect(data?.token).toMatch(/^JWT /);
    expect(fetch.last().body).toEqual(body);
  });
});
