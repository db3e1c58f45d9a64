import type { EthoraAuth } from './auth/auth-options.js';
import type { EthoraLogger, EthoraLogLevel } from './logging/logger.js';
import type { RetryOptions } from './runtime/retry-policy.js';
import type { FetchLike } from './transport/raw-exchange.js';

/** Options of {@link createEthoraClient}. */
export interface EthoraClientOptions {
  /** API origin, such as `https://api.chat.ethora.com`; operations add `/v1/...` or `/v2/...`. */
  baseUrl: string;
  /**
   * The transport. Default: on Node, a keep-alive `node:http` transport (see `createNodeTransport`);
   * elsewhere the global `fetch`. Any `fetch`-compatible function works, and is wrapped in the same
   * timeout, retry and error handling.
   */
  fetch?: FetchLike;
  /** Headers sent with every request. Setting `Authorization` or `x-custom-token` here turns `auth` off. */
  headers?: Record<string, string>;
  /**
   * Credentials: a server JWT, a function returning one (awaited before every attempt, so it may
   * re-mint expiring tokens), or one per kind (`{ server, user, app, refresh, client }`). Each operation
   * gets the headers its security scheme in the spec asks for.
   */
  auth?: EthoraAuth;
  /**
   * Time limit of each attempt, in milliseconds, body included (default 30 000; above 0, at most
   * `MAX_TIMEOUT_MS`, 2^31 - 1, which also bounds the other durations).
   */
  timeoutMs?: number;
  /** Retries of failed calls that are safe to repeat (default 2; 0 disables; at most `MAX_RETRIES`); see {@link RetryOptions}. */
  maxRetries?: number;
  /** Which failures are retried, backoff, `Retry-After` cap, overall deadline, `onRetry` hook. */
  retry?: RetryOptions;
  /** Where diagnostics go (default: `console`, at `warn` and above). Never receives a secret. */
  logger?: EthoraLogger;
  /**
   * Lowest level passed to the logger (default `'warn'`: only retries). `'debug'` adds every request,
   * response and failed call; `'silent'` turns logging off.
   */
  logLevel?: EthoraLogLevel;
  /** Header carrying the request id (default `x-request-id`); `false` sends none. */
  requestIdHeader?: string | false;
  /** Makes request ids (default `crypto.randomUUID()`). */
  generateRequestId?: () => string;
}
