import {
  checkClientOptions,
  EthoraConfigError,
  type EthoraLogger,
  type EthoraLogLevel,
  type FetchLike,
  type UndiciDispatcher,
} from '@ethora/client';
import { APP_ID_PATTERN } from '../validation/assert-app-id.js';
import { describeValue } from '../validation/describe-value.js';
import type { ChatRepositoryOptions, TokenSigning } from './chat-repository-options.js';
import {
  DEFAULT_CLIENT_TOKEN_TTL_SECONDS,
  DEFAULT_JID_DOMAIN,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_SERVER_TOKEN_TTL_SECONDS,
  DEFAULT_TIMEOUT_MS,
} from './defaults.js';
import { TOKEN_TTL_LIMITS, ttlSecondsWithin } from './duration.js';
import { normalizeApiUrl } from './normalize-api-url.js';

/** The validated, normalised, frozen configuration; `appSecret` is non-enumerable so it never serialises. */
export interface EthoraConfig {
  /** API origin without a trailing slash. */
  readonly apiUrl: string;
  /** The app's 24-character hex id, in lower case (as ObjectIds are on the wire). */
  readonly appId: string;
  /** The app secret (non-enumerable: hidden from `JSON.stringify`, spreads and `console.log`). */
  readonly appSecret: string;
  /** The bot's JID or local part, when configured. */
  readonly botJid: string | undefined;
  /** Conference domain for room JIDs, without a leading `@`. */
  readonly jidDomain: string;
  /** The injected `fetch`, or `undefined` for the client's default transport. */
  readonly fetch: FetchLike | undefined;
  /** The undici dispatcher calls go through on Node, or `undefined` for the client's own `Agent`. */
  readonly dispatcher: UndiciDispatcher | undefined;
  /** The injected logger, or `undefined`. */
  readonly logger: EthoraLogger | undefined;
  /** Lowest level passed to the logger. */
  readonly logLevel: EthoraLogLevel;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Retries for safe-to-retry requests. */
  readonly maxRetries: number;
  /** Largest response body read, in decoded bytes. */
  readonly maxResponseBytes: number;
  /** JWT signing mode. */
  readonly tokenSigning: TokenSigning;
  /** Client token lifetime in seconds. */
  readonly clientTokenTtl: number;
  /** Server token lifetime in seconds. */
  readonly serverTokenTtl: number;
}

/** Maps an option name to the name shown in errors (an environment variable when read from the environment). */
export type OptionLabels = Partial<Record<keyof ChatRepositoryOptions, string>>;

const BOT_JID_PATTERN = /^[^\s@/]+(@[^\s@/]+(\/\S+)?)?$/;
const DOMAIN_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const resolvedConfigs = new WeakSet<object>();

/**
 * Validates options and returns a frozen {@link EthoraConfig} with defaults applied
 * (jidDomain `conference.xmpp.chat.ethora.com`, timeoutMs 30 000, maxRetries 2, maxResponseBytes 16 MiB,
 * logLevel `'warn'`, tokenSigning `'scoped'`, clientTokenTtl 1 h, serverTokenTtl 5 min). Ranges: timeoutMs above 0
 * up to 2^31 - 1 ms, maxRetries 0 to 10, maxResponseBytes a positive safe integer, clientTokenTtl 1 s to 30 days,
 * serverTokenTtl 1 s to 24 h. Throws {@link EthoraConfigError} naming the bad option;
 * the secret's value never appears in a message. Passing an already resolved config returns it as is.
 */
export function resolveConfig(options: ChatRepositoryOptions): EthoraConfig {
  return resolveConfigWithLabels(options, {});
}

