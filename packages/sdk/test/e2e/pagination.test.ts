import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatRepository, User } from '../../src/index.js';
import { countingFetch, type FreshApp, freshApp, userIds } from './harness.js';

const fetch = countingFetch();
const ids = userIds(1000);
let app: FreshApp;
let repo: ChatRepository;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

beforeAll(async () => {
  app = await freshApp({ fetch });
  repo = app.repo;
  // One batch at a time, so that the users are created (and listed) in the order of `ids`.
  await repo.setupWorkspaceChat({ chatId: 'everyone', users: ids, concurrency: 1 });
  for (let index = 0; index < 130; index++)
    await repo.createChatRoom(`room-${String(index).padStart(3, '0')}`);
  for (let index = 0; index < 45; index++)
    await repo.grantUserAccessToChatRoom(`room-${String(index).padStart(3, '0')}`, ids[0]!);
}, 120_000);

describe('the paginators against the emulator', () => {
  it('walk 1,000 users in pages of 100, each once, in creation order, one request per page', async () => {
    fetch.counts.clear();
    const users = await collect<User>(repo.iterateUsers({ pageSize: 100 }));
    expect(users.map((user) => user.xmppUsername)).toEqual(ids.map((id) => `${app.appId}_${id}`));
    expect(fetch.counts.get('GET /v2/chats/users')).toBe(10);
  });

  it("walk a room's 1,000 members in pages of 300, and start at an offset", async () => {
    fetch.counts.clear();
    const members = await collect(repo.iterateUsers({ chatName: 'everyone', pageSize: 300 }));
    expect(new Set(members.map((user) => user.xmppUsername)).size).toBe(1000);
    expect(fetch.counts.get('GET /v2/chats/users')).toBe(4);
    const tail = await collect(repo.iterateUsers({ offset: 990, pageSize: 500 }));
    expect(tail.map((user) => user.xmppUsername)).toEqual(ids.slice(990).map((id) => `${app.appId}_${id}`));
  });

  it("walk an app's 131 rooms and a user's 46 rooms", async () => {
    fetch.counts.clear();
    const rooms = await collect(repo.iterateChatsInApp(app.appId, { pageSize: 50, includeMembers: false }));
    expect(rooms).toHaveLength(131);
    expect(new Set(rooms.map((room) => room.name)).size).toBe(131);
    expect(fetch.counts.get(`GET /v2/apps/${app.appId}/chats`)).toBe(3);
    const chats = await collect(repo.iterateUserChats(ids[0]!, { pageSize: 20 }));
    expect(chats.map((chat) => chat.name)).toEqual([
      `${app.appId}_everyone`,
      ...Array.from({ length: 45 }, (_, index) => `${app.appId}_room-${String(index).padStart(3, '0')}`),
    ]);
  });

  it('walk the apps the root credential manages', async () => {
    const apps = await collect(app.root.iterateApps({ pageSize: 3, orderBy: 'createdAt' }));
    const appIds = apps.map((entry) => entry._id);
    expect(new Set(appIds).size).toBe(appIds.length);
    expect(appIds).toContain(app.appId);
    expect(appIds[0]).toBe(app.root.config.appId);
  });
});
