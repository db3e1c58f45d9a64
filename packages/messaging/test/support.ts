import { randomBytes } from 'node:crypto';
import { createEjabberdAdmin, type RoomAffiliation } from '@ethora/testkit/ejabberd';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { createMessenger, type Messenger, type MessengerOptions, type RoomMessage } from '../src/index.js';

/** The test server, as the global setup started it. */
export const server = inject('ejabberd');
/** Its admin API. */
export const admin = createEjabberdAdmin(server.adminUrl, server.host);
/** Port of its plain XMPP listener. */
export const c2sPort = Number(new URL(server.c2sUrl.replace('xmpp:', 'http:')).port);
/** Port of its HTTP listener (WebSocket and admin API). */
export const httpPort = Number(new URL(server.adminUrl).port);

/** A name unique to this run, so that test files sharing the server never meet. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** An account registered on the test server. */
export interface TestAccount {
  readonly username: string;
  readonly password: string;
}

/** Registers accounts with random passwords. */
export async function register(...usernames: string[]): Promise<TestAccount[]> {
  return Promise.all(
    usernames.map(async (username) => {
      const password = `pw-${randomBytes(9).toString('base64url')}`;
      await admin.register(username, password);
      return { username, password };
    }),
  );
}

/** Creates a members-only, archived room and makes `members` its members. */
export async function createRoom(
  name: string,
  members: readonly string[],
  affiliation: RoomAffiliation = 'member',
) {
  await admin.createRoom(name);
  await Promise.all(members.map((member) => admin.setAffiliation(name, member, affiliation)));
}

const open = { test: [] as Messenger[], file: [] as Messenger[] };
afterEach(async () => {
  await Promise.all(open.test.splice(0).map((messenger) => messenger.close()));
});
afterAll(async () => {
  await Promise.all(open.file.splice(0).map((messenger) => messenger.close()));
});

/**
 * A messenger for `account` on the test server, closed after the test (or after the file, for one made in
 * `beforeAll`); `options` override the defaults.
 */
export function messengerAs(
  account: TestAccount,
  options: Partial<MessengerOptions> = {},
  scope: 'test' | 'file' = 'test',
): Messenger {
  const messenger = createMessenger({
    service: server.c2sUrl,
    domain: server.host,
    username: account.username,
    password: account.password,
    reconnect: { initialDelayMs: 100, maxDelayMs: 1_000 },
    ...options,
  });
  open[scope].push(messenger);
  return messenger;
}

/** Resolves with the first `count` live messages the messenger hands to `on('message')`. */
export function collect(messenger: Messenger, count: number, timeoutMs = 20_000): Promise<RoomMessage[]> {
  const received: RoomMessage[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`received ${received.length} of ${count} messages within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = messenger.on('message', (message) => {
      received.push(message);
      if (received.length === count) {
        clearTimeout(timer);
        off();
        resolve(received);
      }
    });
  });
}

/** Waits until `check` returns true. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every message of a room's archive, oldest first, read backwards page by page. */
export async function wholeHistory(messenger: Messenger, chatId: string): Promise<RoomMessage[]> {
  const pages: RoomMessage[][] = [];
  let before: string | undefined;
  for (;;) {
    const page = await messenger.history(chatId, { limit: 250, ...(before ? { before } : {}) });
    pages.unshift([...page.messages]);
    if (page.complete || !page.first) break;
    before = page.first;
  }
  return pages.flat();
}

/** Asserts `ids` holds each of `expected` exactly once, in that order. */
export function expectExactlyOnce(ids: readonly string[], expected: readonly string[]): void {
  expect(ids.length).toBe(expected.length);
  expect(ids).toEqual(expected);
}
