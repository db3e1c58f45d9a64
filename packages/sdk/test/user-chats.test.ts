import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UserChatList } from '../src/index.js';
import {
  APP_ID,
  expectRoute,
  expectServerAuth,
  onlyExchange,
  repositoryOnPrism,
} from './repository-harness.js';

describe('getUserChats', () => {
  it("lists a user's rooms in the configured app with members", async () => {
    const { repo, fetch } = repositoryOnPrism();
    const list = await repo.getUserChats(`${APP_ID}_user-1`, { includeMembers: true, limit: 20, offset: 40 });
    expectTypeOf(list).toEqualTypeOf<UserChatList>();
    expect(list.chats[0]?.members?.[0]?.xmppUsername).toBe(`${APP_ID}_user-1`);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${APP_ID}/users/user-1/chats`);
    await expectServerAuth(exchange);
    expect(Object.fromEntries(exchange.url.searchParams)).toEqual({
      includeMembers: 'true',
      limit: '20',
      offset: '40',
    });
  });

  it('sends no query string without options', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.getUserChats('user-1');
    expect(fetch.last().url.search).toBe('');
  });
});
