import type { components } from '@ethora/client';
import { appScoped } from '../identifiers/app-scoped.js';
import { assertAppId } from '../validation/assert-app-id.js';
import { plainIdList } from './app-users.js';
import { call, type RepositoryContext } from './context.js';
import { roomShortName } from './wire-names.js';

/** Acknowledgement of an access change (`{ ok }` or member `results`, depending on the deployment). */
export type UsersAccessResult = components['schemas']['UsersAccessResult'];

/** Tenant-admin methods that change who may enter a room of an explicit app. */
export interface AppAccessMethods {
  /** Lets 1–100 users into room `<appId>_<chatId>` (`POST /v2/apps/{appId}/chats/users-access`). */
  grantUserAccessToChatRoomInApp(
    appId: string,
    chatId: string,
    userIds: string | string[],
  ): Promise<UsersAccessResult>;
  /** Takes 1–100 users out of room `<appId>_<chatId>` (`DELETE /v2/apps/{appId}/chats/users-access`). */
  removeUserAccessFromChatRoomInApp(
    appId: string,
    chatId: string,
    userIds: string | string[],
  ): Promise<UsersAccessResult>;
}

/** Builds the {@link AppAccessMethods} of a repository. */
export function createAppAccessMethods(ctx: RepositoryContext): AppAccessMethods {
  return {
    async grantUserAccessToChatRoomInApp(
      appId: string,
      chatId: string,
      userIds: string | string[],
    ): Promise<UsersAccessResult> {
      assertAppId('appId', appId);
      const body = accessBody(appId, chatId, userIds);
      return call(
        ctx.client.POST('/v2/apps/{appId}/chats/users-access', { params: { path: { appId } }, body }),
      );
    },

    async removeUserAccessFromChatRoomInApp(
      appId: string,
      chatId: string,
      userIds: string | string[],
    ): Promise<UsersAccessResult> {
      assertAppId('appId', appId);
      const body = accessBody(appId, chatId, userIds);
      return call(
        ctx.client.DELETE('/v2/apps/{appId}/chats/users-access', { params: { path: { appId } }, body }),
      );
    },
  };
}

function accessBody(
  appId: string,
  chatId: unknown,
  userIds: unknown,
): components['schemas']['UsersAccessRequest'] {
  const chatName = roomShortName(appId, 'chatId', chatId);
  const ids = plainIdList(appId, 'userIds', typeof userIds === 'string' ? [userIds] : userIds);
  return { chatName, members: ids.map((id) => appScoped(appId, id)) };
}
