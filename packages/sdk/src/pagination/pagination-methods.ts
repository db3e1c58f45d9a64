import type { components } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { pickListAppsQuery } from '../repository/apps.js';
import { call, type RepositoryContext } from '../repository/context.js';
import { type GetUsersQuery, usersQuery } from '../repository/users.js';
import { plainId } from '../repository/wire-names.js';
import { assertOptionalBoolean } from '../validation/assert-choice.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { fail } from '../validation/fail.js';
import {
  type PaginationOptions,
  type PagingSettings,
  pageItems,
  paginate,
  pagingSettings,
} from './paginate.js';

/** Filters of `iterateUsers` (those of `getUsers` without the page) plus paging options. */
export type IterateUsersOptions = Omit<GetUsersQuery, 'limit' | 'offset'> & PaginationOptions;
/** Sort order of `iterateApps` plus paging options. */
export interface IterateAppsOptions extends PaginationOptions {
  /** Sort direction. */
  order?: 'asc' | 'desc' | undefined;
  /** Sort key. */
  orderBy?: 'displayName' | 'createdAt' | undefined;
}
/** Options of `iterateChatsInApp` and `iterateUserChats`. */
export interface IterateChatsOptions extends PaginationOptions {
  /** Include each room's members. */
  includeMembers?: boolean | undefined;
}
/** A room as listed by `iterateChatsInApp` (the list body is not documented, so fields are open). */
export type ListedChat = components['schemas']['UserChat'];

const PAGING_KEYS = ['pageSize', 'offset', 'signal'] as const;

/** Auto-pagination: `for await (const user of repo.iterateUsers())` walks every page. */
export interface PaginationMethods {
  /** Yields every user of the app (or of a room with `chatName`), `pageSize` per request (`GET /v2/chats/users`). */
  iterateUsers(options?: IterateUsersOptions): AsyncGenerator<components['schemas']['User'], void, undefined>;
  /** Yields every app the server credential may manage, `pageSize` per request (`GET /v2/apps`). */
  iterateApps(options?: IterateAppsOptions): AsyncGenerator<components['schemas']['App'], void, undefined>;
  /** Yields every room of an app, `pageSize` per request (`GET /v2/apps/{appId}/chats`, list under `chats`). */
  iterateChatsInApp(
    appId: string,
    options?: IterateChatsOptions,
  ): AsyncGenerator<ListedChat, void, undefined>;
  /** Yields every room a user of the configured app belongs to (`GET /v2/apps/{appId}/users/{userId}/chats`). */
  iterateUserChats(
    userId: string,
    options?: IterateChatsOptions,
  ): AsyncGenerator<components['schemas']['UserChat'], void, undefined>;
}

/** Builds the {@link PaginationMethods} of a repository. */
export function createPaginationMethods(ctx: RepositoryContext): PaginationMethods {
  const { client, config } = ctx;
  return {
    iterateUsers(
      options?: IterateUsersOptions,
    ): AsyncGenerator<components['schemas']['User'], void, undefined> {
      const { filters, paging } = splitOptions('options', options, ['chatName', 'xmppUsername', 'userId']);
      const query = usersQuery(config.appId, filters);
      const operation = '/v2/chats/users';
      return paginate(operation, paging, async ({ limit, offset, signal }) => {
        const body = await call(
          client.GET(operation, { params: { query: { ...query, limit, offset } }, signal }),
        );
        return pageItems(operation, body, 'results');
      });
    },

    iterateApps(options?: IterateAppsOptions): AsyncGenerator<components['schemas']['App'], void, undefined> {
      const { filters, paging } = splitOptions('options', options, ['order', 'orderBy']);
      const query = pickListAppsQuery('options', filters);
      const operation = '/v2/apps';
      return paginate(operation, paging, async ({ limit, offset, signal }) => {
        const body = await call(
          client.GET(operation, { params: { query: { ...query, limit, offset } }, signal }),
        );
        return pageItems(operation, body, 'apps');
      });
    },

    iterateChatsInApp(
      appId: string,
      options?: IterateChatsOptions,
    ): AsyncGenerator<ListedChat, void, undefined> {
      appId = appIdOf('appId', appId);
      const { includeMembers, paging } = chatOptions(options);
      const operation = '/v2/apps/{appId}/chats';
      return paginate(operation, paging, async ({ limit, offset, signal }) => {
        const query = { limit, offset, ...(includeMembers === undefined ? {} : { includeMembers }) };
        const body = await call(client.GET(operation, { params: { path: { appId }, query }, signal }));
        return pageItems(operation, body, 'chats');
      });
    },

    iterateUserChats(
      userId: string,
      options?: IterateChatsOptions,
    ): AsyncGenerator<components['schemas']['UserChat'], void, undefined> {
      const { appId } = config;
      const plainUserId = plainId(appId, 'userId', userId);
      const { includeMembers, paging } = chatOptions(options);
      const operation = '/v2/apps/{appId}/users/{userId}/chats';
      return paginate(operation, paging, async ({ limit, offset, signal }) => {
        const query = { limit, offset, ...(includeMembers === undefined ? {} : { includeMembers }) };
        const path = { appId, userId: plainUserId };
        const body = await call(client.GET(operation, { params: { path, query }, signal }));
        return pageItems(operation, body, 'chats');
      });
    },
  };
}

// Validated before the iterator is returned, so bad options throw at the call, not at the first `next()`.
function splitOptions(
  argument: string,
  options: unknown,
  filterKeys: readonly string[],
): { filters: Record<string, unknown> | undefined; paging: PagingSettings } {
  if (options === undefined) return { filters: undefined, paging: pagingSettings(argument, {}) };
  assertPlainObject(argument, options);
  if (options.limit !== undefined) {
    fail(
      `${argument}.limit`,
      'type',
      'is set by the iterator; use pageSize for the page size',
      options.limit,
    );
  }
  const paging = pagingSettings(argument, options);
  const filters = Object.fromEntries(
    Object.entries(options).filter(
      ([key]) => filterKeys.includes(key) && !PAGING_KEYS.includes(key as never),
    ),
  );
  return { filters, paging };
}

function chatOptions(options: unknown): { includeMembers: boolean | undefined; paging: PagingSettings } {
  const { filters, paging } = splitOptions('options', options, ['includeMembers']);
  const includeMembers = filters?.includeMembers;
  assertOptionalBoolean('options.includeMembers', includeMembers);
  return { includeMembers, paging };
}
