import { EthoraAuthenticationError } from '@ethora/client';
import { type Emulator, startEmulator } from '@ethora/emulator';
import { type ChatRepository, createChatRepository } from '@ethora/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessenger,
  EthoraMessagingAuthenticationError,
  EthoraMessagingForbiddenError,
  EthoraMessagingNotFoundError,
  type Messenger,
  messengerFor,
} from '../src/index.js';
import { collect, server, unique } from './support.js';

// The emulator's XMPP mode: what the SDK does through the emulated API shows up in ejabberd, so messengerFor works
// end to end. Here the emulator mirrors into the run's ejabberd through its admin API.
describe('the emulator mirroring into ejabberd', () => {
  let ethora: Emulator;
  let repo: ChatRepository;
  const open: Messenger[] = [];

  beforeAll(async () => {
    ethora = await startEmulator({
      xmppHost: server.host,
      xmpp: { adminUrl: server.adminUrl, service: server.c2sUrl, websocket: server.wsUrl },
      jobDelayMs: 0,
    });
    repo = createChatRepository({ ...ethora.connection(), maxRetries: 0 });
  });
  afterAll(async () => {
    await Promise.all(open.map((messenger) => messenger.close()));
    await ethora.stop();
  });

  async function user(prefix: string, displayName: string): Promise<string> {
    const userId = unique(prefix);
    const { jobId } = await repo.createUser(userId, { displayName });
    await repo.waitForUsersBatchJob(jobId, { initialDelayMs: 10 });
    return userId;
  }

  async function messenger(userId: string): Promise<Messenger> {
    const created = await messengerFor(repo, {
      userId,
      service: ethora.xmpp!.service,
      reconnect: { initialDelayMs: 100, maxDelayMs: 1_000 },
    });
    open.push(created);
    return created;
  }

  it('lets a bot created through the API post into the room the API made, for its members', async () => {
    const chatId = unique('ws');
    await repo.createChatRoom(chatId, { title: 'Design team' });
    const botId = await user('bot', 'Helper Bot');
    const aliceId = await user('alice', 'Alice Martin');
    await repo.grantUserAccessToChatRoom(chatId, [botId, aliceId]);
    const bot = await messenger(botId);
    const alice = await messenger(aliceId);
    await Promise.all([bot.join(chatId), alice.join(chatId)]);
    const received = collect(alice, 1);
    const id = await bot.send(chatId, 'Welcome to the workspace!');
    expect((await received)[0]).toMatchObject({
      id,
      from: botId,
      metadata: { senderFirstName: 'Helper', senderLastName: 'Bot' },
    });
    expect((await alice.history(chatId)).messages.map((message) => message.text)).toEqual([
      'Welcome to the workspace!',
    ]);
  });

  it('keeps out users without access, and takes access away when the API does', async () => {
    const chatId = unique('private');
    await repo.createChatRoom(chatId);
    const memberId = await user('member', 'Mem Ber');
    const outsiderId = await user('outsider', 'Out Sider');
    await repo.grantUserAccessToChatRoom(chatId, memberId);
    const member = await messenger(memberId);
    const outsider = await messenger(outsiderId);
    await expect(outsider.join(chatId)).rejects.toBeInstanceOf(EthoraMessagingForbiddenError);
    await member.join(chatId);
    const reader = member.messages(chatId);
    await repo.removeUserAccessFromChatRoom(chatId, memberId);
    await expect(reader.next()).rejects.toBeInstanceOf(EthoraMessagingForbiddenError);
  });

  it('removes deleted users and rooms from the XMPP server', async () => {
    const chatId = unique('gone');
    await repo.createChatRoom(chatId);
    const userId = await user('leaving', 'Lea Ving');
    await repo.grantUserAccessToChatRoom(chatId, userId);
    const password = ethora.state().apps[0]!.users!.find((entry) => entry.uuid === userId)!.xmppPassword!;
    const { appId } = repo.config;
    const account = {
      service: server.c2sUrl,
      domain: server.host,
      username: `${appId}_${userId}`,
      password,
      appId,
    };
    const before = createMessenger(account);
    open.push(before);
    await before.join(chatId);
    await repo.deleteChatRoom(chatId);
    await repo.deleteUsers([userId]);
    await expect(messengerFor(repo, { userId })).rejects.toBeInstanceOf(EthoraAuthenticationError);
    const after = createMessenger(account);
    open.push(after);
    await expect(after.connect()).rejects.toBeInstanceOf(EthoraMessagingAuthenticationError);
  });

  it('follows a reset: rooms and users of the discarded state are gone', async () => {
    const chatId = unique('reset');
    await repo.createChatRoom(chatId);
    const userId = await user('temp', 'Tem Porary');
    await repo.grantUserAccessToChatRoom(chatId, userId);
    const temp = await messenger(userId);
    await temp.join(chatId);
    await temp.close();
    await ethora.reset();
    const keeperId = await user('keeper', 'Kee Per');
    const keeper = await messenger(keeperId);
    await expect(keeper.join(chatId)).rejects.toBeInstanceOf(EthoraMessagingNotFoundError);
  });
});

describe('the emulator with its own ejabberd', () => {
  it('starts one for its XMPP host, reports where it listens, and stops it', async () => {
    const ethora = await startEmulator({ xmpp: true, jobDelayMs: 0 });
    let service: string | undefined;
    try {
      expect(ethora.xmpp).toMatchObject({ host: 'localhost', conferenceHost: 'conference.localhost' });
      service = ethora.xmpp!.service;
      const repo = createChatRepository({ ...ethora.connection(), maxRetries: 0 });
      await repo.createChatRoom('lobby');
      const { jobId } = await repo.createUser('greeter', { displayName: 'Greeter' });
      await repo.waitForUsersBatchJob(jobId, { initialDelayMs: 10 });
      await repo.grantUserAccessToChatRoom('lobby', 'greeter');
      const greeter = await messengerFor(repo, { userId: 'greeter', service });
      try {
        await greeter.join('lobby');
        await greeter.send('lobby', 'hello');
        expect((await greeter.history('lobby')).messages.map((message) => message.text)).toEqual(['hello']);
      } finally {
        await greeter.close();
      }
    } finally {
      await ethora.stop();
    }
    const afterStop = createMessenger({
      service: service!,
      domain: 'localhost',
      username: 'x',
      password: 'y',
      timeoutMs: 2_000,
    });
    await expect(afterStop.connect()).rejects.toMatchObject({ name: 'EthoraMessagingConnectionError' });
  });
});
