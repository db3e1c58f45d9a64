import { describe, expect, it } from 'vitest';
import type { RoomMessage } from '../src/index.js';
import { createRoom, messengerAs, register, unique } from './support.js';

async function pair() {
  const chatId = unique('live');
  const [speaker, listener] = await register(unique('speaker'), unique('listener'));
  await createRoom(chatId, [speaker!.username, listener!.username]);
  const speakerMessenger = messengerAs(speaker!);
  const listenerMessenger = messengerAs(listener!);
  await Promise.all([speakerMessenger.join(chatId), listenerMessenger.join(chatId)]);
  return { chatId, speaker: speakerMessenger, listener: listenerMessenger };
}

describe('live iteration', () => {
  it('yields messages in order as they arrive, and stops at break', async () => {
    const { chatId, speaker, listener } = await pair();
    const seen: RoomMessage[] = [];
    const reading = (async () => {
      for await (const message of listener.messages(chatId)) {
        seen.push(message);
        if (message.text === 'stop') break;
      }
    })();
    const sent = [];
    for (const text of ['one', 'two', 'three', 'stop', 'after the break'])
      sent.push(await speaker.send(chatId, text));
    await reading;
    expect(seen.map((message) => message.text)).toEqual(['one', 'two', 'three', 'stop']);
    expect(seen.map((message) => message.id)).toEqual(sent.slice(0, 4));
  });

  it('keeps messages that arrive before the reader asks for them', async () => {
    const { chatId, speaker, listener } = await pair();
    const reader = listener.messages(chatId);
    await Promise.all(['a', 'b', 'c'].map((text) => speaker.send(chatId, text)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await reader.next()).value?.text);
    expect(texts).toEqual(['a', 'b', 'c']);
    await reader.return?.();
  });

  it('ends when the signal aborts, the room is left, or the messenger closes', async () => {
    const { chatId, listener } = await pair();
    const controller = new AbortController();
    const aborted = listener.messages(chatId, { signal: controller.signal });
    const left = listener.messages(chatId);
    const closed = listener.messages(chatId);
    const pendingAbort = aborted.next();
    controller.abort();
    expect(await pendingAbort).toEqual({ value: undefined, done: true });
    const pendingLeave = left.next();
    await listener.leave(chatId);
    expect(await pendingLeave).toEqual({ value: undefined, done: true });
    expect(await closed.next()).toEqual({ value: undefined, done: true });
    await listener.join(chatId);
    const afterClose = listener.messages(chatId).next();
    await listener.close();
    expect(await afterClose).toEqual({ value: undefined, done: true });
  });

  it('serves several readers and listeners of the same room', async () => {
    const { chatId, speaker, listener } = await pair();
    const viaEvent: string[] = [];
    const off = listener.on('message', (message) => viaEvent.push(message.text));
    const first = listener.messages(chatId);
    const second = listener.messages(chatId);
    await speaker.send(chatId, 'for everyone');
    expect((await first.next()).value?.text).toBe('for everyone');
    expect((await second.next()).value?.text).toBe('for everyone');
    expect(viaEvent).toEqual(['for everyone']);
    off();
    await speaker.send(chatId, 'not for the removed listener');
    expect((await first.next()).value?.text).toBe('not for the removed listener');
    expect(viaEvent).toEqual(['for everyone']);
  });
});
