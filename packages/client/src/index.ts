/**
 * The typed low-level client of the whole Ethora API, generated from its OpenAPI description.
 *
 * Start with {@link createEthoraClient}; {@link unwrap} turns a result into its data or a typed error,
 * and everything thrown extends {@link EthoraError}. The generated {@link paths} type every route.
 *
 * @packageDocumentation
 */
export type {
  AuthCredentials,
  AuthKind,
  EthoraAuth,
  TokenProvider,
  TokenSource,
} from './auth/auth-options.js';
export { checkClientOptions, MAX_RETRIES, MAX_TIMEOUT_MS } from './check-options.js';
export type {
  EthoraCallOptions,
  EthoraClientOptions,
  FetchLike,
  RetryInfo,
  RetryOptions,
  RetrySettings,
  UndiciDispatcher,
} from './client-options.js';
export type {
  EthoraCallInit,
  EthoraCallInitArgs,
  EthoraCallResult,
  EthoraClient,
  EthoraClientMethod,
  EthoraClientRequest,
  HttpMethod,
} from './client-types.js';
export { createEthoraClient, DEFAULT_TIMEOUT_MS } from './create-client.js';
export {
  type ApiErrorReason,
  EthoraApiError,
  type EthoraApiErrorInit,
  EthoraAuthenticationError,
  EthoraBadRequestError,
  EthoraConflictError,
  EthoraNotFoundError,
  EthoraPermissionDeniedError,
  EthoraRateLimitError,
  EthoraServerError,
  EthoraUnprocessableEntityError,
} from './errors/api-errors.js';
export { EthoraConfigError } from './errors/ethora-config-error.js';
export { EthoraError } from './errors/ethora-error.js';
export { EthoraValidationError, type ValidationRule } from './errors/ethora-validation-error.js';
export type { EthoraRequestContext } from './errors/request-context.js';
export {
  EthoraAbortError,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraTimeoutError,
  type InvalidResponseReason,
} from './errors/request-errors.js';
export {
  type OperationInfo,
  operationInfo,
  type SecuritySchemeInfo,
  securitySchemes,
} from './generated/operations.js';
export type { components, operations, paths } from './generated/schema.js';
export { consoleLogger, type EthoraLogger, type EthoraLogLevel, silentLogger } from './logging/logger.js';
export { REDACTED, redact, redactString } from './logging/redact.js';
export { EthoraRequest, type EthoraRequestInit } from './runtime/ethora-request.js';
export { isDotSegment } from './runtime/path-params.js';
export {
  backoffDelay,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_STATUSES,
  parseRetryAfter,
} from './runtime/retry-policy.js';
export type {
  AgentReply,
  AgentReplyRequest,
  App,
  AppList,
  AppToken,
  AppTokenList,
  BotConfig,
  BroadcastJob,
  BroadcastRequest,
  ChatRoom,
  CreateAppRequest,
  CreateChatRoomRequest,
  CreatedAppToken,
  CreateUsersRequest,
  DeleteUsersRequest,
  ErrorResponse,
  JobReceipt,
  JobState,
  ProvisionAppRequest,
  UpdateChatRoomRequest,
  UpdateUsersRequest,
  UpdateUsersResult,
  User,
  UserChat,
  UserChatList,
  UserInput,
  UserList,
  UsersAccessRequest,
  UsersAccessResult,
  UsersBatchJob,
  UsersBatchJobItem,
  UsersBatchJobResult,
} from './schema-aliases.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './transport/read-body.js';
export { apiErrorOf, type EthoraResult, type UnwrappedData, unwrap } from './unwrap.js';
