import { beforeAll, describe, expect, it } from 'vitest';
import type { Messenger } from '../src/index.js';
import { createRoom, messengerAs, register, unique, wholeHistory } from './support.js';

describe('history after 1,000 messages', () => {
  const chatId = unique('archive');
  const expected = Array.from({ length: 1_000 }, (_, i) => `${chatId}-${i}`);
  let reader: Messenger;

  beforeAll(async () => {
    const [writer, member] = await register(unique('writer'), unique('reader'));
    await createRoom(chatId, [writer!.username, member!.username]);
    const poster = messengerAs(writer!, {}, 'file');
    await poster.join(chatId);
    // In windows of 100 so that the room archives them in this order.
    for (let start = 0; start < 1_000; start += 100) {
      await Promise.all(
        expected.slice(start, start + 100).map((id, i) => poster.send(chatId, `number ${start + i}`, { id })),
      );
    }
    await poster.close();
    reader = messengerAs(member!, {}, 'file');
    await reader.join(chatId);
  }, 120_000);

  it('returns the latest page, oldest first, and says more is older', async () => {
    const page = await reader.history(chatId);
    expect(page.messages.map((message) => message.id)).toEqual(expected.slice(950));
    expect(page.messages[0]).toMatchObject({ text: 'number 950', chatId });
    expect(page.complete).toBe(false);
    expect(page.first).toBe(page.messages[0]!.archiveId);
    expect(page.last).toBe(page.messages[49]!.archiveId);
  });

  it('pages backwards with before and forwards with after, each page exactly the neighbouring messages', async () => {
    const latest = await reader.history(chatId, { limit: 100 });
    const older = await reader.history(chatId, { limit: 20, before: latest.first! });
    expect(older.messages.map((message) => message.id)).toEqual(expected.slice(880, 900));
    const newer = await reader.history(chatId, { limit: 30, after: older.last! });
    expect(newer.messages.map((message) => message.id)).toEqual(expected.slice(900, 930));
    const tail = await reader.history(chatId, { limit: 100, after: latest.first! });
    expect(tail.messages.map((message) => message.id)).toEqual(expected.slice(901));
    expect(tail.complete).toBe(true);
  });

  it('walks all 1,000 messages in order, each once, ending with complete', async () => {
    const all = await wholeHistory(reader, chatId);
    expect(all.map((message) => message.id)).toEqual(expected);
    expect(new Set(all.map((message) => message.archiveId)).size).toBe(1_000);
    const first = await reader.history(chatId, { limit: 10, before: all[10]!.archiveId! });
    expect(first.complete).toBe(true);
    expect(first.messages.map((message) => message.id)).toEqual(expected.slice(0, 10));
  });

  it('gets at most what the server pages at, and says there is more', async () => {
    const page = await reader.history(chatId, { limit: 500 });
    expect(page.messages.length).toBeGreaterThanOrEqual(250);
    expect(page.messages.map((message) => message.id)).toEqual(expected.slice(1_000 - page.messages.length));
    expect(page.complete).toBe(false);
  });

  it('gives an empty, complete page before the first message', async () => {
    const [oldest] = (await reader.history(chatId, { limit: 1, after: '0' })).messages;
    expect(oldest?.id).toBe(expected[0]);
    const page = await reader.history(chatId, { before: oldest!.archiveId! });
    expect(page).toEqual({ messages: [], complete: true, first: undefined, last: undefined });
  });
});
