import type { components, operations } from '@ethora/client';
import { assertAppId } from '../validation/assert-app-id.js';
import { assertId } from '../validation/assert-id.js';
import { assertPlainObject } from '../validation/assert-object.js';
import { assertString } from '../validation/assert-string.js';
import { fail } from '../validation/fail.js';
import { type ChatRoomResult, type CreateChatRoomData, newRoom, type UndocumentedResult } from './chats.js';
import { call, type RepositoryContext } from './context.js';
import { roomPageChecks } from './page-query-checks.js';
import { pickOptions } from './pick-options.js';
import { plainId, roomShortName } from './wire-names.js';

/** Query of `listChatsInApp`: page (`limit` 1–500, `offset`) and `includeMembers`. */
export type ListChatsInAppQuery = NonNullable<operations['listChatsInApp']['parameters']['query']>;
/** Query of `getUserChatsInApp`: page (`limit` 1–500, `offset`) and `includeMembers`. */
export type UserChatsInAppQuery = NonNullable<operations['getUserChatsInApp']['parameters']['query']>;
type UserChatList = components['schemas']['UserChatList'];
/** New title and/or description of a room. */
export type ChatRoomPatch = components['schemas']['UpdateChatRoomRequest'];

/** Tenant-admin methods on the rooms of an explicit app. */
export interface AppChatMethods {
  /** Creates room `<appId>_<chatId>` in an app (`POST /v2/apps/{appId}/chats`); 422 when it exists. */
  createChatRoomInApp(appId: string, chatId: string, roomData?: CreateChatRoomData): Promise<ChatRoomResult>;
  /** Lists one page of an app's rooms (`GET /v2/apps/{appId}/chats`; the body is undocumented, `{ chats }` in practice). */
  listChatsInApp(appId: string, query?: ListChatsInAppQuery): Promise<UndocumentedResult>;
  /** Deletes room `<appId>_<chatId>` of an app (`DELETE /v2/apps/{appId}/chats`). */
  deleteChatRoomInApp(appId: string, chatId: string): Promise<UndocumentedResult>;
  /** Lists one page of the rooms a user of an app belongs to (`GET /v2/apps/{appId}/users/{userId}/chats`). */
  getUserChatsInApp(appId: string, userId: string, query?: UserChatsInAppQuery): Promise<UserChatList>;
  /** Sets a room's title and/or description (`PATCH /v2/apps/{appId}/chats/{chatName}`). */
  updateChatRoomInApp(appId: string, chatId: string, patch: ChatRoomPatch): Promise<UndocumentedResult>;
}

/** Builds the {@link AppChatMethods} of a repository. */
export function createAppChatMethods(ctx: RepositoryContext): AppChatMethods {
  return {
    async createChatRoomInApp(
      appId: string,
      chatId: string,
      roomData?: CreateChatRoomData,
    ): Promise<ChatRoomResult> {
      assertAppId('appId', appId);
      const body = newRoom(appId, plainId(appId, 'chatId', chatId), roomData);
      return call(ctx.client.POST('/v2/apps/{appId}/chats', { params: { path: { appId } }, body }));
    },

    async listChatsInApp(appId: string, query?: ListChatsInAppQuery): Promise<UndocumentedResult> {
      assertAppId('appId', appId);
      const picked = pickOptions<ListChatsInAppQuery>('query', query, roomPageChecks);
      return call(ctx.client.GET('/v2/apps/{appId}/chats', { params: { path: { appId }, query: picked } }));
    },

    async deleteChatRoomInApp(appId: string, chatId: string): Promise<UndocumentedResult> {
      assertAppId('appId', appId);
      const name = roomShortName(appId, 'chatId', chatId);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/chats', { params: { path: { appId } }, body: { name } }),
      );
    },

    async getUserChatsInApp(
      appId: string,
      userId: string,
      query?: UserChatsInAppQuery,
    ): Promise<UserChatList> {
      assertAppId('appId', appId);
      const plainUserId = plainId(appId, 'userId', userId);
      const picked = pickOptions<UserChatsInAppQuery>('query', query, roomPageChecks);
      return call(
        ctx.client.GET('/v2/apps/{appId}/users/{userId}/chats', {
          params: { path: { appId, userId: plainUserId }, query: picked },
        }),
      );
    },

    async updateChatRoomInApp(
      appId: string,
      chatId: string,
      patch: ChatRoomPatch,
    ): Promise<UndocumentedResult> {
      assertAppId('appId', appId);
      const chatName = updateTarget(appId, chatId);
      const body = roomPatch('patch', patch);
      return call(
        ctx.client.PATCH('/v2/apps/{appId}/chats/{chatName}', {
          params: { path: { appId, chatName } },
          body,
        }),
      );
    },
  };
}

// The route takes the short name or a full room JID, which is passed through as is.
function updateTarget(appId: string, chatId: unknown): string {
  assertId('chatId', chatId);
  if (chatId.includes('@')) {
    roomShortName(appId, 'chatId', chatId);
    return chatId;
  }
  return roomShortName(appId, 'chatId', chatId);
}

function roomPatch(argument: string, patch: unknown): ChatRoomPatch {
  assertPlainObject(argument, patch);
  if (patch.title === undefined && patch.description === undefined) {
    fail(argument, 'non-empty', 'must set title or description', patch);
  }
  if (patch.title !== undefined) assertString(`${argument}.title`, patch.title);
  if (patch.description !== undefined && typeof patch.description !== 'string') {
    fail(`${argument}.description`, 'type', 'expected a string', patch.description);
  }
  return { ...patch } as ChatRoomPatch;
}
