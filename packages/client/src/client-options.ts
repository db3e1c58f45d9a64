import type { EthoraAuth } from './auth/auth-options.js';
import type { EthoraError } from './errors/ethora-error.js';
import type { EthoraLogger, EthoraLogLevel } from './logging/logger.js';

/**
 * An undici `Agent`, `Pool`, `ProxyAgent` or other `Dispatcher`, as the `dispatcher` option takes it;
 * described by the one method the client calls, so that these types never need undici's or Node's.
 */
export interface UndiciDispatcher {
  /** Adds interceptors, as undici's `Dispatcher.compose`. */
  compose(...interceptors: never[]): unknown;
}

/** A `fetch` implementation, as accepted by the `fetch` option. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createEthoraClient}. */
export interface EthoraClientOptions {
  /** API origin, such as `https://api.chat.ethora.com`; operations add `/v1/...` or `/v2/...`. */
  baseUrl: string;
  /**
   * The transport. Default: on Node, undici with a keep-alive connection pool of the client's own (at
   * most 64 connections per origin); elsewhere the global `fetch`. Any `fetch`-compatible function
   * works, and is wrapped in the same timeout, retry and error handling.
   */
  fetch?: FetchLike;
  /**
   * On Node, the undici `Agent`, `Pool` or `ProxyAgent` requests go through instead of the client's own
   * pool: for a proxy, a private certificate authority or other connection settings. The client adds
   * undici's redirect handling and never closes it. Not used with `fetch`.
   */
  dispatcher?: UndiciDispatcher;
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
  /**
   * Largest response body the client reads, in bytes after decompression (default 16 MiB, 16 777 216).
   * Reading stops as soon as a body passes it, compressed or not, and the call fails with
   * `EthoraInvalidResponseError` (reason `'too-large'`); such a failure is not retried.
   */
  maxResponseBytes?: number;
  /** Retries of failed calls that are safe to repeat (default 2; 0 disables; at most `MAX_RETRIES`); see {@link RetryOptions}. */
  maxRetries?: number;
  /** Which failures are retried, backoff, `Retry-After` cap, overall deadline, `onRetry` hook. */
  retry?: RetryOptions;
  /** Where diagnostics go (default: `console`, at `warn` and above). Never receives a secret. */
  logger?: EthoraLogger;
  /**
   * Lowest level passed to the logger (default `'warn'`: each retry of a failed attempt). `'debug'` adds
   * every request, response and failed call; `'silent'` turns logging off.
   */
  logLevel?: EthoraLogLevel;
  /** Header carrying the request id (default `x-request-id`); `false` sends none. */
  requestIdHeader?: string | false;
  /** Makes request ids (default `crypto.randomUUID()`). */
  generateRequestId?: () => string;
  /**
   * More values to scrub from errors and log lines, called whenever one is built: an app secret or the
   * keys derived from it. The credentials the client sends are scrubbed without it, as are the long
   * dot-separated parts of every value (a JWT's payload or signature echoed alone).
   */
  redactValues?: () => Iterable<string>;
}

/** Options one call may add next to openapi-fetch's own (`params`, `body`, `signal`, `headers`...). */
export interface EthoraCallOptions {
  /** Time limit of each attempt of this call, in milliseconds (overrides the client's `timeoutMs`). */
  timeoutMs?: number;
  /** Retries for this call (overrides the client's `maxRetries`; 0 disables). */
  maxRetries?: number;
  /** Time limit of the whole call, retries and waits included, in milliseconds. */
  deadlineMs?: number;
  /** Declares this call safe to repeat (say, a POST carrying an idempotency key), so that it may be retried. */
  idempotent?: boolean;
}

/** Facts about a retry, passed to the `onRetry` hook before the client waits. */
export interface RetryInfo {
  /** The attempt that just failed (1 for the first). */
  readonly attempt: number;
  /** How long the client will wait before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** HTTP method of the call. */
  readonly method: string;
  /** Path template of the operation. */
  readonly path: string;
  /** Request id, the same on every attempt. */
  readonly requestId: string | undefined;
  /** Status of the failed attempt, when the server answered. */
  readonly status?: number;
  /** The error of the failed attempt, when it got no answer (network error or timeout). */
  readonly error?: EthoraError;
}

/**
 * The `retry` option: which failures are retried and how long to wait between attempts. Calls that are
 * safe to repeat (GET, HEAD, OPTIONS, PUT, DELETE and operations the spec marks idempotent) are retried
 * on `statuses`, network errors and timeouts; any call, POST and PATCH included, is retried on a 429 or
 * when no connection could be established, since the server then saw nothing it could have acted on.
 */
export interface RetryOptions {
  /** HTTP statuses worth retrying (default 408, 429, 502, 503, 504). */
  statuses?: readonly number[];
  /** Cap of the first backoff, in milliseconds; each retry doubles it (default 500). */
  baseDelayMs?: number;
  /** Largest backoff, in milliseconds (default 8 000). */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client will wait for; a longer one ends the retries (default 60 000). */
  maxRetryAfterMs?: number;
  /** Time limit of a whole call, retries and waits included, in milliseconds (default: none). */
  deadlineMs?: number;
  /** Called before each retry; return `false` to stop retrying and surface the failure. */
  // biome-ignore lint/suspicious/noConfusingVoidType: lets `async (info) => { ... }` hooks type-check.
  onRetry?: (info: RetryInfo) => void | boolean | Promise<void | boolean>;
}

/** The retry settings with every default filled in (what `backoffDelay` and the client work from). */
export interface RetrySettings {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** HTTP statuses worth retrying. */
  readonly statuses: ReadonlySet<number>;
  /** Cap of the first backoff, in milliseconds. */
  readonly baseDelayMs: number;
  /** Largest backoff, in milliseconds. */
  readonly maxDelayMs: number;
  /** Longest `Retry-After` the client will wait for, in milliseconds. */
  readonly maxRetryAfterMs: number;
  /** Time limit of a whole call, in milliseconds, if any. */
  readonly deadlineMs: number | undefined;
  /** The hook called before each retry, if any. */
  readonly onRetry: RetryOptions['onRetry'];
}
