import { describe, expect, it } from 'vitest';
import { APP_ID, bearerClient } from './support/prism-clients.js';

const TOKEN_ID = '6650e5f6a7b8c9d0e1f2a3b4';

describe('v2 tenant apps, tokens and bots against the Prism mock', () => {
  it('listApps sends paging and ordering', async () => {
    const { fetch, client } = bearerClient();
    const { data, error } = await client.GET('/v2/apps', {
      params: { query: { limit: 20, offset: 0, order: 'desc', orderBy: 'createdAt' } },
    });
    expect(error).toBeUndefined();
    expect(data?.apps?.[0]?._id).toBe(APP_ID);
    expect(fetch.last().url.searchParams.get('orderBy')).toBe('createdAt');
  });

  it('listApps rejects an unknown sort key', async () => {
    const { client } = bearerClient();
    const query = { orderBy: 'name' as 'createdAt' };
    await expect(client.GET('/v2/apps', { params: { query } })).rejects.toThrow(/orderby/i);
  });

  it('createApp returns the app with its id and app token', async () => {
    const { fetch, client } = bearerClient();
    const body = { displayName: 'Acme Workspaces', domainName: 'acmeworkspaces' };
    const { data, error } = await client.POST('/v2/apps', { body });
    expect(error).toBeUndefined();
    expect(data?.app?._id).toBe(APP_ID);
    expect(data?.app?.appToken).toEqual(expect.any(String));
    expect(fetch.last().body).toEqual(body);
  });

  it('createApp requires a display name', async () => {
    const { client } = bearerClient();
    const body = { domainName: 'acme' } as never;
    await expect(client.POST('/v2/apps', { body })).rejects.toThrow(/displayName/);
  });

  it('getApp and deleteApp address the app by id', async () => {
    const { fetch, client } = bearerClient();
    const got = await client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(got.data?.result?.displayName).toBe('Acme Workspaces');
    const deleted = await client.DELETE('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(deleted.response.status).toBe(200);
    expect(fetch.last().url.pathname).toBe(`/v2/apps/${APP_ID}`);
  });

  it('createAppToken returns the token value once, with its id', async () => {
    const { fetch, client } = bearerClient();
    const { data, error } = await client.POST('/v2/apps/{appId}/tokens', {
      params: { path: { appId: APP_ID } },
      body: { label: 'billing-service' },
    });
    expect(error).toBeUndefined();
    expect(data?.tokenId).toBe(TOKEN_ID);
    expect(data?.token.length).toBeGreaterThan(0);
    expect(fetch.last().body).toEqual({ label: 'billing-service' });
  });

  it('createAppToken works without a body', async () => {
    const { client } = bearerClient();
    const { data, error } = await client.POST('/v2/apps/{appId}/tokens', {
      params: { path: { appId: APP_ID } },
    });
    expect(error).toBeUndefined();
    expect(data?.tokenId).toBe(TOKEN_ID);
  });

  it('listAppTokens, rotateAppToken and revokeAppToken reach their routes', async () => {
    const { fetch, client } = bearerClient();
    const listed = await client.GET('/v2/apps/{appId}/tokens', { params: { path: { appId: APP_ID } } });
    expect(listed.error).toBeUndefined();
    const path = { appId: APP_ID, tokenId: TOKEN_ID };
    const rotated = await client.POST('/v2/apps/{appId}/tokens/{tokenId}/rotate', {
      params: { path },
      body: {},
    });
    expect(rotated.data?.tokenId).toBe(TOKEN_ID);
    const revoked = await client.DELETE('/v2/apps/{appId}/tokens/{tokenId}', { params: { path } });
    expect(revoked.response.status).toBe(200);
    expect(fetch.exchanges.map((e) => `${e.method} ${e.url.pathname}`)).toEqual([
      `GET /v2/apps/${APP_ID}/tokens`,
      `POST /v2/apps/${APP_ID}/tokens/${TOKEN_ID}/rotate`,
      `DELETE /v2/apps/${APP_ID}/tokens/${TOKEN_ID}`,
    ]);
  });

  it('rotateAppToken for an unknown token answers the declared 404', async () => {
    const { client } = bearerClient();
    const { data, error, response } = await client.POST('/v2/apps/{appId}/tokens/{tokenId}/rotate', {
      params: { path: { appId: APP_ID, tokenId: 'missing' } },
      headers: { Prefer: 'code=404' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.error).toEqual(expect.any(String));
  });

  it('provisionApp sends the rooms, more than 20 too: no server limit is documented', async () => {
    const { fetch, client } = bearerClient();
    const params = { path: { appId: APP_ID } };
    const body = { rooms: [{ title: 'General', pinned: true }] };
    const { error } = await client.POST('/v2/apps/{appId}/provision', { params, body });
    expect(error).toBeUndefined();
    expect(fetch.last().body).toEqual(body);
    const many = { rooms: Array.from({ length: 21 }, (_, i) => ({ title: `Room ${i}` })) };
    const second = await client.POST('/v2/apps/{appId}/provision', { params, body: many });
    expect(second.error).toBeUndefined();
    expect(fetch.last().body).toEqual(many);
  });

  it('getAppBot and updateAppBot read and change the bot', async () => {
    const { fetch, client } = bearerClient();
    const params = { path: { appId: APP_ID } };
    const got = await client.GET('/v2/apps/{appId}/bot', { params });
    expect(got.error).toBeUndefined();
    expect(got.data).toMatchObject({ status: 'on' });
    const body = { status: 'off' as const, trigger: '/bot' as const };
    const put = await client.PUT('/v2/apps/{appId}/bot', { params, body });
    expect(put.error).toBeUndefined();
    expect(fetch.last().body).toEqual(body);
  });

  it('updateAppBot refuses an unknown status', async () => {
    const { client } = bearerClient();
    const body = { status: 'paused' as 'on' };
    await expect(
      client.PUT('/v2/apps/{appId}/bot', { params: { path: { appId: APP_ID } }, body }),
    ).rejects.toThrow(/status/);
  });
});
