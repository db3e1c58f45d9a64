import { EthoraUnprocessableEntityError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UsersAccessResult } from '../src/index.js';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

describe('grantUserAccessToChatRoomInApp', () => {
  it('posts the room short name and members prefixed once with the given app id', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.grantUserAccessToChatRoomInApp(TARGET, 'ws-42', ['user-1', `${TARGET}_user-2`]);
    expectTypeOf(result).toEqualTypeOf<UsersAccessResult>();
    expect(result).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/chats/users-access`);
    expect(exchange.body).toEqual({
      chatName: `${TARGET}_ws-42`,
      members: [`${TARGET}_user-1`, `${TARGET}_user-2`],
    });
    await expectServerAuth(exchange);
  });

  it('takes a single user id and a room JID', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.grantUserAccessToChatRoomInApp(
      TARGET,
      `${TARGET}_ws-42@conference.xmpp.chat.ethora.com`,
      'user-1',
    );
    expect(onlyExchange(fetch).body).toEqual({ chatName: `${TARGET}_ws-42`, members: [`${TARGET}_user-1`] });
  });

  it('sends a user named with and without the app prefix once, and takes a readonly list', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const userIds: readonly string[] = ['user-1', `${TARGET}_user-1`, 'user-2'];
    await repo.grantUserAccessToChatRoomInApp(TARGET, 'ws-42', userIds);
    expect(onlyExchange(fetch).body).toEqual({
      chatName: `${TARGET}_ws-42`,
      members: [`${TARGET}_user-1`, `${TARGET}_user-2`],
    });
  });

  it('maps the 422 "not found" answer to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.grantUserAccessToChatRoomInApp(TARGET, 'ws-42', 'user-1')).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});

describe('removeUserAccessFromChatRoomInApp', () => {
  it('sends the same body with DELETE', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.removeUserAccessFromChatRoomInApp(TARGET, 'ws-42', ['user-1']);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', `/v2/apps/${TARGET}/chats/users-access`);
    expect(exchange.body).toEqual({ chatName: `${TARGET}_ws-42`, members: [`${TARGET}_user-1`] });
    await expectServerAuth(exchange);
  });

  it('maps 422 to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.removeUserAccessFromChatRoomInApp(TARGET, 'ws-42', 'user-1')).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});
