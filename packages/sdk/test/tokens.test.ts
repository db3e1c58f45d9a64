import { describe, expect, it } from 'vitest';
import { verifyJwtToken } from '../src/index.js';
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
  it('signs a client token for the plain user id with the configured lifetime, sending nothing', async () => {
    const { repo, fetch } = repositoryOnPrism({ clientTokenTtl: '15m' });
    const token = await repo.createChatUserJwtToken(`${APP_ID}_user-1`);
    const payload = await verifyJwtToken(
      token,
      { appId: APP_ID, appSecret: APP_SECRET },
      { expectedType: 'client' },
    );
    expect(payload.data).toEqual({ type: 'client', userId: 'user-1', appId: APP_ID });
    expect(payload.exp! - payload.iat).toBe(15 * 60);
    expect(fetch.exchanges).toHaveLength(0);
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
