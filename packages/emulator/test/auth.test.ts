import { describe, expect, it } from 'vitest';
import { scopedSecret } from '../src/index.js';
import {
  APP_ID,
  APP_SECRET,
  apiClient,
  OTHER_APP_ID,
  OTHER_SECRET,
  send,
  serverToken,
  signToken,
  useEmulator,
} from './support/harness.js';

const emulator = useEmulator();
const LIST = '/v2/chats/users';

describe('server tokens', () => {
  it('derives the purpose-scoped keys of the fact sheet', () => {
    expect(scopedSecret('secret123', 'server')).toBe(
      '6fada8e7fbec51c006285f32991e91b55ba6da10e2ec415837be26a239c70016',
    );
    expect(scopedSecret('secret123', 'client')).toBe(
      '4392dc228155c84c30d3beb4d4724e2f802b2f2520bc083ae488a15a0087f704',
    );
  });

  it('accepts the token in x-custom-token, in Authorization: Bearer, and in both', async () => {
    const token = await serverToken();
    const custom = await send(emulator.current, 'GET', LIST, { token });
    const bearer = await send(emulator.current, 'GET', LIST, {
      headers: { authorization: `Bearer ${token}` },
    });
    const both = await send(emulator.current, 'GET', LIST, {
      token,
      headers: { authorization: `Bearer ${token}` },
    });
    expect([custom.status, bearer.status, both.status]).toEqual([200, 200, 200]);
  });

  it('answers 401 with the error body when the token is missing', async () => {
    const answer = await send(emulator.current, 'GET', LIST);
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ success: false, error: 'Missing token' });
    expect(answer.body.requestId).toBe(answer.headers.get('x-request-id'));
  });

  it.each([
    ['signed with the wrong secret', () => signToken('not-the-secret', { appId: APP_ID, type: 'server' })],
    [
      'signed with the client key',
      () => signToken(APP_SECRET, { appId: APP_ID, type: 'server' }, { purpose: 'client' }),
    ],
    [
      'a client token',
      () => signToken(APP_SECRET, { appId: APP_ID, type: 'client', userId: 'u1' }, { purpose: 'client' }),
    ],
    ['a server-key token of type client', () => signToken(APP_SECRET, { appId: APP_ID, type: 'client' })],
    [
      'expired',
      () =>
        signToken(
          APP_SECRET,
          { appId: APP_ID, type: 'server' },
          { expiresAt: Math.floor(Date.now() / 1000) - 60 },
        ),
    ],
    [
      'signed with the raw secret',
      () => signToken(APP_SECRET, { appId: APP_ID, type: 'server' }, { raw: true }),
    ],
    [
      'for an unknown app',
      () => signToken(APP_SECRET, { appId: '0123456789abcdef01234567', type: 'server' }),
    ],
    ['without an app', () => signToken(APP_SECRET, { type: 'server' })],
    ['not a JWT', async () => 'not-a-jwt'],
  ])('rejects a token %s with 401', async (_case, token) => {
    const answer = await send(emulator.current, 'GET', LIST, { token: await token() });
    expect(answer.status).toBe(401);
    expect(answer.body.success).toBe(false);
    expect(typeof answer.body.error).toBe('string');
  });

  it('accepts raw-secret tokens for an app configured so', async () => {
    const state = emulator.current.state();
    state.apps[0]!.acceptRawSecret = true;
    await emulator.current.importState(state);
    const token = await signToken(APP_SECRET, { appId: APP_ID, type: 'server' }, { raw: true });
    expect((await send(emulator.current, 'GET', LIST, { token })).status).toBe(200);
  });

  it('names the token expired, and accepts a token whose exp is still ahead', async () => {
    const expired = await signToken(APP_SECRET, { appId: APP_ID, type: 'server' }, { expiresAt: 1 });
    expect((await send(emulator.current, 'GET', LIST, { token: expired })).body.error).toBe('Token expired');
    const fresh = await signToken(
      APP_SECRET,
      { appId: APP_ID, type: 'server' },
      { expiresAt: Date.now() / 1000 + 60 },
    );
    expect((await send(emulator.current, 'GET', LIST, { token: fresh })).status).toBe(200);
  });
});

