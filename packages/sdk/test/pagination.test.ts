import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EthoraAbortError, EthoraError } from '@ethora/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraValidationError } from '../src/index.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

interface Seen {
  path: string;
  limit: number;
  offset: number;
  query: Record<string, string>;
}

// A list server: 250 users, 300 apps (at most 200 per page, with a total), 230 rooms, 120 rooms of one user.
const users = Array.from({ length: 250 }, (_, index) => ({ xmppUsername: `${APP_ID}_user-${index}` }));
const apps = Array.from({ length: 300 }, (_, index) => ({ _id: index.toString(16).padStart(24, '0') }));
const rooms = Array.from({ length: 230 }, (_, index) => ({ name: `${TARGET}_ws-${index}` }));
const userRooms = Array.from({ length: 120 }, (_, index) => ({ name: `${APP_ID}_ws-${index}` }));

let server: Server;
let seen: Seen[];
let ignoreOffset = false;
let delayMs = 0;
let repo: ChatRepository;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    const limit = Number(url.searchParams.get('limit'));
    const offset = ignoreOffset ? 0 : Number(url.searchParams.get('offset'));
    seen.push({ path: url.pathname, limit, offset, query: Object.fromEntries(url.searchParams) });
    const page = <T>(items: T[], cap = limit) => items.slice(offset, offset + Math.min(limit, cap));
    let body: unknown;
    if (url.pathname === '/v2/chats/users') body = { results: page(users) };
    else if (url.pathname === '/v2/apps') body = { apps: page(apps, 200), total: apps.length };
    else if (url.pathname === `/v2/apps/${TARGET}/chats`) body = { chats: page(rooms) };
    else if (url.pathname === `/v2/apps/${APP_ID}/users/user-7/chats`) body = { chats: page(userRooms) };
    const send = () => {
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body ?? { error: 'no route' }));
    };
    setTimeout(send, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repo = repositoryAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  ignoreOffset = false;
  delayMs = 0;
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('iterateUsers', () => {
  it('yields every user once over three pages and stops at the short page', async () => {
    const items = await collect(repo.iterateUsers());
    expect(items).toEqual(users);
    expect(seen.map(({ limit, offset }) => [limit, offset])).toEqual([
      [100, 0],
      [100, 100],
      [100, 200],
    ]);
  });

  it('stops on an empty page when the last page was full, and keeps filters on every page', async () => {
    const items = await collect(repo.iterateUsers({ chatName: 'ws-1', pageSize: 125 }));
    expect(items).toHaveLength(250);
    expect(seen.map(({ offset }) => offset)).toEqual([0, 125, 250]);
    expect(seen.every(({ query }) => query.chatName === `${APP_ID}_ws-1`)).toBe(true);
  });

  it('starts at the given offset', async () => {
    const items = await collect(repo.iterateUsers({ offset: 240, pageSize: 5 }));
    expect(items).toEqual(users.slice(240));
    expect(seen.map(({ offset }) => offset)).toEqual([240, 245, 250]);
  });

  it('sends nothing more once the loop breaks', async () => {
    for await (const user of repo.iterateUsers({ pageSize: 50 })) {
      if (user.xmppUsername === `${APP_ID}_user-60`) break;
    }
    expect(seen.map(({ offset }) => offset)).toEqual([0, 50]);
  });

  it('aborts between pages with EthoraAbortError', async () => {
    const controller = new AbortController();
    const items: unknown[] = [];
    const run = async () => {
      for await (const user of repo.iterateUsers({ signal: controller.signal })) {
        items.push(user);
        if (items.length === 150) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(EthoraAbortError);
    expect(items).toHaveLength(150);
    expect(seen.map(({ offset }) => offset)).toEqual([0, 100]);
  });

  it('aborts the request in flight', async () => {
    delayMs = 200;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(collect(repo.iterateUsers({ signal: controller.signal }))).rejects.toBeInstanceOf(
      EthoraAbortError,
    );
  });

  it('fails instead of looping when the server ignores offset', async () => {
    ignoreOffset = true;
    const error = await collect(repo.iterateUsers()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraError);
    expect((error as Error).message).toMatch(/ignored "offset"/);
    expect(seen).toHaveLength(2);
  });

  it('rejects bad paging options at the call, before any request', () => {
    expect(() => repo.iterateUsers({ pageSize: 501 })).toThrow(EthoraValidationError);
    expect(() => repo.iterateUsers({ pageSize: 0 })).toThrow(/options\.pageSize/);
    expect(() => repo.iterateUsers({ limit: 10 } as never)).toThrow(/pageSize/);
    expect(() => repo.iterateUsers({ signal: 'stop' as never })).toThrow(/options\.signal/);
    expect(() => repo.iterateChatsInApp('not-an-app')).toThrow(EthoraValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe('iterateApps', () => {
  it('follows the total when the server caps the page below pageSize', async () => {
    const items = await collect(repo.iterateApps({ pageSize: 500, order: 'asc' }));
    expect(items).toEqual(apps);
    expect(seen.map(({ limit, offset }) => [limit, offset])).toEqual([
      [500, 0],
      [500, 200],
    ]);
    expect(seen[0]?.query.order).toBe('asc');
  });
});

describe('iterateChatsInApp', () => {
  it('walks the rooms of the given app with includeMembers', async () => {
    const items = await collect(repo.iterateChatsInApp(TARGET, { includeMembers: true }));
    expect(items).toEqual(rooms);
    expect(seen.map(({ path, offset }) => `${path}@${offset}`)).toEqual([
      `/v2/apps/${TARGET}/chats@0`,
      `/v2/apps/${TARGET}/chats@100`,
      `/v2/apps/${TARGET}/chats@200`,
    ]);
    expect(seen.every(({ query }) => query.includeMembers === 'true')).toBe(true);
  });
});

describe('iterateUserChats', () => {
  it('walks the rooms of a user of the configured app, by plain user id', async () => {
    const items = await collect(repo.iterateUserChats(`${APP_ID}_user-7`, { pageSize: 50 }));
    expect(items).toEqual(userRooms);
    expect(seen.map(({ offset }) => offset)).toEqual([0, 50, 100]);
    expect(new Set(seen.map(({ path }) => path))).toEqual(new Set([`/v2/apps/${APP_ID}/users/user-7/chats`]));
  });
});
