import { randomBytes } from 'node:crypto';
import { createMessenger, type Messenger, type RoomMessage } from '@ethora/messaging';
import { type EjabberdServer, startEjabberd } from '@ethora/testkit/ejabberd';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerFor, runRoomBot } from '../room-bot.js';

// The bot against a real XMPP server: a throwaway ejabberd, a room, the bot and one user.
let server: EjabberdServer;
const open: Messenger[] = [];

beforeAll(async () => {
  server = await startEjabberd();
}, 90_000);

afterAll(async () => {
  await Promise.all(open.map((messenger) => messenger.close()));
  await server?.stop();
});

async function account(name: string, firstName: string): Promise<Messenger> {
  const password = randomBytes(12).toString('hex');
  await server.admin.register(name, password);
  const messenger = createMessenger({
    service: server.c2sUrl,
    domain: server.host,
    username: name,
    password,
    senderMetadata: { senderFirstName: firstName },
  });
  open.push(messenger);
  return messenger;
}

function nextMessage(messenger: Messenger): Promise<RoomMessage> {
  return new Promise((resolve) => {
    const off = messenger.on('message', (message) => {
      off();
      resolve(message);
    });
  });
}

it('answers /help, ping and a greeting in the room, once each, and nothing else', async () => {
  await server.admin.createRoom('workspace-42');
  const bot = await account('helper', 'Helper');
  const user = await account('ada', 'Ada');
  for (const name of ['helper', 'ada']) await server.admin.setAffiliation('workspace-42', name, 'member');
  const stop = new AbortController();
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const running = runRoomBot(bot, 'workspace-42', {
    name: 'helper',
    signal: stop.signal,
    onListening: listening,
  });
  await Promise.all([user.join('workspace-42'), ready]);

  for (const [question, answer] of [
    ['/help', /answer \/help/],
    ['ping', /^pong$/],
    ['Hello helper, are you there?', /^Hello Ada!$/],
  ] as const) {
    const reply = nextMessage(user);
    const questionId = await user.send('workspace-42', question);
    expect(await reply).toMatchObject({
      text: expect.stringMatching(answer),
      metadata: { inReplyTo: questionId },
    });
  }
  await user.send('workspace-42', 'just chatting with people');
  stop.abort();
  expect(await running).toBe(3);
  const history = await user.history('workspace-42');
  expect(history.messages.map((message) => message.from === 'helper@localhost')).toEqual([
    false,
    true,
    false,
    true,
    false,
    true,
    false,
  ]);
});

it('knows what to answer', () => {
  const message = (text: string): RoomMessage => ({
    id: 'm1',
    chatId: 'c',
    from: 'user-1',
    fromJid: undefined,
    nick: 'user-1',
    text,
    sentAt: new Date(0),
    metadata: { senderFirstName: 'Ada' },
    archiveId: undefined,
  });
  expect(answerFor(message('/time'), 'bot', () => new Date(0))).toBe('It is 1970-01-01T00:00:00.000Z.');
  expect(answerFor(message('hey there BOT'), 'bot')).toBe('Hello Ada!');
  expect(answerFor(message('hello everyone'), 'bot')).toBeUndefined();
  expect(answerFor(message('ping?'), 'bot')).toBeUndefined();
});