/** {@link resolveConfig} with custom names for options in error messages; used by `configFromEnv`. */
export function resolveConfigWithLabels(options: ChatRepositoryOptions, labels: OptionLabels): EthoraConfig {
  if (typeof options !== 'object' || options === null) {
    throw new EthoraConfigError(
      'options',
      'Ethora options must be an object with apiUrl, appId and appSecret.',
    );
  }
  if (resolvedConfigs.has(options)) return options as EthoraConfig;
  const label = (option: keyof ChatRepositoryOptions): string => labels[option] ?? option;
  const apiUrl = normalizeApiUrl(options.apiUrl, label('apiUrl'));
  // The options the repository hands to its client are checked by the client's own rules.
  const { fetch, dispatcher, logger, logLevel, timeoutMs, maxRetries, maxResponseBytes } = options;
  checkClientOptions({
    baseUrl: apiUrl,
    fetch,
    dispatcher,
    logger,
    logLevel,
    timeoutMs,
    maxRetries,
    maxResponseBytes,
  });
  const config = {
    apiUrl,
    appId: checkAppId(options.appId, label('appId')),
    botJid: checkBotJid(options.botJid, label('botJid')),
    jidDomain: checkJidDomain(options.jidDomain, label('jidDomain')),
    fetch,
    dispatcher,
    logger,
    logLevel: logLevel ?? 'warn',
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    tokenSigning: checkTokenSigning(options.tokenSigning, label('tokenSigning')),
    clientTokenTtl: checkTtl(
      options.clientTokenTtl,
      DEFAULT_CLIENT_TOKEN_TTL_SECONDS,
      label('clientTokenTtl'),
      'client',
    ),
    serverTokenTtl: checkTtl(
      options.serverTokenTtl,
      DEFAULT_SERVER_TOKEN_TTL_SECONDS,
      label('serverTokenTtl'),
      'server',
    ),
  };
  Object.defineProperty(config, 'appSecret', {
    value: checkAppSecret(options.appSecret, label('appSecret')),
    enumerable: false,
  });
  const frozen = Object.freeze(config) as EthoraConfig;
  resolvedConfigs.add(frozen);
  return frozen;
}

function checkAppId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new EthoraConfigError(name, `${name} is required: the app's 24-character hex id.`);
  }
  const appId = value.trim();
  if (!APP_ID_PATTERN.test(appId)) {
    throw new EthoraConfigError(
      name,
      `${name} must be the app's 24-character hex id (a MongoDB ObjectId such as 65a1f0c2e4b0a1b2c3d4e5f6); ` +
        `got ${describeValue(appId)}.`,
    );
  }
  // ObjectIds are lower case on the wire: an id copied in upper case must not make a second set of room names.
  return appId.toLowerCase();
}

function checkAppSecret(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new EthoraConfigError(name, `${name} is required: the app secret used to sign JWTs.`);
  }
  // A stray newline from an env file silently breaks every signature; say so without showing the value.
  if (value.trim() !== value) {
    throw new EthoraConfigError(
      name,
      `${name} has leading or trailing whitespace; remove it (value not shown).`,
    );
  }
  return value;
}

function checkBotJid(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !BOT_JID_PATTERN.test(value)) {
    throw new EthoraConfigError(
      name,
      `${name} must be a JID such as <appId>_bot@xmpp.chat.ethora.com or its local part; got ${describeValue(value)}.`,
    );
  }
  return value;
}

function checkJidDomain(value: unknown, name: string): string {
  if (value === undefined) return DEFAULT_JID_DOMAIN;
  const domain = typeof value === 'string' ? value.trim().replace(/^@/, '') : value;
  if (typeof domain !== 'string' || !DOMAIN_PATTERN.test(domain)) {
    throw new EthoraConfigError(
      name,
      `${name} must be a domain such as ${DEFAULT_JID_DOMAIN}; got ${describeValue(value)}.`,
    );
  }
  return domain.toLowerCase();
}

function checkTokenSigning(value: unknown, name: string): TokenSigning {
  if (value === undefined) return 'scoped';
  if (value !== 'scoped' && value !== 'raw') {
    throw new EthoraConfigError(name, `${name} must be 'scoped' or 'raw'; got ${describeValue(value)}.`);
  }
  return value;
}

function checkTtl(value: unknown, fallback: number, name: string, type: 'client' | 'server'): number {
  if (value === undefined) return fallback;
  const seconds = ttlSecondsWithin(value, type);
  if (seconds === undefined) {
    throw new EthoraConfigError(
      name,
      `${name} must be ${TOKEN_TTL_LIMITS[type].range} (seconds, or a duration like '15m', '1h', '2d'); got ${describeValue(value)}.`,
    );
  }
  return seconds;
}
