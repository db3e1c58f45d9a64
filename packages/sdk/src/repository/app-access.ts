import type { UsersAccessResult } from '@ethora/client';
import { appIdOf } from '../identifiers/app-id.js';
import { accessRequest } from './access.js';
import { call, type RepositoryContext } from './context.js';

/** Tenant-admin methods that change who may enter a room of an explicit app. */
export interface AppAccessMethods {
  /** Lets 1–100 users into room `<appId>_<chatId>` (`POST /v2/apps/{appId}/chats/users-access`). */
  grantUserAccessToChatRoomInApp(
    appId: string,
    chatId: string,
    userIds: string | readonly string[],
  ): Promise<UsersAccessResult>;
  /** Takes 1–100 users out of room `<appId>_<chatId>` (`DELETE /v2/apps/{appId}/chats/users-access`). */
  removeUserAccessFromChatRoomInApp(
    appId: string,
    chatId: string,
    userIds: string | readonly string[],
  ): Promise<UsersAccessResult>;
}

/** Builds the {@link AppAccessMethods} of a repository. */
export function createAppAccessMethods(ctx: RepositoryContext): AppAccessMethods {
  // Granting and removing differ only in the HTTP method: same route, same body, names scoped to `appId`.
  const changeAccess = (method: 'POST' | 'DELETE', rawAppId: unknown, chatId: unknown, userIds: unknown) => {
    const appId = appIdOf('appId', rawAppId);
    const request = { params: { path: { appId } }, body: accessRequest(appId, chatId, userIds, 'userIds') };
    const route = '/v2/apps/{appId}/chats/users-access';
    return call(method === 'POST' ? ctx.client.POST(route, request) : ctx.client.DELETE(route, request));
  };
  return {
    grantUserAccessToChatRoomInApp: async (appId, chatId, userIds) =>
      changeAccess('POST', appId, chatId, userIds),
    removeUserAccessFromChatRoomInApp: async (appId, chatId, userIds) =>
      changeAccess('DELETE', appId, chatId, userIds),
  };
}
