import { describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraValidationError } from '../src/index.js';
import { newUser, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';
const many = (count: number) => Array.from({ length: count }, (_, index) => `user-${index}`);

// Each case: a call with one bad argument, the argument the error must name, and the rule it must cite.
const cases: [string, (repo: ChatRepository) => Promise<unknown>, string, string][] = [
  ['appId that is not 24-hex', (repo) => repo.getApp('my-app'), 'appId', 'app-id'],
  ['appId with whitespace', (repo) => repo.deleteApp(' 6650aaaabbbbccccddddeeee'), 'appId', 'no-whitespace'],
  ['appId of the wrong type', (repo) => repo.listAppTokens(42 as never), 'appId', 'type'],
  ['limit above 500', (repo) => repo.listApps({ limit: 501 }), 'query.limit', 'range'],
  ['negative offset', (repo) => repo.listChatsInApp(TARGET, { offset: -1 }), 'query.offset', 'range'],
  ['unknown sort order', (repo) => repo.listApps({ order: 'up' as never }), 'query.order', 'one-of'],
  ['blank displayName', (repo) => repo.createApp({ displayName: '   ' }), 'input.displayName', 'non-empty'],
  [
    '21 provisioned rooms',
    (repo) => repo.provisionApp(TARGET, { rooms: many(21).map((title) => ({ title })) }),
    'input.rooms',
    'max-items',
  ],
  ['tokenId with a slash', (repo) => repo.revokeAppToken(TARGET, 'a/b'), 'tokenId', 'plain-id'],
  ['empty token label', (repo) => repo.createAppToken(TARGET, { label: '' }), 'options.label', 'non-empty'],
  ['empty bot patch', (repo) => repo.updateAppBot(TARGET, {}), 'patch', 'non-empty'],
  [
    'unknown bot trigger',
    (repo) => repo.updateAppBot(TARGET, { trigger: 'always' as never }),
    'patch.trigger',
    'one-of',
  ],
  [
    'broadcast without target',
    (repo) => repo.broadcastToAppChats(TARGET, { text: 'hi' } as never),
    'input',
    'exactly-one',
  ],
  [
    'broadcast with two targets',
    (repo) => repo.broadcastToAppChats(TARGET, { text: 'hi', allRooms: true, chatIds: ['a'] } as never),
    'input',
    'exactly-one',
  ],
  [
    'broadcast with blank text',
    (repo) => repo.broadcastToAppChats(TARGET, { text: ' ', allRooms: true }),
    'input.text',
    'non-empty',
  ],
  [
    'broadcast to an empty chat list',
    (repo) => repo.broadcastToAppChats(TARGET, { text: 'hi', chatIds: [] }),
    'input.chatIds',
    'min-items',
  ],
  ['no users to create', (repo) => repo.createUsersInApp(TARGET, []), 'users', 'min-items'],
  [
    '101 users to create',
    (repo) => repo.createUsersInApp(TARGET, many(101).map(newUser)),
    'users',
    'max-items',
  ],
  [
    'user with a one-letter last name',
    (repo) => repo.createUsersInApp(TARGET, [{ ...newUser('u'), lastName: 'L' }]),
    'users[0].lastName',
    'min-length',
  ],
  [
    'user with a bad e-mail',
    (repo) => repo.createUsersInApp(TARGET, [{ ...newUser('u'), email: 'nope' }]),
    'users[0].email',
    'email',
  ],
  [
    'same uuid twice, once prefixed',
    (repo) => repo.createUsersInApp(TARGET, [newUser('u'), newUser(`${TARGET}_u`)]),
    'users[1].uuid',
    'duplicate',
  ],
  ['job id with whitespace', (repo) => repo.getUsersBatchJob('job 1'), 'jobId', 'no-whitespace'],
  [
    'bad appId of a batch job',
    (repo) => repo.getUsersBatchJob('job-1', { appId: 'x' }),
    'options.appId',
    'app-id',
  ],
  ['101 users to delete', (repo) => repo.deleteUsersInApp(TARGET, many(101)), 'userIds', 'max-items'],
  [
    'a JID where a user id is expected',
    (repo) => repo.deleteUsersInApp(TARGET, ['u@xmpp.example.com']),
    'userIds[0]',
    'plain-id',
  ],
  ['empty chat id', (repo) => repo.createChatRoomInApp(TARGET, ''), 'chatId', 'non-empty'],
  ['chat id with a slash', (repo) => repo.deleteChatRoomInApp(TARGET, 'a/b'), 'chatId', 'plain-id'],
  [
    'no members to grant',
    (repo) => repo.grantUserAccessToChatRoomInApp(TARGET, 'ws', []),
    'userIds',
    'min-items',
  ],
  [
    '101 members to remove',
    (repo) => repo.removeUserAccessFromChatRoomInApp(TARGET, 'ws', many(101)),
    'userIds',
    'max-items',
  ],
  [
    'user id that is only the app prefix',
    (repo) => repo.getUserChatsInApp(TARGET, `${TARGET}_`),
    'userId',
    'non-empty',
  ],
  [
    'includeMembers as a string',
    (repo) => repo.getUserChatsInApp(TARGET, 'u', { includeMembers: 'yes' as never }),
    'query.includeMembers',
    'type',
  ],
  ['room patch without fields', (repo) => repo.updateChatRoomInApp(TARGET, 'ws', {}), 'patch', 'non-empty'],
];

describe('tenant-admin methods reject bad input before sending anything', () => {
  it.each(cases)('%s', async (_name, run, argument, rule) => {
    const { repo, fetch } = repositoryOnPrism();
    const error = await run(repo).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EthoraValidationError);
    expect(error).toMatchObject({ argument, rule });
    expect((error as Error).message).toContain(argument);
    expect(fetch.exchanges).toHaveLength(0);
  });
});
