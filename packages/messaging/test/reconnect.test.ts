import { afterEach, describe, expect, it } from 'vitest';
import {
  EthoraMessagingConnectionError,
  EthoraMessagingTimeoutError,
  type Messenger,
  type MessengerStatus,
  type RoomMessage,
} from '../src/index.js';
import {
  admin,
  c2sPort,
  collect,
  createRoom,
  eventually,
  expectExactlyOnce,
  messengerAs,
  register,
  unique,
  wholeHistory,
} from './support.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const proxies: TcpProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

async function proxy(): Promise<TcpProxy> {
  const started = await startTcpProxy(c2sPort);
  proxies.push(started);
  return started;
}

/** A room with a sender behind a cuttable relay, a receiver behind another, and an observer connected directly. */
async function scene() {
  const chatId = unique('flaky');
  const [sender, receiver, observer] = await register(
    unique('sender'),
    unique('receiver'),
    unique('observer'),
  );
  await createRoom(chatId, [sender!.username, receiver!.username, observer!.username]);
  const senderLink = await proxy();
  const receiverLink = await proxy();
  const statuses: MessengerStatus[] = [];
  // What the sender logs tells which recovery ran: a resumed session, or an archive check after a new one.
  const notes: string[] = [];
  const note = (message: string) => void notes.push(message);
  const logger = { debug: note, info: note, warn: note, error: note };
  const senderMessenger = messengerAs(sender!, { service: senderLink.url(), logger, logLevel: 'info' });
  senderMessenger.on('status', (status) => statuses.push(status));
  const receiverMessenger = messengerAs(receiver!, { service: receiverLink.url() });
  const observerMessenger = messengerAs(observer!);
  await Promise.all([senderMessenger, receiverMessenger, observerMessenger].map((m) => m.join(chatId)));
  return {
    chatId,
    sender: senderMessenger,
    receiver: receiverMessenger,
    observer: observerMessenger,
    accounts: { sender: sender!, receiver: receiver! },
    links: { sender: senderLink, receiver: receiverLink },
    statuses,
    notes,
  };
}

