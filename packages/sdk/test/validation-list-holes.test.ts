import { describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraValidationError } from '../src/index.js';
import { APP_ID, newUser, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

/** `items` with a hole at `index` (a sparse array, as `[, 'u1']` makes), not an `undefined` item. */
function withHole<T>(items: readonly T[], index: number): T[] {
  const list: T[] = [];
  list.length = items.length + 1;
  items.forEach((item, position) => {
    list[position < index ? position : position + 1] = item;
  });
  return list;
}

// Each list argument of each public method: how to call the method with a given list there, two valid items for
// it, and the argument name errors give the list.
type ListArgument = [
  method: keyof ChatRepository,
  call: (repo: ChatRepository, list: never[]) => unknown,
  items: readonly unknown[],
  argument: string,
];

const listArguments: ListArgument[] = [
  ['deleteUsers', (r, list) => r.deleteUsers(list), ['u1', 'u2'], 'userIds'],
  ['updateUsers', (r, list) => r.updateUsers(list), [{ userId: 'u1' }, { userId: 'u2' }], 'users'],
  [
    'createChatRoom',
    (r, list) => r.createChatRoom('ws-1', { members: list }),
    ['u1', 'u2'],
    'roomData.members',
  ],
  [
    'grantUserAccessToChatRoom',
    (r, list) => r.grantUserAccessToChatRoom('ws-1', list),
    ['u1', 'u2'],
    'userId',
  ],
  [
    'removeUserAccessFromChatRoom',
    (r, list) => r.removeUserAccessFromChatRoom('ws-1', list),
    ['u1', 'u2'],
    'userId',
  ],
  [
    'provisionApp',
    (r, list) => r.provisionApp(TARGET, { rooms: list }),
    [{ title: 'A' }, { title: 'B' }],
    'input.rooms',
  ],
  ['updateAppBot', (r, list) => r.updateAppBot(TARGET, { ragTags: list }), ['docs', 'faq'], 'patch.ragTags'],
  [
    'broadcastToAppChats',
    (r, list) => r.broadcastToAppChats(TARGET, { text: 'hi', chatIds: list }),
    ['c1', 'c2'],
    'input.chatIds',
  ],
  [
    'broadcastToAppChats',
    (r, list) => r.broadcastToAppChats(TARGET, { text: 'hi', chatNames: list }),
    ['c1', 'c2'],
    'input.chatNames',
  ],
  [
    'createUsersInApp',
    (r, list) => r.createUsersInApp(TARGET, list),
    [newUser('u1'), newUser('u2')],
    'users',
  ],
  [
    'createUsersInApp',
    (r, list) => r.createUsersInApp(TARGET, { usersList: list }),
    [newUser('u1'), newUser('u2')],
    'request.usersList',
  ],
  ['deleteUsersInApp', (r, list) => r.deleteUsersInApp(TARGET, list), ['u1', 'u2'], 'userIds'],
  [
    'createChatRoomInApp',
    (r, list) => r.createChatRoomInApp(TARGET, 'ws-1', { members: list }),
    ['u1', 'u2'],
    'roomData.members',
  ],
  [
    'grantUserAccessToChatRoomInApp',
    (r, list) => r.grantUserAccessToChatRoomInApp(TARGET, 'ws-1', list),
    ['u1', 'u2'],
    'userIds',
  ],
  [
    'removeUserAccessFromChatRoomInApp',
    (r, list) => r.removeUserAccessFromChatRoomInApp(TARGET, 'ws-1', list),
    ['u1', 'u2'],
    'userIds',
  ],
  [
    'setupWorkspaceChat',
    (r, list) => r.setupWorkspaceChat({ chatId: 'ws-1', users: list }),
    ['u1', 'u2'],
    'options.users',
  ],
  [
    'cleanupWorkspace',
    (r, list) => r.cleanupWorkspace({ chatId: 'ws-1', userIds: list }),
    ['u1', 'u2'],
    'options.userIds',
  ],
  [
    'waitForUsersBatchJob',
    (r, list) => r.waitForUsersBatchJob('job-1', { userIds: list, timeoutMs: 1 }),
    ['u1', 'u2'],
    'options.userIds',
  ],
];

// Every other method: none of its arguments is a list. A method added to the repository fails the
// completeness test below until it is placed in one table or the other.
const withoutLists: readonly (keyof ChatRepository)[] = [
  'serverToken',
  'createChatName',
  'createChatUserJwtToken',
  'createUser',
  'getUsers',
  'getAppUserByXmppUsername',
  'deleteChatRoom',
  'updateChatRoom',
  'grantChatbotAccessToChatRoom',
  'getUserChats',
  'listApps',
  'getApp',
  'createApp',
  'deleteApp',
  'listAppTokens',
  'createAppToken',
  'revokeAppToken',
  'rotateAppToken',
  'getAppBot',
  'getAppBroadcastJob',
  'getUsersBatchJob',
  'listChatsInApp',
  'deleteChatRoomInApp',
  'getUserChatsInApp',
  'updateChatRoomInApp',
  'iterateUsers',
  'iterateApps',
  'iterateChatsInApp',
  'iterateUserChats',
];

async function rejection(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('sparse lists: a hole is refused like undefined, in every list argument', () => {
  it('classifies every method of the repository', () => {
    const { repo } = repositoryOnPrism();
    const methods = Object.keys(repo).filter(
      (key) => typeof repo[key as keyof ChatRepository] === 'function',
    );
    const classified = new Set([...listArguments.map(([method]) => method), ...withoutLists]);
    expect([...classified].sort()).toEqual([...methods].sort());
  });

  const cases = listArguments.flatMap(([method, call, items, argument]) =>
    [0, 1, 2].map(
      (index) => [`${method}: ${argument} with a hole at ${index}`, call, items, argument, index] as const,
    ),
  );

  it.each(cases)('%s', async (_label, call, items, argument, index) => {
    const { repo, fetch } = repositoryOnPrism({ botJid: `${APP_ID}_bot` });
    const sparse = withHole(items, index);
    expect(index in sparse).toBe(false);
    const error = await rejection(() => call(repo, sparse as never[]));
    expect(error).toBeInstanceOf(EthoraValidationError);
    expect(error).toMatchObject({ argument: `${argument}[${index}]`, rule: 'required' });
    expect((error as Error).message).toContain(`${argument}[${index}]`);
    expect(fetch.exchanges).toHaveLength(0);
  });

  it.each(listArguments)(
    '%s: the same list without the hole is accepted by validation',
    async (_m, call, items) => {
      // Nothing here is about the server's answer; it only shows the items themselves were valid, so the hole is
      // what the cases above refuse.
      const { repo, fetch } = repositoryOnPrism({ botJid: `${APP_ID}_bot` });
      const error = await rejection(() => call(repo, [...items] as never[]));
      expect(error).not.toBeInstanceOf(EthoraValidationError);
      expect(fetch.exchanges.length).toBeGreaterThan(0);
    },
  );
});