describe('apps are isolated', () => {
  it("never lets one app's token reach another app's data", async () => {
    const acme = await apiClient(emulator.current);
    const other = await apiClient(emulator.current, OTHER_APP_ID, OTHER_SECRET);
    await acme.createUsers(['alice']);
    await acme.call('POST', '/v2/chats', { title: 'Secret room', uuid: 'ws-1', type: 'group' });

    expect((await other.call('GET', LIST)).body.results).toEqual([]);
    const lookup = await other.call('GET', `/v1/apps/users/${APP_ID}_alice`);
    expect([404, 422]).toContain(lookup.status);
    expect(lookup.body.error).toMatch(/not found/i);
    expect((await other.call('DELETE', '/v1/chats', { name: `${APP_ID}_ws-1` })).status).toBe(422);
    for (const [method, path] of [
      ['GET', `/v2/apps/${APP_ID}`],
      ['GET', `/v2/apps/${APP_ID}/chats`],
      ['GET', `/v2/apps/${APP_ID}/users/alice/chats`],
      ['GET', `/v2/apps/${APP_ID}/tokens`],
      ['GET', `/v2/apps/${APP_ID}/bot`],
    ] as const) {
      const answer = await other.call(method, path);
      expect(answer.status, `${method} ${path}`).toBe(401);
    }
    expect((await acme.call('GET', LIST)).body.total).toBe(1);
  });

  it("answers 400 APP_NOT_FOUND to a deleted app's tokens", async () => {
    const acme = await apiClient(emulator.current);
    expect((await acme.call('DELETE', `/v2/apps/${APP_ID}`)).status).toBe(200);
    const answer = await acme.call('GET', LIST);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'App not found', code: 'APP_NOT_FOUND' });
  });
});

describe('server API tokens (POST /v2/apps/{appId}/tokens)', () => {
  it('work as credentials until rotated or revoked', async () => {
    const acme = await apiClient(emulator.current);
    const created = await acme.call('POST', `/v2/apps/${APP_ID}/tokens`, { label: 'billing' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      tokenId: expect.any(String),
      token: expect.any(String),
      label: 'billing',
    });
    const first = created.body.token as string;
    const bearer = (token: string) =>
      send(emulator.current, 'GET', LIST, { headers: { authorization: `Bearer ${token}` } });
    expect((await bearer(first)).status).toBe(200);

    const rotated = await acme.call('POST', `/v2/apps/${APP_ID}/tokens/${created.body.tokenId}/rotate`, {});
    expect(rotated.body.tokenId).toBe(created.body.tokenId);
    expect(rotated.body.token).not.toBe(first);
    expect((await bearer(first)).status).toBe(401);
    expect((await bearer(rotated.body.token)).status).toBe(200);

    expect((await acme.call('DELETE', `/v2/apps/${APP_ID}/tokens/${created.body.tokenId}`)).status).toBe(200);
    expect((await acme.call('DELETE', `/v2/apps/${APP_ID}/tokens/${created.body.tokenId}`)).status).toBe(200);
    const revoked = await bearer(rotated.body.token);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error).toBe('Token revoked');

    const listed = await acme.call('GET', `/v2/apps/${APP_ID}/tokens`);
    expect(listed.body.tokens).toEqual([
      expect.objectContaining({ tokenId: created.body.tokenId, label: 'billing', status: 'revoked' }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(rotated.body.token);
  });

  it('answers "not found" for an unknown token id', async () => {
    const acme = await apiClient(emulator.current);
    const answer = await acme.call('POST', `/v2/apps/${APP_ID}/tokens/nope/rotate`, {});
    expect([404, 422]).toContain(answer.status);
    expect(answer.body.error).toMatch(/not found/i);
  });
});