/** Sends `count` numbered messages one after the other, running `during(i)` before message i. */
async function sendNumbered(
  messenger: Messenger,
  chatId: string,
  count: number,
  during: (i: number) => void | Promise<void>,
) {
  const sends: Promise<string>[] = [];
  for (let i = 0; i < count; i++) {
    await during(i);
    const sending = messenger.send(chatId, `message ${i}`, { id: `${chatId}-${i}` });
    // Observed below; this keeps an early test failure from reporting every pending send as unhandled.
    sending.catch(() => undefined);
    sends.push(sending);
    // Let some go out before the next, so that the cut lands mid-stream rather than before the first write.
    if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Promise.all(sends);
}

const ids = (messages: readonly RoomMessage[]) => messages.map((message) => message.id);

describe('a connection killed mid-stream', () => {
  it('resumes the session: every message delivered once, in order, to every reader and the archive', async () => {
    const { chatId, sender, receiver, observer, links, statuses, notes } = await scene();
    const expected = Array.from({ length: 300 }, (_, i) => `${chatId}-${i}`);
    const atReceiver = collect(receiver, 300, 60_000);
    const atObserver = collect(observer, 300, 60_000);
    const sent = await sendNumbered(sender, chatId, 300, (i) => {
      if (i === 100) links.sender.cut();
      if (i === 200) links.receiver.cut();
    });
    expect(sent).toEqual(expected);
    expectExactlyOnce(ids(await atReceiver), expected);
    expectExactlyOnce(ids(await atObserver), expected);
    expectExactlyOnce(ids(await wholeHistory(observer, chatId)), expected);
    expect(statuses).toContain('reconnecting');
    expect(notes).toContain('connection resumed');
    expect(sender.status).toBe('online');
    expect(links.sender.connections).toBeGreaterThan(1);
  });

  it('starts over when the server dropped the session: rooms rejoined, the gap read from the archive, nothing sent twice', async () => {
    const { chatId, sender, receiver, observer, accounts, links, notes } = await scene();
    const expected = Array.from({ length: 200 }, (_, i) => `${chatId}-${i}`);
    const atReceiver = collect(receiver, 200, 60_000);
    const atObserver = collect(observer, 200, 60_000);
    const sent = await sendNumbered(sender, chatId, 200, async (i) => {
      // From message 40 the server gets the messages but its acknowledgements and echoes are lost: after the new
      // session the sender must find those in the archive rather than post them again.
      if (i === 40) {
        links.sender.mute();
        links.receiver.mute();
      }
      if (i === 60) {
        // Both links die and stay down while the server ends both sessions: no resumption is possible.
        links.sender.block();
        links.receiver.block();
        links.sender.cut();
        links.receiver.cut();
        await admin.kickUser(accounts.sender.username);
        await admin.kickUser(accounts.receiver.username);
        await eventually(async () => (await admin.sessionCount(accounts.sender.username)) === 0);
        await eventually(async () => (await admin.sessionCount(accounts.receiver.username)) === 0);
      }
      if (i === 120) {
        links.sender.unblock();
        links.receiver.unblock();
      }
    });
    expect(sent).toEqual(expected);
    expectExactlyOnce(ids(await atReceiver), expected);
    expectExactlyOnce(ids(await atObserver), expected);
    expectExactlyOnce(ids(await wholeHistory(observer, chatId)), expected);
    expect(notes).not.toContain('connection resumed');
    expect(notes).toContain('unacknowledged messages found in the room archive');
  });

  it('delivers messages sent while disconnected once the connection is back', async () => {
    const { chatId, sender, observer, links } = await scene();
    links.sender.block();
    links.sender.cut();
    await eventually(() => sender.status === 'reconnecting');
    const atObserver = collect(observer, 5);
    const pending = Promise.all(
      [0, 1, 2, 3, 4].map((i) => sender.send(chatId, `offline ${i}`, { id: `${chatId}-off-${i}` })),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    links.sender.unblock();
    expect(await pending).toEqual([0, 1, 2, 3, 4].map((i) => `${chatId}-off-${i}`));
    expect(ids(await atObserver)).toEqual([0, 1, 2, 3, 4].map((i) => `${chatId}-off-${i}`));
  });

  it('rejects a message it could not send in time, and never sends it later', async () => {
    const chatId = unique('late');
    const [sender, observer] = await register(unique('sender'), unique('observer'));
    await createRoom(chatId, [sender!.username, observer!.username]);
    const link = await proxy();
    const messenger = messengerAs(sender!, { service: link.url(), sendTimeoutMs: 400 });
    const watcher = messengerAs(observer!, { echo: true });
    await Promise.all([messenger.join(chatId), watcher.join(chatId)]);
    link.block();
    link.cut();
    // Once the messenger knows the link is down, nothing leaves the process until the next connection.
    await eventually(() => messenger.status === 'reconnecting');
    const error = await messenger.send(chatId, 'too late', { id: `${chatId}-late` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraMessagingTimeoutError);
    expect(error).toMatchObject({ sent: false, messageId: `${chatId}-late`, chatId, timeoutMs: 400 });
    link.unblock();
    await eventually(() => messenger.status === 'online');
    const marker = collect(watcher, 1);
    await messenger.send(chatId, 'after the outage', { id: `${chatId}-after` });
    await marker;
    expect(ids(await wholeHistory(watcher, chatId))).toEqual([`${chatId}-after`]);
  });

  it('rejects what is queued when closed, saying it was never sent', async () => {
    const { chatId, sender, links } = await scene();
    links.sender.block();
    links.sender.cut();
    await eventually(() => sender.status === 'reconnecting');
    const pending = sender.send(chatId, 'never', { id: `${chatId}-never` }).catch((e: unknown) => e);
    await sender.close();
    const error = await pending;
    expect(error).toBeInstanceOf(EthoraMessagingConnectionError);
    expect(error).toMatchObject({ sent: false, condition: 'closed' });
    expect(sender.status).toBe('closed');
  });
});

describe('a server that misbehaves', () => {
  it('keeps the process alive when data follows the end of the stream, and recovers', async () => {
    const chatId = unique('chatty');
    const [account] = await register(unique('chatty'));
    await createRoom(chatId, [account!.username]);
    const link = await proxy();
    const messenger = messengerAs(account!, { service: link.url() });
    await messenger.join(chatId);
    link.mute();
    // The stream ends, then more data arrives on the same socket: xmpp.js 0.14.0 throws from its data handler.
    link.inject('</stream:stream>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    link.inject('<presence/>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    link.unblock();
    link.cut();
    await eventually(() => messenger.status === 'online');
    expect(await messenger.send(chatId, 'still alive', { id: `${chatId}-alive` })).toBe(`${chatId}-alive`);
  });
});
