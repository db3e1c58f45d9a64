import { describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraValidationError, type ValidationRule } from '../src/index.js';
import { APP_ID, repositoryOnPrism } from './repository-harness.js';

// Wrong types are what JavaScript callers and untyped JSON send; the casts let these reach the runtime checks.
const loose = (value: unknown) => value as never;
const many = (count: number) => Array.from({ length: count }, (_, i) => `user-${i}`);

type BadCall = [
  label: string,
  run: (repo: ChatRepository) => unknown,
  argument: string,
  rule: ValidationRule,
];

const badCalls: BadCall[] = [
  ['createChatName: empty chat id', (r) => r.createChatName(''), 'chatId', 'non-empty'],
  ['createChatName: full is not a boolean', (r) => r.createChatName('ws-1', loose('yes')), 'full', 'type'],
  [
    'createChatUserJwtToken: JID instead of a user id',
    (r) => r.createChatUserJwtToken('u1@xmpp.example.com'),
    'userId',
    'plain-id',
  ],
  [
    'createChatUserJwtToken: only the app prefix',
    (r) => r.createChatUserJwtToken(`${APP_ID}_`),
    'userId',
    'non-empty',
  ],
  ['createUser: whitespace in the id', (r) => r.createUser('user 1'), 'userId', 'no-whitespace'],
  ['createUser: number as id', (r) => r.createUser(loose(42)), 'userId', 'type'],
  ['createUser: userData is an array', (r) => r.createUser('u1', loose([])), 'userData', 'type'],
  [
    'createUser: malformed e-mail',
    (r) => r.createUser('u1', { email: 'not-an-email' }),
    'userData.email',
    'email',
  ],
  [
    'createUser: one-letter first name',
    (r) => r.createUser('u1', { firstName: 'A' }),
    'userData.firstName',
    'min-length',
  ],
  [
    'createUser: blank password',
    (r) => r.createUser('u1', { password: '   ' }),
    'userData.password',
    'non-empty',
  ],
  ['deleteUsers: empty list', (r) => r.deleteUsers([]), 'userIds', 'min-items'],
  ['deleteUsers: 101 ids', (r) => r.deleteUsers(many(101)), 'userIds', 'max-items'],
  ['deleteUsers: a string, not a list', (r) => r.deleteUsers(loose('u1')), 'userIds', 'type'],
  ['deleteUsers: repeated id', (r) => r.deleteUsers(['u1', 'u1']), 'userIds[1]', 'duplicate'],
  ['deleteUsers: id with a slash', (r) => r.deleteUsers(['u1', 'a/b']), 'userIds[1]', 'plain-id'],
  ['updateUsers: empty list', (r) => r.updateUsers([]), 'users', 'min-items'],
  [
    'updateUsers: 101 users',
    (r) => r.updateUsers(many(101).map((userId) => ({ userId }))),
    'users',
    'max-items',
  ],
  [
    'updateUsers: entry without a user',
    (r) => r.updateUsers([{ firstName: 'Ada' }]),
    'users[0].userId',
    'required',
  ],
  [
    'updateUsers: same user twice',
    (r) => r.updateUsers([{ userId: 'u1' }, { xmppUsername: `${APP_ID}_u1` }]),
    'users[1].xmppUsername',
    'duplicate',
  ],
  [
    'updateUsers: name of the wrong type',
    (r) => r.updateUsers([{ userId: 'u1', lastName: loose(7) }]),
    'users[0].lastName',
    'type',
  ],
  ['getUsers: limit above 500', (r) => r.getUsers({ limit: 501 }), 'query.limit', 'range'],
  ['getUsers: negative offset', (r) => r.getUsers({ offset: -1 }), 'query.offset', 'range'],
  ['getUsers: fractional limit', (r) => r.getUsers({ limit: 2.5 }), 'query.limit', 'integer'],
  ['getUsers: user id that is a JID', (r) => r.getUsers({ userId: 'u1@x.io' }), 'query.userId', 'plain-id'],
  [
    'getAppUserByXmppUsername: blank',
    (r) => r.getAppUserByXmppUsername(' '),
    'xmppUsername',
    'no-whitespace',
  ],
  ['createChatRoom: chat id with @', (r) => r.createChatRoom('ws@x.io'), 'chatId', 'plain-id'],
  [
    'createChatRoom: blank title',
    (r) => r.createChatRoom('ws-1', { title: ' ' }),
    'roomData.title',
    'non-empty',
  ],
  [
    'createChatRoom: member with whitespace',
    (r) => r.createChatRoom('ws-1', { members: ['a b'] }),
    'roomData.members[0]',
    'no-whitespace',
  ],
  ['deleteChatRoom: null chat id', (r) => r.deleteChatRoom(loose(null)), 'chatId', 'required'],
  ['deleteChatRoom: plain id with a slash', (r) => r.deleteChatRoom('ws/1'), 'chatId', 'plain-id'],
  ['updateChatRoom: nothing to change', (r) => r.updateChatRoom('ws-1', {}), 'updateData', 'non-empty'],
  [
    'updateChatRoom: title of the wrong type',
    (r) => r.updateChatRoom('ws-1', { title: loose(1) }),
    'updateData.title',
    'type',
  ],
  [
    'grantUserAccessToChatRoom: no users',
    (r) => r.grantUserAccessToChatRoom('ws-1', []),
    'userId',
    'min-items',
  ],
  [
    'grantUserAccessToChatRoom: 101 users',
    (r) => r.grantUserAccessToChatRoom('ws-1', many(101)),
    'userId',
    'max-items',
  ],
  [
    'grantUserAccessToChatRoom: user JID',
    (r) => r.grantUserAccessToChatRoom('ws-1', 'u1@xmpp.io'),
    'userId',
    'plain-id',
  ],
  [
    'grantUserAccessToChatRoom: empty chat id',
    (r) => r.grantUserAccessToChatRoom('', 'u1'),
    'chatId',
    'non-empty',
  ],
  [
    'removeUserAccessFromChatRoom: id in the list of the wrong type',
    (r) => r.removeUserAccessFromChatRoom('ws-1', loose(['u1', 2])),
    'userId[1]',
    'type',
  ],
  [
    'grantChatbotAccessToChatRoom: whitespace chat id',
    (r) => r.grantChatbotAccessToChatRoom('ws 1'),
    'chatId',
    'no-whitespace',
  ],
  [
    'getUserChats: prefixed id that is only the prefix',
    (r) => r.getUserChats(`${APP_ID}_`),
    'userId',
    'non-empty',
  ],
  [
    'getUserChats: includeMembers as a string',
    (r) => r.getUserChats('u1', { includeMembers: loose('true') }),
    'query.includeMembers',
    'type',
  ],
  ['getUserChats: limit 0', (r) => r.getUserChats('u1', { limit: 0 }), 'query.limit', 'range'],
];

describe('bad arguments are rejected before anything is sent', () => {
  it.each(badCalls)('%s', async (_label, run, argument, rule) => {
    const { repo, fetch } = repositoryOnPrism({ botJid: 'bot' });
    let caught: unknown;
    try {
      await run(repo);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EthoraValidationError);
    expect(caught).toMatchObject({ argument, rule });
    expect((caught as Error).message).toContain(argument);
    expect(fetch.exchanges.length).toBe(0);
  });
});
