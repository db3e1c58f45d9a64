import { redactString } from '@ethora/client';
import { requireSyncSigning, signTokenSync } from '../auth/sync-signing.js';
import { checkTokenConfig, tokenTtlSeconds } from '../auth/token-config-checks.js';
import type { ClientTokenData, ServerTokenData } from '../auth/token-types.js';
import { type EnvSource, type EthoraSecrets, getSecrets } from '../config/config-from-env.js';
import { DEFAULT_JID_DOMAIN, DEFAULT_TIMEOUT_MS } from '../config/defaults.js';
import { fail } from '../validation/fail.js';

// The previous SDK's (`@ethora/sdk-backend`) exports that have a new name here. Each keeps its old shape so that
// code written against it compiles and runs after the import change; editors strike them through.

/** @deprecated Use `string`: ids are plain strings. */
export type UUID = string;

/**
 * @deprecated Results are now the typed response bodies of each route (`ChatRoomResult`, `UsersBatchReceipt`...);
 * this open record stays so that annotations written for the previous SDK still compile.
 */
export interface ApiResponse {
  /** Whether the call succeeded, where the route says so. */
  ok?: boolean | undefined;
  /** Why nothing was done, for the forgiving deletes. */
  reason?: string | undefined;
  /** Any other field of the body. */
  [key: string]: unknown;
}

/** @deprecated Use {@link EthoraSecrets} (the same fields), or better `configFromEnv()`. */
export type Secrets = EthoraSecrets;

/** @deprecated Use {@link DEFAULT_JID_DOMAIN} (no leading `@`) or the `jidDomain` option. */
export const ETHORA_JID_DOMAIN = `@${DEFAULT_JID_DOMAIN}`;

/** The previous SDK's request time limits, in milliseconds. */
export interface TimeoutConfig {
  /** Time limit of a request. */
  total: number;
  /** Time limit of connecting. */
  connect: number;
}

/**
 * @deprecated Use {@link DEFAULT_TIMEOUT_MS} or the `timeoutMs` option. This SDK has one limit per attempt, which
 * connecting counts against, so both fields hold it.
 */
export const DEFAULT_TIMEOUT: Readonly<TimeoutConfig> = Object.freeze({
  total: DEFAULT_TIMEOUT_MS,
  connect: DEFAULT_TIMEOUT_MS,
});

/**
 * @deprecated Use `getSecrets()` (it is synchronous and reads the environment on each call) or `configFromEnv()`.
 * Unlike the previous SDK, every missing variable throws `EthoraConfigError` naming it.
 */
export function getSecretsSync(overrides?: Partial<EthoraSecrets>, env?: EnvSource): EthoraSecrets {
  return getSecrets(overrides, env);
}

/** @deprecated Use the `logLevel` option (`'debug'`, `'info'`, `'warn'`, `'error'` or `'silent'`). */
export const LogLevel = Object.freeze({
  /** Every request and response. */
  DEBUG: 'debug',
  /** Informational lines. */
  INFO: 'info',
  /** Retries and other recoverable trouble. */
  WARN: 'warn',
  /** Failures. */
  ERROR: 'error',
} as const);
/** @deprecated Use `EthoraLogLevel`. */
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

/** The previous SDK's logger shape, which `console` also fits. */
export interface Logger {
  /** Detail for debugging. */
  debug(message: string, ...args: unknown[]): void;
  /** Informational lines. */
  info(message: string, ...args: unknown[]): void;
  /** Recoverable trouble. */
  warn(message: string, ...args: unknown[]): void;
  /** Failures, with the error. */
  error(message: string, error?: unknown, ...args: unknown[]): void;
}

/**
 * @deprecated Pass your own logger as the `logger` option (`console`, pino, winston); the SDK itself logs nothing
 * unless given one. This returns a console logger whose lines start with `[ethora] [<context>]`, with tokens
 * scrubbed from the message.
 */
export function getLogger(context: string): Logger {
  const prefix = `[ethora] [${context}]`;
  const line = (message: string) => `${prefix} ${redactString(String(message))}`;
  return {
    debug: (message, ...args) => console.debug(line(message), ...args),
    info: (message, ...args) => console.info(line(message), ...args),
    warn: (message, ...args) => console.warn(line(message), ...args),
    error: (message, error, ...args) =>
      console.error(line(message), ...(error === undefined ? [] : [error]), ...args),
  };
}

/** A token payload of the previous SDK's `createJwtToken`: the Ethora `data` claim, plus any other claims. */
export interface JwtTokenPayload {
  /** The Ethora claims; `type` picks the signing key and the default lifetime. */
  data: ServerTokenData | ClientTokenData;
  /** Further claims, signed as given (`iat` and `exp` are added when absent). */
  [claim: string]: unknown;
}

/**
 * @deprecated Use `createClientToken(config, userId)` or `createServerToken(config)`, which build the payload too.
 * Signs `payload` synchronously with HS256 and the purpose-scoped key of `payload.data.type` (the key every token of
 * this SDK uses; the previous SDK signed this one with the raw secret), adding `iat`, and `exp` with the default
 * lifetime (client 1 hour, server 5 minutes) when absent. Secrets come from `secrets`, else the environment.
 * Where the runtime has no synchronous HMAC it throws `EthoraConfigError`; an unknown `data.type` is an
 * `EthoraValidationError`.
 */
export function createJwtToken(payload: JwtTokenPayload, secrets?: EthoraSecrets): string {
  const { chatAppId: appId, chatAppSecret: appSecret } = secrets ?? getSecrets();
  const config = { appId, appSecret };
  checkTokenConfig(config);
  const type = payload?.data?.type;
  if (type !== 'server' && type !== 'client') {
    fail('payload.data.type', 'one-of', "must be 'server' or 'client'", type);
  }
  const node = requireSyncSigning(
    'createJwtToken(payload)',
    'await createClientToken(config, userId) or await createServerToken(config)',
  );
  const iat = typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000);
  const claims: JwtTokenPayload = { ...payload, iat };
  if (typeof payload.exp !== 'number') claims.exp = iat + tokenTtlSeconds(config, type, undefined);
  return signTokenSync(node, config, claims, type);
}
