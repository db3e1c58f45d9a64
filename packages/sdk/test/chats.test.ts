import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ChatRoomResult,
  EthoraUnprocessableEntityError,
  type NotFoundOutcome,
  type OkResult,
  type UndocumentedResult,
} from '../src/index.js';
import {
  APP_ID,
  expectRoute,
  expectServerAuth,
  onlyExchange,
  repositoryOnPrism,
} from './repository-harness.js';

describe('createChatRoom', () => {
  it('sends the default title and type with the plain chat id and returns the typed room', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const room = await repo.createChatRoom('ws-42');
    expectTypeOf(room).toEqualTypeOf<ChatRoomResult>();
    expect(room.result.name).toBe(`${APP_ID}_ws-42`);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', '/v2/chats');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ title: 'Chat Room ws-42', uuid: 'ws-42', type: 'group' });
  });

  it('lets roomData override the defaults, prefixes members once and strips a prefixed chat id', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createChatRoom(`${APP_ID}_ws-43`, {
      title: 'Workspace 43',
      type: 'public',
      description: '',
      picture: 'https://cdn.example.com/ws.png',
      members: ['user-1', `${APP_ID}_user-2`],
      uuid: 'ws-43',
      pinned: true,
    });
    expect(fetch.last().body).toEqual({
      title: 'Workspace 43',
      uuid: 'ws-43',
      type: 'public',
      description: '',
      picture: 'https://cdn.example.com/ws.png',
      members: [`${APP_ID}_user-1`, `${APP_ID}_user-2`],
      pinned: true,
    });
  });

  it('accepts a roomData.uuid that repeats the chat id as given, prefix included', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createChatRoom(`${APP_ID}_ws-44`, { uuid: `${APP_ID}_ws-44` });
    expect(onlyExchange(fetch).body).toEqual({ title: 'Chat Room ws-44', uuid: 'ws-44', type: 'group' });
  });

  it('marks a room that exists already with reason "already-exists", so nobody matches message text', async () => {
    // The spec's declared 422 for this route is the duplicate-room answer, without a code.
    const { repo } = repositoryOnPrism({}, 'code=422');
    const error = await repo.createChatRoom('ws-42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, code: undefined, reason: 'already-exists' });
  });

  it('creates a room with an empty initial member list, which the API allows', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createChatRoom('ws-45', { members: [] });
    expect(onlyExchange(fetch).body).toMatchObject({ uuid: 'ws-45', members: [] });
  });
});

describe('deleteChatRoom', () => {
  it('deletes the room by its short name', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.deleteChatRoom('ws-42');
    expectTypeOf(result).toEqualTypeOf<OkResult | NotFoundOutcome>();
    expect(result).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', '/v1/chats');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ name: `${APP_ID}_ws-42` });
  });

  it('takes a room JID as its short name, never prefixing it again', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.deleteChatRoom(`${APP_ID}_ws-42@conference.xmpp.chat.ethora.com`);
    expect(fetch.last().body).toEqual({ name: `${APP_ID}_ws-42` });
  });

  it('resolves to { ok: false, reason } when the API answers its 422 "not found"', async () => {
    const { repo, fetch } = repositoryOnPrism({}, 'code=422');
    await expect(repo.deleteChatRoom('ws-42')).resolves.toEqual({ ok: false, reason: 'Chat room not found' });
    expect(fetch.exchanges).toHaveLength(1);
  });
});

describe('updateChatRoom', () => {
  it('patches the room of the configured app by its short name', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.updateChatRoom('ws-42', { title: 'Workspace 42 (archived)', description: '' });
    expectTypeOf(result).toEqualTypeOf<UndocumentedResult>();
    expect(result).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'PATCH', `/v2/apps/${APP_ID}/chats/${APP_ID}_ws-42`);
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ title: 'Workspace 42 (archived)', description: '' });
  });

  it('passes a full room JID through as the path segment', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.updateChatRoom(`${APP_ID}_ws-42@conference.xmpp.chat.ethora.com`, {
      description: 'Read-only',
    });
    expectRoute(
      fetch.last(),
      'PATCH',
      `/v2/apps/${APP_ID}/chats/${APP_ID}_ws-42%40conference.xmpp.chat.ethora.com`,
    );
    expect(fetch.last().body).toEqual({ description: 'Read-only' });
  });
});
