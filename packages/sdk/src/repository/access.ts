import type { UsersAccessRequest, UsersAccessResult } from '@ethora/client';
import { EthoraConfigError } from '@ethora/client';
import { botMemberName } from '../identifiers/chat-names.js';
import { assertIdList, MAX_BATCH_SIZE } from '../validation/assert-list.js';
import { call, type RepositoryContext } from './context.js';
import { chatShortName, memberName } from './wire-names.js';

/** Room membership in the app of the configured credentials. */
export interface AccessMethods {
  /**
   * Makes one user or up to 100 users (plain userIds or XMPP usernames, prefixed once) members of the room
   * `chatId` (a plain chat id or a room JID). Granting access a user already has changes nothing.
   */
  grantUserAccessToChatRoom(chatId: string, userId: string | readonly string[]): Promise<UsersAccessResult>;
  /** Makes the configured bot (`botJid` / `ETHORA_CHAT_BOT_JID`) a member of the room; `EthoraConfigError` without one. */
  grantChatbotAccessToChatRoom(chatId: string): Promise<UsersAccessResult>;
  /** Takes membership of the room away from one user or up to 100 users. */
  removeUserAccessFromChatRoom(
    chatId: string,
    userId: string | readonly string[],
  ): Promise<UsersAccessResult>;
}

/**
 * Validates a room and one or many users and returns the access request body, names prefixed once;
 * `argument` is the users' parameter name in error messages.
 */
export function accessRequest(
  appId: string,
  chatId: unknown,
  userId: unknown,
  argument = 'userId',
): UsersAccessRequest {
  const chatName = chatShortName(appId, chatId);
  if (typeof userId === 'string') return { chatName, members: [memberName(appId, argument, userId)] };
  const listed = assertIdList(argument, userId, { max: MAX_BATCH_SIZE });
  const members = listed.map((id, index) => memberName(appId, `${argument}[${index}]`, id));
  // `u1` and `<appId>_u1` are the same member: send it once.
  return { chatName, members: [...new Set(members)] };
}

/** Builds the {@link AccessMethods} of a repository. */
export function createAccessMethods(ctx: RepositoryContext): AccessMethods {
  const { client, config } = ctx;
  const { appId } = config;
  return {
    async grantUserAccessToChatRoom(chatId, userId) {
      const body = accessRequest(appId, chatId, userId);
      return call(client.POST('/v2/chats/users-access', { body }));
    },

    async grantChatbotAccessToChatRoom(chatId) {
      const chatName = chatShortName(appId, chatId);
      if (config.botJid === undefined) {
        throw new EthoraConfigError(
          'botJid',
          'grantChatbotAccessToChatRoom needs the bot: set the botJid option or the ETHORA_CHAT_BOT_JID ' +
            'environment variable to the bot JID (<appId>_bot@xmpp.chat.ethora.com).',
        );
      }
      const body = { chatName, members: [botMemberName(appId, config.botJid)] };
      return call(client.POST('/v2/chats/users-access', { body }));
    },

    async removeUserAccessFromChatRoom(chatId, userId) {
      const body = accessRequest(appId, chatId, userId);
      return call(client.DELETE('/v2/chats/users-access', { body }));
    },
  };
}
