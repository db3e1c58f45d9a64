import { EthoraUnprocessableEntityError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ChatRoomResult, UserChatList } from '../src/index.js';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

describe('createChatRoomInApp', () => {
  it('creates the room with defaults and the given app prefix on members', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const room = await repo.createChatRoomInApp(TARGET, 'ws-42', { members: ['user-1', `${TARGET}_user-2`] });
    expectTypeOf(room).toEqualTypeOf<ChatRoomResult>();
    expect(room.result.name).toBe('65f1c2a9e4b0a1b2c3d4e5f6_ws-42');
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/chats`);
    expect(exchange.body).toEqual({
      title: 'Chat Room ws-42',
      uuid: 'ws-42',
      type: 'group',
      members: [`${TARGET}_user-1`, `${TARGET}_user-2`],
    });
    await expectServerAuth(exchange);
  });

  it('lets roomData override the defaults and strips a given-app prefix from the chat id', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createChatRoomInApp(TARGET, `${TARGET}_ws-43`, { title: 'Workspace 43', type: 'public' });
    expect(onlyExchange(fetch).body).toEqual({ title: 'Workspace 43', uuid: 'ws-43', type: 'public' });
  });

  it('maps the 422 "already exists" answer to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.createChatRoomInApp(TARGET, 'ws-42')).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});

describe('listChatsInApp', () => {
  it('sends page and includeMembers and returns the body', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const list = await repo.listChatsInApp(TARGET, { limit: 20, offset: 40, includeMembers: true });
    expect(list.chats).toEqual([
      { name: '65f1c2a9e4b0a1b2c3d4e5f6_ws-42', title: 'Workspace 42', type: 'group' },
    ]);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/chats`);
    expect(Object.fromEntries(exchange.url.searchParams)).toEqual({
      limit: '20',
      offset: '40',
      includeMembers: 'true',
    });
    await expectServerAuth(exchange);
  });
});

describe('deleteChatRoomInApp', () => {
  it('deletes the room by its short name with the given app prefix, once', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.deleteChatRoomInApp(TARGET, `${TARGET}_ws-42`);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', `/v2/apps/${TARGET}/chats`);
    expect(exchange.body).toEqual({ name: `${TARGET}_ws-42` });
    await expectServerAuth(exchange);
  });

  it('maps the 422 answer (assumed for a missing room) to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.deleteChatRoomInApp(TARGET, 'ws-42')).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});

describe('getUserChatsInApp', () => {
  it('lists the rooms of a user by plain uuid', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const chats = await repo.getUserChatsInApp(TARGET, `${TARGET}_user-1`, {
      includeMembers: false,
      limit: 10,
    });
    expectTypeOf(chats).toEqualTypeOf<UserChatList>();
    expect(chats.chats[0]?.members).toHaveLength(2);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/users/user-1/chats`);
    expect(Object.fromEntries(exchange.url.searchParams)).toEqual({ includeMembers: 'false', limit: '10' });
    await expectServerAuth(exchange);
  });
});

describe('updateChatRoomInApp', () => {
  it('patches the room by short name', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.updateChatRoomInApp(TARGET, 'ws-42', { title: 'Archived', description: '' });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'PATCH', `/v2/apps/${TARGET}/chats/${TARGET}_ws-42`);
    expect(exchange.body).toEqual({ title: 'Archived', description: '' });
    await expectServerAuth(exchange);
  });

  it('sends only the title and description, as updateChatRoom does', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const patch = { title: 'Archived', pinned: true, members: ['user-1'] };
    await repo.updateChatRoomInApp(TARGET, 'ws-42', patch);
    expect(onlyExchange(fetch).body).toEqual({ title: 'Archived' });
  });

  it('passes a full room JID through as the path segment', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const jid = `${TARGET}_ws-42@conference.xmpp.chat.ethora.com`;
    await repo.updateChatRoomInApp(TARGET, jid, { description: 'Read-only' });
    expect(decodeURIComponent(onlyExchange(fetch).url.pathname)).toBe(`/v2/apps/${TARGET}/chats/${jid}`);
  });

  it('maps 422 "not found" to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.updateChatRoomInApp(TARGET, 'ws-42', { title: 'x' })).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});
