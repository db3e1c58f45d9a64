import { describe, expect, it } from 'vitest';
import { EthoraMessagingNotJoinedError, type RoomMessage } from '../src/index.js';
import { collect, createRoom, messengerAs, register, server, unique } from './support.js';

// An Ethora-like setup: accounts named <appId>_<userId>, one room <appId>_<chatId>, the messengers told the app id.
const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';

describe('two users and a bot in one room', () => {
  async function setup() {
    const chatId = unique('ws');
    const [bot, alice, bob] = await register(
      `${APP_ID}_${unique('bot')}`,
      `${APP_ID}_${unique('alice')}`,
      `${APP_ID}_${unique('bob')}`,
    );
    await createRoom(`${APP_ID}_${chatId}`, [bot!.username, alice!.username, bob!.username]);
    const options = { appId: APP_ID };
    const botMessenger = messengerAs(bot!, {
      ...options,
      senderMetadata: { senderFirstName: 'Helper', fullName: 'Helper Bot' },
    });
    const aliceMessenger = messengerAs(alice!, options);
    const bobMessenger = messengerAs(bob!, options);
    await Promise.all([botMessenger.join(chatId), aliceMessenger.join(chatId), bobMessenger.join(chatId)]);
    const plain = (account: { username: string }) => account.username.slice(APP_ID.length + 1);
    return {
      chatId,
      bot: botMessenger,
      alice: aliceMessenger,
      bob: bobMessenger,
      botId: plain(bot!),
      aliceId: plain(alice!),
    };
  }

  it('delivers what the bot posts to both users, with the sender as a plain user id', async () => {
    const { chatId, bot, alice, bob, botId } = await setup();
    const forAlice = collect(alice, 2);
    const forBob = collect(bob, 2);
    const first = await bot.send(chatId, 'Welcome to the workspace!', {
      metadata: { kind: 'welcome', priority: 2 },
    });
    const second = await bot.send(chatId, 'Second message', { id: 'custom-id-42' });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe('custom-id-42');

    for (const received of [await forAlice, await forBob]) {
      expect(received.map((message) => message.id)).toEqual([first, second]);
      const [welcome] = received as [RoomMessage];
      expect(welcome).toMatchObject({
        chatId,
        from: botId,
        text: 'Welcome to the workspace!',
        metadata: { senderFirstName: 'Helper', fullName: 'Helper Bot', kind: 'welcome', priority: '2' },
      });
      expect(welcome.fromJid).toBe(`${APP_ID}_${botId}@${server.host}`.toLowerCase());
      expect(welcome.archiveId).toMatch(/\S+/);
      expect(Math.abs(welcome.sentAt.getTime() - Date.now())).toBeLessThan(30_000);
    }
  });

  it('lets users answer, the bot seeing others but not itself unless asked to', async () => {
    const { chatId, bot, alice, aliceId } = await setup();
    const forBot = collect(bot, 1);
    await bot.send(chatId, 'Anyone there?');
    await alice.send(chatId, 'Yes, here.');
    const [answer] = await forBot;
    expect(answer).toMatchObject({ from: aliceId, text: 'Yes, here.', chatId });
  });

  it('echoes the own messages when echo is on', async () => {
    const chatId = unique('echo');
    const [account] = await register(unique('solo'));
    await createRoom(chatId, [account!.username]);
    const messenger = messengerAs(account!, { echo: true });
    await messenger.join(chatId);
    const own = collect(messenger, 1);
    const id = await messenger.send(chatId, 'talking to myself');
    expect((await own)[0]).toMatchObject({
      id,
      text: 'talking to myself',
      from: `${account!.username}@${server.host}`,
    });
  });

  it('names senders by their account, not by a nickname they chose', async () => {
    const chatId = unique('spoof');
    const [mallory, alice] = await register(`${APP_ID}_${unique('mallory')}`, `${APP_ID}_${unique('alice')}`);
    await createRoom(`${APP_ID}_${chatId}`, [mallory!.username, alice!.username]);
    // Mallory takes the nickname of another user of the app.
    const impostor = messengerAs(mallory!, { appId: APP_ID, nick: `${APP_ID}_ceo` });
    const reader = messengerAs(alice!, { appId: APP_ID });
    await Promise.all([impostor.join(chatId), reader.join(chatId)]);
    const received = collect(reader, 1);
    await impostor.send(chatId, 'Please wire the money', { metadata: { senderFirstName: 'CEO' } });
    const [message] = await received;
    expect(message).toMatchObject({
      nick: `${APP_ID}_ceo`,
      from: mallory!.username.slice(APP_ID.length + 1),
    });
    const [archived] = (await reader.history(chatId)).messages;
    expect(archived?.from).toBe(message!.from);
  });

  it('refuses to send to a room it has not joined, before sending anything', async () => {
    const { chatId, alice } = await setup();
    await expect(alice.send(`${chatId}-other`, 'hello')).rejects.toBeInstanceOf(
      EthoraMessagingNotJoinedError,
    );
    await alice.leave(chatId);
    await expect(alice.send(chatId, 'hello')).rejects.toBeInstanceOf(EthoraMessagingNotJoinedError);
  });
});
