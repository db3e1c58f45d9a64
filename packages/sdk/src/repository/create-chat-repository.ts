import type { EthoraClient } from '@ethora/client';
import type { ServerTokenProvider } from '../auth/server-token-provider.js';
import { type BulkMethods, createBulkMethods } from '../bulk/bulk-methods.js';
import type { ChatRepositoryOptions } from '../config/chat-repository-options.js';
import type { EthoraConfig } from '../config/resolve-config.js';
import { createPaginationMethods, type PaginationMethods } from '../pagination/pagination-methods.js';
import { type AccessMethods, createAccessMethods } from './access.js';
import { type AppAccessMethods, createAppAccessMethods } from './app-access.js';
import { type AppBotMethods, createAppBotMethods } from './app-bot.js';
import { type AppChatMethods, createAppChatMethods } from './app-chats.js';
import { type AppTokenMethods, createAppTokenMethods } from './app-tokens.js';
import { type AppUserMethods, createAppUserMethods } from './app-users.js';
import { type AppsMethods, createAppsMethods } from './apps.js';
import { type BroadcastMethods, createBroadcastMethods } from './broadcasts.js';
import { type ChatMethods, createChatMethods } from './chats.js';
import { createRepositoryContext } from './context.js';
import { createTokenMethods, type TokenMethods } from './tokens.js';
import { createUserChatMethods, type UserChatMethods } from './user-chats.js';
import { createUserMethods, type UserMethods } from './users.js';

/** What every repository carries besides its methods. */
export interface ChatRepositoryCore {
  /** The validated configuration this repository uses (the app secret is non-enumerable). */
  readonly config: EthoraConfig;
  /** The typed low-level client, for routes the repository does not wrap; it sends the same server token. */
  readonly client: EthoraClient;
  /**
   * The cached server token source every call uses: `await repo.serverToken()` gives a valid token for your own
   * requests, `signatureCount`/`stats()` show how often one was signed, `invalidate()` forces a new one.
   */
  readonly serverToken: ServerTokenProvider;
}

/**
 * The Ethora chat repository: every method of the previous SDK (`@ethora/sdk-backend`) under the same name,
 * typed from the API spec. Create one with {@link createChatRepository} or `getChatRepositoryImpl()`.
 */
export interface ChatRepository
  extends ChatRepositoryCore,
    TokenMethods,
    UserMethods,
    ChatMethods,
    AccessMethods,
    UserChatMethods,
    AppsMethods,
    AppTokenMethods,
    AppBotMethods,
    BroadcastMethods,
    AppUserMethods,
    AppChatMethods,
    AppAccessMethods,
    BulkMethods,
    PaginationMethods {}

/**
 * Creates a {@link ChatRepository} from options (`apiUrl`, `appId`, `appSecret`, optional `botJid`, `jidDomain`,
 * `fetch`, `logger`, `timeoutMs`, `tokenSigning`, `clientTokenTtl`...) or an already resolved config
 * (`configFromEnv()`). Options are validated at once and a bad one throws `EthoraConfigError`; nothing is read
 * from the environment. All methods share one cached server token.
 */
export function createChatRepository(options: ChatRepositoryOptions): ChatRepository {
  const ctx = createRepositoryContext(options);
  return Object.freeze({
    config: ctx.config,
    client: ctx.client,
    serverToken: ctx.tokens,
    ...createTokenMethods(ctx),
    ...createUserMethods(ctx),
    ...createChatMethods(ctx),
    ...createAccessMethods(ctx),
    ...createUserChatMethods(ctx),
    ...createAppsMethods(ctx),
    ...createAppTokenMethods(ctx),
    ...createAppBotMethods(ctx),
    ...createBroadcastMethods(ctx),
    ...createAppUserMethods(ctx),
    ...createAppChatMethods(ctx),
    ...createAppAccessMethods(ctx),
    ...createBulkMethods(ctx),
    ...createPaginationMethods(ctx),
  });
}
