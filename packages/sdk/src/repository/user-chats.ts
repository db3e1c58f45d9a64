import type { operations, UserChatList } from '@ethora/client';
import { assertLimit, assertOffset } from '../validation/assert-number.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { fail } from '../validation/fail.js';
import { call, type RepositoryContext } from './context.js';
import { plainId } from './wire-names.js';

type UserChatsQueryWire = NonNullable<operations['listUserChatsInApp']['parameters']['query']>;

/** Paging and detail of `getUserChats`. */
export interface GetUserChatsQuery {
  /** Page size, 1 to 500. */
  limit?: UserChatsQueryWire['limit'] | undefined;
  /** Rooms to skip, 0 or more. */
  offset?: UserChatsQueryWire['offset'] | undefined;
  /** Include each room's members. */
  includeMembers?: UserChatsQueryWire['includeMembers'] | undefined;
}

/** A user's rooms in the app of the configured credentials. */
export interface UserChatMethods {
  /** Lists the rooms the user `userId` (plain uuid) belongs to, in the configured app. */
  getUserChats(userId: string, query?: GetUserChatsQuery): Promise<UserChatList>;
}

/** Validates `getUserChats`-style paging (`limit`, `offset`, `includeMembers`) and returns the wire query. */
function userChatsQuery(query: unknown): UserChatsQueryWire {
  if (query === undefined) return {};
  assertPlainObject('query', query);
  const { limit, offset, includeMembers } = query;
  assertLimit('query.limit', limit);
  assertOffset('query.offset', offset);
  if (includeMembers !== undefined && typeof includeMembers !== 'boolean') {
    fail('query.includeMembers', 'type', 'expected a boolean', includeMembers);
  }
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(includeMembers !== undefined ? { includeMembers } : {}),
  };
}

/** Builds the {@link UserChatMethods} of a repository. */
export function createUserChatMethods(ctx: RepositoryContext): UserChatMethods {
  const { client, config } = ctx;
  const { appId } = config;
  return {
    async getUserChats(userId, query) {
      const path = { appId, userId: plainId(appId, 'userId', userId) };
      const wire = userChatsQuery(query);
      return call(client.GET('/v2/apps/{appId}/users/{userId}/chats', { params: { path, query: wire } }));
    },
  };
}
