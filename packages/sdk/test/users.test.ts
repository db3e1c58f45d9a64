import { describe, expect, expectTypeOf, it } from 'vitest';
import type { JobReceipt, NotFoundOutcome, OkResult, UpdateUsersResult, UserList } from '../src/index.js';
import {
  APP_ID,
  expectRoute,
  expectServerAuth,
  onlyExchange,
  repositoryOnPrism,
} from './repository-harness.js';

describe('createUser', () => {
  it('queues one user with the previous SDK defaults and returns the typed job receipt', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const receipt = await repo.createUser('user-1');
    expectTypeOf(receipt).toEqualTypeOf<JobReceipt>();
    expect(receipt.jobId).toBe('6650d4e5f6a7b8c9d0e1f2a3');
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', '/v2/users/batch');
    await expectServerAuth(exchange);
    expect(exchange.status).toBe(202);
    expect(exchange.body).toEqual({
      bypassEmailConfirmation: true,
      usersList: [
        { uuid: 'user-1', email: `user-1@${APP_ID}.example.com`, firstName: 'User', lastName: 'User' },
      ],
    });
  });

  it('splits displayName, keeps extra fields and drops role and displayName', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUser(`${APP_ID}_user-2`, {
      displayName: 'Grace Brewster Hopper',
      role: 'admin',
      email: 'grace@example.com',
      password: 'correct-horse',
      profileImage: 'https://cdn.example.com/g.png',
      tags: ['navy'],
    });
    expect(fetch.last().body).toEqual({
      bypassEmailConfirmation: true,
      usersList: [
        {
          uuid: 'user-2',
          email: 'grace@example.com',
          firstName: 'Grace',
          lastName: 'Brewster Hopper',
          password: 'correct-horse',
          profileImage: 'https://cdn.example.com/g.png',
          tags: ['navy'],
        },
      ],
    });
  });

  it('replaces a last name shorter than two characters and hashes ids unfit for an e-mail', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUser('Ada:Lovelace', { firstName: 'Ada', lastName: 'L' });
    const [user] = (fetch.last().body as { usersList: Record<string, unknown>[] }).usersList;
    expect(user).toMatchObject({ uuid: 'Ada:Lovelace', firstName: 'Ada', lastName: 'User' });
    expect(user?.email).toMatch(new RegExp(`^user-[0-9a-f]{32}@${APP_ID}\\.example\\.com$`));
    expect(user).not.toHaveProperty('password');
  });

  it('treats a blank last name like a short one and a blank displayName like none', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUser('user-3', { firstName: 'Ada', lastName: ' ' });
    await repo.createUser('user-4', { displayName: '   ' });
    const users = fetch.exchanges.map(
      (e) => (e.body as { usersList: Record<string, unknown>[] }).usersList[0],
    );
    expect(users[0]).toMatchObject({ firstName: 'Ada', lastName: 'User' });
    expect(users[1]).toMatchObject({ firstName: 'User', lastName: 'User' });
  });

  it('accepts a userData.uuid that repeats the user id as given, prefix included', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUser(`${APP_ID}_user-5`, { uuid: `${APP_ID}_user-5`, firstName: 'Ada' });
    expect(onlyExchange(fetch).body).toMatchObject({ usersList: [{ uuid: 'user-5', firstName: 'Ada' }] });
  });

  it('gives the same placeholder e-mail on every call, so a retried creation is the same user', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUser('Ada:Lovelace');
    await repo.createUser('Ada:Lovelace');
    const emails = fetch.exchanges.map(
      (e) => (e.body as { usersList: { email: string }[] }).usersList[0]?.email,
    );
    expect(emails[0]).toBe(emails[1]);
  });
});

describe('deleteUsers', () => {
  it('deletes plain ids, stripping an app prefix and sending each user once', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.deleteUsers(['user-1', `${APP_ID}_user-2`, `${APP_ID}_user-1`]);
    expectTypeOf(result).toEqualTypeOf<OkResult | NotFoundOutcome>();
    expect(result).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', '/v1/users/batch');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ usersIdList: ['user-1', 'user-2'] });
  });

  it('resolves to { ok: false } when the API answers its 422 "not found"', async () => {
    const { repo, fetch } = repositoryOnPrism({}, 'code=422');
    await expect(repo.deleteUsers(['user-1'])).resolves.toEqual({ ok: false, reason: 'Users not found' });
    expect(fetch.exchanges).toHaveLength(1);
  });
});

describe('updateUsers', () => {
  it('prefixes plain ids once, keeps only updatable non-empty fields and returns typed outcomes', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.updateUsers([
      { xmppUsername: `${APP_ID}_user-1`, firstName: 'Ada', lastName: 'King', email: 'x@example.com' },
      { userId: 'user-9', profileImage: 'https://cdn.example.com/avatars/user-9.png', username: '' },
      { xmppUsername: 'user-3', description: 'dropped', token: 'dropped' },
    ]);
    expectTypeOf(result).toEqualTypeOf<UpdateUsersResult>();
    expect(result.results.map((r) => r.status)).toEqual(['updated', 'not-found']);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'PATCH', '/v2/chats/users');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({
      users: [
        { xmppUsername: `${APP_ID}_user-1`, firstName: 'Ada', lastName: 'King' },
        { xmppUsername: `${APP_ID}_user-9`, profileImage: 'https://cdn.example.com/avatars/user-9.png' },
        { xmppUsername: `${APP_ID}_user-3` },
      ],
    });
  });

  it('accepts exactly 100 users', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const users = Array.from({ length: 100 }, (_, i) => ({ userId: `u${i}`, firstName: 'Bulk' }));
    await repo.updateUsers(users);
    expect((fetch.last().body as { users: unknown[] }).users).toHaveLength(100);
  });
});

describe('getUsers', () => {
  it('lists every user of the app without a query string', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const list = await repo.getUsers();
    expectTypeOf(list).toEqualTypeOf<UserList>();
    expect(list.results[0]?.xmppUsername).toBe(`${APP_ID}_user-1`);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', '/v2/chats/users');
    expect(exchange.url.search).toBe('');
    await expectServerAuth(exchange);
  });

  it('scopes a chat id, prefixes a plain xmppUsername and passes paging through', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.getUsers({
      chatName: 'ws-42',
      xmppUsername: 'user-1',
      userId: 'user-1',
      limit: 500,
      offset: 0,
    });
    expect(Object.fromEntries(fetch.last().url.searchParams)).toEqual({
      chatName: `${APP_ID}_ws-42`,
      xmppUsername: `${APP_ID}_user-1`,
      userId: 'user-1',
      limit: '500',
      offset: '0',
    });
  });

  it('takes a room JID as its short name', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.getUsers({ chatName: `${APP_ID}_ws-42@conference.xmpp.chat.ethora.com` });
    expect(fetch.last().url.searchParams.get('chatName')).toBe(`${APP_ID}_ws-42`);
  });
});

describe('getAppUserByXmppUsername', () => {
  it('encodes the username as one path segment and returns the typed user', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const found = await repo.getAppUserByXmppUsername(`${APP_ID}_user+1@example`);
    expect(found.result.firstName).toBe('Ada');
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v1/apps/users/${APP_ID}_user%2B1%40example`);
    await expectServerAuth(exchange);
  });

  it('prefixes a plain user id', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.getAppUserByXmppUsername('user-1');
    expectRoute(fetch.last(), 'GET', `/v1/apps/users/${APP_ID}_user-1`);
  });
});
