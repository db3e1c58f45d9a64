import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createClientTokenSync } from '../src/auth/create-tokens.js';
import { createClientToken, verifyJwtToken } from '../src/index.js';
import { APP_ID, APP_SECRET, repositoryAt, repositoryOnPrism } from './repository-harness.js';

// Naming rooms sends nothing, so the repository points at the real API and never calls it.
const API_URL = 'https://api.chat.ethora.com';

describe('createChatName', () => {
  const repo = repositoryAt(API_URL);

  it('returns the room JID on the default conference domain', () => {
    expect(repo.createChatName('ws-42')).toBe(`${APP_ID}_ws-42@conference.xmpp.chat.ethora.com`);
  });

  it('returns the short name when full is false', () => {
    expect(repo.createChatName('ws-42', false)).toBe(`${APP_ID}_ws-42`);
  });

  it('never double-prefixes and returns a JID unchanged', () => {
    expect(repo.createChatName(`${APP_ID}_ws-42`, false)).toBe(`${APP_ID}_ws-42`);
    const jid = `${APP_ID}_ws-42@conference.example.org`;
    expect(repo.createChatName(jid)).toBe(jid);
    expect(repo.createChatName(jid, false)).toBe(jid);
  });

  it('uses the configured jidDomain', () => {
    const selfHosted = repositoryAt(API_URL, { jidDomain: 'conference.chat.acme.io' });
    expect(selfHosted.createChatName('ws-42')).toBe(`${APP_ID}_ws-42@conference.chat.acme.io`);
  });
});

describe('createChatUserJwtToken', () => {
  it('returns the signed client token itself, synchronously, as the previous SDK did', async () => {
    const { repo, fetch } = repositoryOnPrism({ clientTokenTtl: '15m' });
    const token = repo.createChatUserJwtToken(`${APP_ID}_user-1`);
    expectTypeOf(token).toEqualTypeOf<string>();
    expect(typeof token).toBe('string');
    // What an Express route like `res.json({ token })` sends: the JWT, not `{}`.
    expect(JSON.parse(JSON.stringify({ token })).token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(`Bearer ${token}`).not.toContain('[object');
    const payload = await verifyJwtToken(
      token,
      { appId: APP_ID, appSecret: APP_SECRET },
      { expectedType: 'client' },
    );
    expect(payload.data).toEqual({ type: 'client', userId: 'user-1', appId: APP_ID });
    expect(payload.exp! - payload.iat).toBe(15 * 60);
    expect(fetch.exchanges).toHaveLength(0);
  });

  it.each(['scoped', 'raw'] as const)(
    'signs byte for byte the token createClientToken (jose) signs, with %s keys',
    async (tokenSigning) => {
      const config = { appId: APP_ID, appSecret: APP_SECRET, tokenSigning, clientTokenTtl: 600 };
      const now = () => 1_780_000_000_000;
      expect(createClientTokenSync(config, 'user-1', { now })).toBe(
        await createClientToken(config, 'user-1', { now }),
      );
    },
  );

  it('follows a changed secret on the same config object instead of keeping the old key', async () => {
    const config = { appId: APP_ID, appSecret: 'first-secret' };
    createClientTokenSync(config, 'user-1');
    config.appSecret = 'second-secret';
    const token = createClientTokenSync(config, 'user-1');
    await expect(verifyJwtToken(token, config, { expectedType: 'client' })).resolves.toBeDefined();
  });

  it('throws EthoraConfigError naming the asynchronous form where the runtime has no synchronous HMAC', async () => {
    const runtime = process as { getBuiltinModule?: unknown };
    const original = runtime.getBuiltinModule;
    runtime.getBuiltinModule = undefined;
    vi.resetModules();
    try {
      // A fresh copy of the package, so it looks for node:crypto again and finds none.
      const sdk = await import('../src/index.js');
      const repo = sdk.createChatRepository({ apiUrl: API_URL, appId: APP_ID, appSecret: APP_SECRET });
      let caught: unknown;
      try {
        repo.createChatUserJwtToken('user-1');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(sdk.EthoraConfigError);
      expect((caught as Error).message).toContain('await createClientToken(repo.config, userId)');
      // The asynchronous helper still works there (WebCrypto through jose).
      const token = await sdk.createClientToken(repo.config, 'user-1');
      await expect(sdk.verifyJwtToken(token, repo.config)).resolves.toBeDefined();
    } finally {
      runtime.getBuiltinModule = original;
      vi.resetModules();
    }
  });
});

describe('server token', () => {
  it('is signed once for a burst of concurrent calls, and sent on each of them', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await Promise.all([
      repo.getUsers(),
      repo.getUserChats('user-1'),
      repo.createChatRoom('ws-1'),
      repo.grantUserAccessToChatRoom('ws-1', 'user-1'),
      repo.updateChatRoom('ws-1', { title: 'One' }),
      ...Array.from({ length: 15 }, () => repo.getUsers({ limit: 1 })),
    ]);
    expect(fetch.exchanges).toHaveLength(20);
    expect(repo.serverToken.signatureCount).toBe(1);
    expect(new Set(fetch.exchanges.map((e) => e.headers.get('x-custom-token'))).size).toBe(1);
  });

  it('is signed anew after the API rejects it with 401', async () => {
    const { repo } = repositoryOnPrism({}, 'code=401');
    await expect(repo.getUsers()).rejects.toMatchObject({ status: 401 });
    await expect(repo.getUsers()).rejects.toMatchObject({ status: 401 });
    expect(repo.serverToken.signatureCount).toBe(2);
  });
});
