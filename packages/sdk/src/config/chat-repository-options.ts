import type { EthoraLogger, EthoraLogLevel, FetchLike, UndiciDispatcher } from '@ethora/client';
import type { Duration } from './duration.js';

/** How JWTs are signed: `'scoped'` (per-purpose derived key, current servers) or `'raw'` (the app secret, older servers). */
export type TokenSigning = 'scoped' | 'raw';

/**
 * Options for `createChatRepository(options)`; see {@link resolveConfig} for the rules and defaults. Optional options
 * accept `undefined` as "not set", so `botJid: process.env.ETHORA_CHAT_BOT_JID` compiles under
 * `exactOptionalPropertyTypes`. An already resolved `EthoraConfig` (`configFromEnv()`, `repo.config`) fits too.
 */
export interface ChatRepositoryOptions {
  /** API origin such as `https://api.chat.ethora.com` (no `/v1` or `/v2`: each call adds its own). */
  apiUrl: string;
  /** The app's id: a 24-character hex ObjectId. */
  appId: string;
  /** The app secret used to sign JWTs; kept out of logs, errors and `JSON.stringify`. */
  appSecret: string;
  /** The app bot's JID (`<appId>_bot@xmpp.chat.ethora.com`) or its local part. */
  botJid?: string | undefined;
  /** Conference domain for room JIDs (default `conference.xmpp.chat.ethora.com`). */
  jidDomain?: string | undefined;
  /**
   * A `fetch`-compatible function, for tracing or tests (default: on Node undici with keep-alive, elsewhere the
   * global `fetch`). Either way calls get the same timeouts, retries and errors.
   */
  fetch?: FetchLike | undefined;
  /**
   * On Node, the undici `Agent`, `Pool` or `ProxyAgent` calls go through, for a proxy, a private certificate
   * authority or other connection settings (default: an `Agent` of the repository's own). Not with `fetch`.
   */
  dispatcher?: UndiciDispatcher | undefined;
  /** Where diagnostics go (default: nowhere); `console`, pino and winston fit. Never receives a secret or token. */
  logger?: EthoraLogger | undefined;
  /**
   * Lowest level passed to `logger` (default `'warn'`: each retry of a failed attempt, and the repository's
   * warnings about arguments it ignored). `'debug'` adds every request, response and failed call; `'silent'`
   * turns logging off.
   */
  logLevel?: EthoraLogLevel | undefined;
  /** Per-request timeout in milliseconds (default 30 000; above 0, at most `MAX_TIMEOUT_MS`, 2^31 - 1). */
  timeoutMs?: number | undefined;
  /** Retries for requests that are safe to retry (default 2; 0 disables; at most `MAX_RETRIES`, 10). */
  maxRetries?: number | undefined;
  /**
   * Largest response body read, in bytes after decompression (default 16 MiB); a larger answer fails the call
   * with `EthoraInvalidResponseError` (reason `'too-large'`) as soon as it passes the limit.
   */
  maxResponseBytes?: number | undefined;
  /** JWT signing mode (default `'scoped'`). */
  tokenSigning?: TokenSigning | undefined;
  /** Lifetime of client tokens, in seconds or as `'15m'`/`'1h'`/`'2d'` (default 1 hour; 1 second to 30 days). */
  clientTokenTtl?: Duration | undefined;
  /** Lifetime of server tokens, in seconds or as a duration string (default 5 minutes; 1 second to 24 hours). */
  serverTokenTtl?: Duration | undefined;
}
