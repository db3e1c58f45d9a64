import type { components } from '@ethora/client';
import { appScoped } from '../identifiers/app-scoped.js';
import { assertAppId } from '../validation/assert-app-id.js';
import { plainIdList } from './app-users.js';
import { call, type RepositoryContext } from './context.js';
import { roomShortName } from './wire-names.js';

type Schemas = components['schemas'];

/** Acknowledgement of an access change (`{ ok }` or member `results`, depending on the deployment). */
export type UsersAccessResult = Schemas['UsersAccessResult'];

/** Tenant-admin methods that change who may enter a room of an explicit app. */
export function createAppAccessMethods(ctx: RepositoryContext) {
  return {
    /** Lets 1–100 users into room `<appId>_<chatId>` (`POST /v2/apps/{appId}/chats/users-access`). */
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

    /** Takes 1–100 users out of room `<appId>_<chatId>` (`DELETE /v2/apps/{appId}/chats/users-access`). */
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

/** The methods {@link createAppAccessMethods} adds to the repository. */
export type AppAccessMethods = ReturnType<typeof createAppAccessMethods>;

function accessBody(appId: string, chatId: unknown, userIds: unknown): Schemas['UsersAccessRequest'] {
  const chatName = roomShortName(appId, 'chatId', chatId);
  const ids = plainIdList(appId, 'userIds', typeof userIds === 'string' ? [userIds] : userIds);
  return { chatName, members: ids.map((id) => appScoped(appId, id)) };
}
