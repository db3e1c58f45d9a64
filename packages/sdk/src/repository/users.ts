import type { components, JobReceipt, operations, UpdateUsersResult, UserList } from '@ethora/client';
import { appScoped } from '../identifiers/app-scoped.js';
import { assertId } from '../validation/assert-id.js';
import { assertIdList, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { assertLimit, assertOffset } from '../validation/assert-number.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { call, type RepositoryContext } from './context.js';
import { type CreateUserData, newUserInput } from './new-user.js';
import { type NotFoundOutcome, softNotFound } from './soft-not-found.js';
import { type UserUpdate, userUpdateInputs } from './user-updates.js';
import { chatShortName, memberName, plainId } from './wire-names.js';

/** A plain `{ ok }` acknowledgement. */
export type OkResult = components['schemas']['OkResult'];
/** The answer of `getAppUserByXmppUsername`. */
export type AppUserResult = components['schemas']['V1AppUserResult'];
/** The API's own query of `GET /v2/chats/users`. */
type UsersQueryWire = NonNullable<operations['listUsers']['parameters']['query']>;

/** Filters and paging of `getUsers`; with none, every user of the app is listed. */
export interface GetUsersQuery {
  /** A room's chat id, short name `<appId>_<chatId>` or JID (members of the room), or a 1:1 name `A-B`. */
  chatName?: UsersQueryWire['chatName'] | undefined;
  /** One user's XMPP username `<appId>_<userId>`; a plain userId is accepted and prefixed. */
  xmppUsername?: UsersQueryWire['xmppUsername'] | undefined;
  /** One user's plain userId or database `_id`. */
  userId?: UsersQueryWire['userId'] | undefined;
  /** Page size, 1 to 500. */
  limit?: UsersQueryWire['limit'] | undefined;
  /** Users to skip, 0 or more. */
  offset?: UsersQueryWire['offset'] | undefined;
}

/** User management in the app of the configured credentials. */
export interface UserMethods {
  /**
   * Queues the creation of one user whose uuid is `userId` (its XMPP username becomes `<appId>_<userId>`) and
   * returns the job receipt: the user exists once the job completes (`waitForUsersBatchJob(jobId)`), and an
   * existing user shows up there as `exists`, not as an error. See {@link CreateUserData} for the defaults.
   * As in the previous SDK, `userId` wins over a `userData.uuid` (which is not sent; a warning is logged).
   */
  createUser(userId: string, userData?: CreateUserData): Promise<JobReceipt>;
  /**
   * Deletes up to 100 users by their plain userIds. When the API answers 422 "not found" this resolves to
   * `{ ok: false, reason: 'Users not found' }` instead of throwing; every other failure throws.
   */
  deleteUsers(userIds: readonly string[]): Promise<OkResult | NotFoundOutcome>;
  /** Sets names, usernames or avatars of 1 to 100 users; each gets an outcome (`updated`, `not-found`, `skipped`). */
  updateUsers(users: readonly UserUpdate[]): Promise<UpdateUsersResult>;
  /** Lists users of the app, of one room (`chatName`), or finds one (`xmppUsername`, `userId`). */
  getUsers(query?: GetUsersQuery): Promise<UserList>;
  /** Fetches one user by XMPP username (`<appId>_<userId>`; a plain userId is prefixed). */
  getAppUserByXmppUsername(xmppUsername: string): Promise<AppUserResult>;
}

/** Validates a `getUsers` query and builds its wire form (`chatName`, `xmppUsername` and `userId` normalised). */
export function usersQuery(appId: string, query: unknown): UsersQueryWire {
  if (query === undefined) return {};
  assertPlainObject('query', query);
  const { chatName, xmppUsername, userId, limit, offset } = query;
  assertLimit('query.limit', limit);
  assertOffset('query.offset', offset);
  const wire: UsersQueryWire = {};
  if (chatName !== undefined) wire.chatName = chatShortName(appId, chatName, 'query.chatName');
  if (xmppUsername !== undefined) wire.xmppUsername = memberName(appId, 'query.xmppUsername', xmppUsername);
  if (userId !== undefined) wire.userId = plainId(appId, 'query.userId', userId);
  if (limit !== undefined) wire.limit = limit;
  if (offset !== undefined) wire.offset = offset;
  return wire;
}

/** Builds the {@link UserMethods} of a repository. */
export function createUserMethods(ctx: RepositoryContext): UserMethods {
  const { client, config } = ctx;
  const { appId } = config;
  return {
    async createUser(userId, userData) {
      const uuid = plainId(appId, 'userId', userId);
      const user = await newUserInput(appId, uuid, userData, ctx.warn);
      return call(
        client.POST('/v2/users/batch', { body: { bypassEmailConfirmation: true, usersList: [user] } }),
      );
    },

    async deleteUsers(userIds) {
      const listed = assertIdList('userIds', userIds, { max: MAX_BATCH_SIZE });
      // `u1` and `<appId>_u1` are the same user: send it once.
      const ids = [...new Set(listed.map((id, index) => plainId(appId, `userIds[${index}]`, id)))];
      return softNotFound(
        'Users not found',
        call(client.DELETE('/v1/users/batch', { body: { usersIdList: ids } })),
      );
    },

    async updateUsers(users) {
      const body = { users: userUpdateInputs(appId, users) };
      return call(client.PATCH('/v2/chats/users', { body }));
    },

    async getUsers(query) {
      const wire = usersQuery(appId, query);
      return call(client.GET('/v2/chats/users', { params: { query: wire } }));
    },

    async getAppUserByXmppUsername(xmppUsername) {
      assertId('xmppUsername', xmppUsername);
      // A name with `@` or `/` is looked up as given (the path segment is encoded); a plain one is app-scoped.
      const name = /[@/]/.test(xmppUsername) ? xmppUsername : appScoped(appId, xmppUsername);
      return call(client.GET('/v1/apps/users/{xmppUsername}', { params: { path: { xmppUsername: name } } }));
    },
  };
}
