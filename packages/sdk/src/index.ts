export { createEthoraClient, type EthoraClient, EthoraError } from '@ethora/client';
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
export type { ChatRepositoryOptions, EthoraLogger, TokenSigning } from './config/chat-repository-options.js';
export type { EnvSource, EthoraSecrets } from './config/config-from-env.js';
export { configFromEnv, ETHORA_ENV_VARS, getSecrets } from './config/config-from-env.js';
export {
  DEFAULT_CLIENT_TOKEN_TTL_SECONDS,
  DEFAULT_JID_DOMAIN,
  DEFAULT_MAX_RETRIES,
  DEFAULT_SERVER_TOKEN_TTL_SECONDS,
  DEFAULT_TIMEOUT_MS,
} from './config/defaults.js';
export type { Duration } from './config/duration.js';
export type { EthoraConfig } from './config/resolve-config.js';
export { resolveConfig } from './config/resolve-config.js';
export { EthoraConfigError } from './errors/ethora-config-error.js';
export type { TokenErrorReason } from './errors/ethora-token-error.js';
export { EthoraTokenError } from './errors/ethora-token-error.js';
export type { ValidationRule } from './errors/ethora-validation-error.js';
export { EthoraValidationError } from './errors/ethora-validation-error.js';
export { appScoped, unscoped } from './identifiers/app-scoped.js';
export { botMemberName, chatShortName, createChatName, jidLocalPart } from './identifiers/chat-names.js';
export { MAX_BATCH_SIZE } from './validation/assert-list.js';
export { MAX_PAGE_LIMIT } from './validation/assert-number.js';
