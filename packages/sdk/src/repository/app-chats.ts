import type { components, operations, UserChatList } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import {
  type ChatRoomResult,
  type CreateChatRoomData,
  newRoom,
  roomUpdate,
  roomUpdateTarget,
  type UndocumentedResult,
} from './chats.js';
import { call, type RepositoryContext } from './context.js';
import { roomPageChecks } from './page-query-checks.js';
import { pickOptions } from './pick-options.js';
import { chatShortName, plainId } from './wire-names.js';

/** Query of `listChatsInApp`: page (`limit` 1–500, `offset`) and `includeMembers`. */
export type ListChatsInAppQuery = NonNullable<operations['listChatsInApp']['parameters']['query']>;
/** Query of `getUserChatsInApp`: page (`limit` 1–500, `offset`) and `includeMembers`. */
export type UserChatsInAppQuery = NonNullable<operations['listUserChatsInApp']['parameters']['query']>;
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
  /** Sets a room's title and/or description, the only fields sent (`PATCH /v2/apps/{appId}/chats/{chatName}`). */
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
      appId = appIdOf('appId', appId);
      const body = newRoom(appId, plainId(appId, 'chatId', chatId), roomData);
      return call(ctx.client.POST('/v2/apps/{appId}/chats', { params: { path: { appId } }, body }));
    },

    async listChatsInApp(appId: string, query?: ListChatsInAppQuery): Promise<UndocumentedResult> {
      appId = appIdOf('appId', appId);
      const picked = pickOptions<ListChatsInAppQuery>('query', query, roomPageChecks);
      return call(ctx.client.GET('/v2/apps/{appId}/chats', { params: { path: { appId }, query: picked } }));
    },

    async deleteChatRoomInApp(appId: string, chatId: string): Promise<UndocumentedResult> {
      appId = appIdOf('appId', appId);
      const name = chatShortName(appId, chatId);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/chats', { params: { path: { appId } }, body: { name } }),
      );
    },

    async getUserChatsInApp(
      appId: string,
      userId: string,
      query?: UserChatsInAppQuery,
    ): Promise<UserChatList> {
      appId = appIdOf('appId', appId);
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
      appId = appIdOf('appId', appId);
      const chatName = roomUpdateTarget(appId, chatId);
      const body = roomUpdate('patch', patch);
      return call(
        ctx.client.PATCH('/v2/apps/{appId}/chats/{chatName}', {
          params: { path: { appId, chatName } },
          body,
        }),
      );
    },
  };
}
