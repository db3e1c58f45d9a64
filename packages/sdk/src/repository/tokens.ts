import { createClientTokenSync } from '../auth/create-tokens.js';
import { createChatName as buildChatName } from '../identifiers/chat-names.js';
import { fail } from '../validation/fail.js';
import type { RepositoryContext } from './context.js';
import { chatShortName, plainId } from './wire-names.js';

/** Room names and client tokens. */
export interface TokenMethods {
  /**
   * Returns the room JID `<appId>_<chatId>@<jidDomain>`, or the short name `<appId>_<chatId>` when `full` is false.
   * A chatId that already contains `@` is a JID and comes back unchanged.
   */
  createChatName(chatId: string, full?: boolean): string;
  /**
   * Signs a client JWT for `userId` (the plain uuid the user was created with) that a frontend exchanges at
   * `POST /v1/users/client`, and returns it at once, as the previous SDK did. Lives `clientTokenTtl` (1 hour by
   * default). Signs with `node:crypto` (Node.js, Bun, Deno); where a runtime has no synchronous HMAC (browsers,
   * edge workers) it throws `EthoraConfigError`: use `await createClientToken(repo.config, userId)` there.
   */
  createChatUserJwtToken(userId: string): string;
}

/** Builds the {@link TokenMethods} of a repository. */
export function createTokenMethods(ctx: RepositoryContext): TokenMethods {
  const { config } = ctx;
  return {
    createChatName(chatId, full = true) {
      if (typeof full !== 'boolean') fail('full', 'type', 'expected a boolean', full);
      if (typeof chatId === 'string' && chatId.includes('@')) {
        chatShortName(config.appId, chatId);
        return chatId;
      }
      return buildChatName(config.appId, plainId(config.appId, 'chatId', chatId), full, config.jidDomain);
    },

    createChatUserJwtToken(userId) {
      return createClientTokenSync(config, plainId(config.appId, 'userId', userId));
    },
  };
}
