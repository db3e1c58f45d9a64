import { EthoraAuthenticationError } from '@ethora/client';
import { createChatRepository, verifyJwtToken } from '@ethora/sdk';
import { contractFetch } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Messenger, messengerFor } from '../src/index.js';
import { type EthoraStub, startEthoraStub } from './ethora-stub.js';
import { admin, collect, createRoom, eventually, server, unique } from './support.js';

const APP = { appId: '65f1c2a9e4b0a1b2c3d4e5f6', appSecret: 'messenger-for-test-secret' };

describe('messengerFor(repo, { userId })', () => {
  let api: EthoraStub;
  const open: Messenger[] = [];
  const repository = () =>
    createChatRepository({ apiUrl: api.url, ...APP, jidDomain: server.conferenceHost, maxRetries: 0 });

  beforeAll(async () => {
    api = await startEthoraStub(APP, server.host);
  });
  afterAll(async () => {
    await Promise.all(open.map((messenger) => messenger.close()));
    await api.close();
  });

  /** A user of the app, with its XMPP account `<appId>_<userId>` registered as the platform would. */
  async function appUser(prefix: string, firstName: string) {
    const userId = unique(prefix);
    const xmppPassword = `xmpp-${unique('pw')}`;
    api.users.set(userId, { firstName, lastName: 'Tester', xmppPassword });
    await admin.register(`${APP.appId}_${userId}`, xmppPassword);
    return userId;
  }

  async function connect(userId: string, options: Partial<Parameters<typeof messengerFor>[1]> = {}) {
    const messenger = await messengerFor(repository(), {
      userId,
      service: server.c2sUrl,
      reconnect: { initialDelayMs: 100, maxDelayMs: 1_000 },
      ...options,
    });
    open.push(messenger);
    return messenger;
  }

  it('posts as the bot into the room the SDK names, and users see the bot by its plain id and name', async () => {
    const chatId = unique('workspace');
    const botId = await appUser('bot', 'Welcome');
    const userId = await appUser('user', 'Ada');
    await createRoom(`${APP.appId}_${chatId}`, [`${APP.appId}_${botId}`, `${APP.appId}_${userId}`]);
    // The host comes from the repository's jidDomain (conference.<host>) for one, from get-config for the other.
    const bot = await connect(botId);
    const user = await connect(userId, { domainName: 'acme.example.com' });
    expect(bot.jid).toBe(`${APP.appId}_${botId}@${server.host}`.toLowerCase());
    await Promise.all([bot.join(chatId), user.join(chatId)]);
    const received = collect(user, 1);
    const id = await bot.send(chatId, 'Welcome aboard!');
    const [message] = await received;
    expect(message).toMatchObject({
      id,
      chatId,
      from: botId.toLowerCase(),
      text: 'Welcome aboard!',
      metadata: { senderFirstName: 'Welcome', senderLastName: 'Tester', fullName: 'Welcome Tester' },
    });
    const page = await user.history(`${APP.appId}_${chatId}`, { limit: 5 });
    expect(page.messages.map((m) => m.id)).toEqual([id]);
  });

  it('opens the session again at each login, so a rotated password is picked up', async () => {
    const chatId = unique('rotate');
    const botId = await appUser('rotating', 'Rota');
    await createRoom(`${APP.appId}_${chatId}`, [`${APP.appId}_${botId}`]);
    const bot = await connect(botId);
    await bot.join(chatId);
    const newPassword = `xmpp-${unique('rotated')}`;
    api.users.set(botId, { ...api.users.get(botId)!, xmppPassword: newPassword });
    await admin.register(`${APP.appId}_${botId}`, newPassword);
    await admin.kickUser(`${APP.appId}_${botId}`);
    await eventually(() => api.sessions.filter((id) => id === botId).length >= 2);
    await eventually(() => bot.status === 'online');
    await bot.send(chatId, 'still here after the rotation');
  });

  it('fails with the API error for a user the app does not have', async () => {
    await expect(
      messengerFor(repository(), { userId: unique('ghost'), service: server.c2sUrl }),
    ).rejects.toBeInstanceOf(EthoraAuthenticationError);
  });

  it('rejects a bad user id before any request', async () => {
    const before = api.sessions.length;
    await expect(messengerFor(repository(), { userId: 'has space' })).rejects.toMatchObject({
      name: 'EthoraValidationError',
    });
    expect(api.sessions.length).toBe(before);
  });
});

describe('messengerFor against the API contract', () => {
  it('opens the session as the spec describes: a client token of the user in x-custom-token', async () => {
    const fetch = contractFetch();
    const repo = createChatRepository({ apiUrl: inject('prismUrl'), ...APP, fetch, maxRetries: 0 });
    const messenger = await messengerFor(repo, { userId: 'user-1', xmppHost: 'xmpp.chat.ethora.com' });
    expect(messenger.status).toBe('idle');
    expect(messenger.jid).toBe(`${APP.appId}_user-1@xmpp.chat.ethora.com`);
    const exchange = fetch.last();
    expect(`${exchange.method} ${exchange.url.pathname}`).toBe('POST /v1/users/client');
    expect(exchange.status).toBe(200);
    const token = exchange.headers.get('x-custom-token')!;
    const payload = await verifyJwtToken(token, APP, { expectedType: 'client' });
    expect(payload.data).toMatchObject({ type: 'client', userId: 'user-1', appId: APP.appId });
  });
});
