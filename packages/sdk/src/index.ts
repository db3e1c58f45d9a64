/**
 * The Ethora SDK for backends: rooms, users, access, client tokens, tenant admin and bulk helpers.
 *
 * Start with {@link createChatRepository} (or {@link getChatRepositoryImpl}, configured from the
 * environment): its {@link ChatRepository} has every method. {@link createClientToken} and
 * {@link verifyJwtToken} sign and check tokens on their own; everything thrown extends {@link EthoraError}.
 *
 * @packageDocumentation
 */
export type {
  ApiErrorReason,
  AuthCredentials,
  AuthKind,
  ChatRoom,
  EthoraApiErrorInit,
  EthoraAuth,
  EthoraCallOptions,
  EthoraClientMethod,
  EthoraClientOptions,
  EthoraClientRequest,
  EthoraLogger,
  EthoraLogLevel,
  EthoraRequestContext,
  EthoraResult,
  FetchLike,
  HttpMethod,
  InvalidResponseReason,
  JobReceipt,
  RetryInfo,
  RetryOptions,
  TokenProvider,
  TokenSource,
  UnwrappedData,
  UpdateUsersResult,
  User,
  UserChat,
  UserChatList,
  UserInput,
  UserList,
  UsersAccessResult,
} from '@ethora/client';
export {
  apiErrorOf,
  consoleLogger,
  createEthoraClient,
  EthoraAbortError,
  EthoraApiError,
  EthoraAuthenticationError,
  EthoraBadRequestError,
  type EthoraClient,
  EthoraConfigError,
  EthoraConflictError,
  EthoraError,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraNotFoundError,
  EthoraPermissionDeniedError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraTimeoutError,
  EthoraUnprocessableEntityError,
  EthoraValidationError,
  silentLogger,
  unwrap,
} from '@ethora/client';
export type { ClientTokenOptions, ServerTokenOptions } from './auth/create-tokens.js';
export { createClientToken, createServerToken } from './auth/create-tokens.js';
export { deriveScopedSecret } from './auth/scoped-key.js';
export type {
  ServerTokenProvider,
  ServerTokenProviderOptions,
  ServerTokenStats,
} from './auth/server-token-provider.js';
export { createServerTokenProvider } from './auth/server-token-provider.js';
export type {
  ClientTokenData,
  EthoraTokenPayload,
  ServerTokenData,
  TokenConfig,
  TokenPayloadFor,
  TokenType,
} from './auth/token-types.js';
export type { VerifyTokenOptions } from './auth/verify-token.js';
export { verifyJwtToken } from './auth/verify-token.js';
export type { WorkspaceUserOutcome, WorkspaceUserStatus } from './bulk/batch-outcomes.js';
export type {
  BulkMethods,
  UsersBatchJobReport,
  WaitForUsersBatchJobOptions,
} from './bulk/bulk-methods.js';
export { DEFAULT_BULK_CONCURRENCY, MAX_BULK_CONCURRENCY } from './bulk/bulk-options.js';
export type {
  CleanupBatch,
  CleanupWorkspaceOptions,
  CleanupWorkspaceReport,
} from './bulk/cleanup-workspace.js';
export type {
  BulkProgress,
  SetupWorkspaceChatOptions,
  SetupWorkspaceChatReport,
  WorkspaceUser,
  WorkspaceUserProfile,
} from './bulk/setup-workspace-chat.js';
export type { PollableJob, WaitForJobOptions } from './bulk/wait-for-job.js';
export { DEFAULT_JOB_WAIT, MAX_JOB_POLL_DELAY_MS, MAX_JOB_WAIT_MS, waitForJob } from './bulk/wait-for-job.js';
export type {
  ApiResponse,
  JwtTokenPayload,
  Logger,
  Secrets,
  TimeoutConfig,
  UUID,
} from './compat/previous-sdk.js';
export {
  createJwtToken,
  DEFAULT_TIMEOUT,
  ETHORA_JID_DOMAIN,
  getLogger,
  getSecretsSync,
  LogLevel,
} from './compat/previous-sdk.js';
export type { ChatRepositoryOptions, TokenSigning } from './config/chat-repository-options.js';
export type { EnvSource, EthoraSecrets } from './config/config-from-env.js';
export { configFromEnv, ETHORA_ENV_VARS, getSecrets } from './config/config-from-env.js';
export {
  DEFAULT_CLIENT_TOKEN_TTL_SECONDS,
  DEFAULT_JID_DOMAIN,
  DEFAULT_MAX_RETRIES,
  DEFAULT_SERVER_TOKEN_TTL_SECONDS,
  DEFAULT_TIMEOUT_MS,
  MAX_CLIENT_TOKEN_TTL_SECONDS,
  MAX_RETRIES,
  MAX_SERVER_TOKEN_TTL_SECONDS,
  MAX_TIMEOUT_MS,
} from './config/defaults.js';
export type { Duration } from './config/duration.js';
export type { EthoraConfig } from './config/resolve-config.js';
export { resolveConfig } from './config/resolve-config.js';
export { EthoraJobError, EthoraJobTimeoutError } from './errors/ethora-job-error.js';
export type { TokenErrorReason } from './errors/ethora-token-error.js';
export { EthoraTokenError } from './errors/ethora-token-error.js';
export { appScoped, unscoped } from './identifiers/app-scoped.js';
export { botMemberName, createChatName, jidLocalPart } from './identifiers/chat-names.js';
export type { PaginationOptions } from './pagination/paginate.js';
export { DEFAULT_PAGE_SIZE } from './pagination/paginate.js';
export type {
  IterateAppsOptions,
  IterateChatsOptions,
  IterateUsersOptions,
  ListedChat,
  PaginationMethods,
} from './pagination/pagination-methods.js';
export type { AccessMethods } from './repository/access.js';
export type { AppAccessMethods } from './repository/app-access.js';
export type { AppBotMethods, AppBotResult, AppBotSettings } from './repository/app-bot.js';
export type {
  AppChatMethods,
  ChatRoomPatch,
  ListChatsInAppQuery,
  UserChatsInAppQuery,
} from './repository/app-chats.js';
export type {
  AppTokenList,
  AppTokenMethods,
  AppTokenOptions,
  CreatedAppToken,
} from './repository/app-tokens.js';
export type {
  AppUserMethods,
  CreateUsersInAppRequest,
  CreateUsersOptions,
  NewUser,
  UsersBatchJob,
  UsersBatchJobOptions,
  UsersBatchReceipt,
} from './repository/app-users.js';
export type {
  App,
  AppList,
  AppResult,
  AppsMethods,
  CreateAppInput,
  ListAppsQuery,
  ProvisionAppInput,
} from './repository/apps.js';
export { MAX_PROVISION_ROOMS } from './repository/apps.js';
export type {
  BroadcastBase,
  BroadcastInput,
  BroadcastJob,
  BroadcastMethods,
  BroadcastReceipt,
  BroadcastToAllRooms,
  BroadcastToChatIds,
  BroadcastToChatNames,
} from './repository/broadcasts.js';
export type {
  ChatMethods,
  ChatRoomResult,
  CreateChatRoomData,
  UndocumentedResult,
  UpdateChatRoomData,
} from './repository/chats.js';
export { CHAT_ROOM_NOT_FOUND } from './repository/chats.js';
export type { ChatRepository, ChatRepositoryCore } from './repository/create-chat-repository.js';
export { createChatRepository } from './repository/create-chat-repository.js';
export type { CreateUserData } from './repository/new-user.js';
export type { EthoraSDKServiceConstructor } from './repository/singleton.js';
export {
  EthoraSDKService,
  getChatRepositoryImpl,
  getEthoraSDKService,
  resetChatRepositoryImpl,
} from './repository/singleton.js';
export type { NotFoundOutcome } from './repository/soft-not-found.js';
export type { TokenMethods } from './repository/tokens.js';
export type { GetUserChatsQuery, UserChatMethods } from './repository/user-chats.js';
export type { UserUpdate } from './repository/user-updates.js';
export { MAX_USER_UPDATES } from './repository/user-updates.js';
export type { AppUserResult, GetUsersQuery, OkResult, UserMethods } from './repository/users.js';
export { chatShortName } from './repository/wire-names.js';
export { MAX_BATCH_SIZE } from './validation/assert-list.js';
export { MAX_PAGE_LIMIT } from './validation/assert-number.js';
export type { ValidationRule } from './validation/fail.js';
