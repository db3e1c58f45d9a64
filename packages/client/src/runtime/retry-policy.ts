import type { RetryOptions, RetrySettings } from '../client-options.js';
import type { EthoraError } from '../errors/ethora-error.js';

// How far down a chain of `cause`s the error helpers below look.
const MAX_DEPTH = 4;

/** Statuses retried by default: timeouts, rate limits and gateway failures. */
export const DEFAULT_RETRY_STATUSES: readonly number[] = [408, 429, 502, 503, 504];
/** Retries by default. */
export const DEFAULT_MAX_RETRIES = 2;

/** Fills in the defaults of the `retry` option. */
export function resolveRetrySettings(
  maxRetries: number | undefined,
  options: RetryOptions = {},
): RetrySettings {
  return {
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
    statuses: new Set(options.statuses ?? DEFAULT_RETRY_STATUSES),
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 8_000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    deadlineMs: options.deadlineMs,
    onRetry: options.onRetry,
  };
}

/**
 * Exponential backoff with full jitter: a uniform wait between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^(retry - 1))`, where `retry` counts from 1.
 */
export function backoffDelay(
  retry: number,
  settings: Pick<RetrySettings, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** One failed attempt, as far as the retry decision is concerned. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs: number | undefined }
  /** `neverConnected`: the connection was refused or never set up, so the server saw nothing of the request. */
  | { readonly kind: 'network'; readonly neverConnected?: boolean }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'final' };

/**
 * True when repeating the attempt is safe whatever the method: the server refused to process it
 * (429), or the request never left the client (no connection was established). A 503 or a reset
 * connection may come after the server acted, so those are retried only for idempotent calls.
 */
export function isSafeForAnyMethod(failure: AttemptFailure): boolean {
  if (failure.kind === 'status') return failure.status === 429;
  return failure.kind === 'network' && failure.neverConnected === true;
}

/** Whether to retry, and after how long; `reason` says why not. */
export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | {
      readonly retry: false;
      readonly reason: 'not-retryable' | 'not-idempotent' | 'exhausted' | 'retry-after-too-long' | 'deadline';
    };

/** Decides about one failed attempt; pure, so that the timing rules can be tested without a network. */
export function decideRetry(input: {
  readonly failure: AttemptFailure;
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  readonly maxRetries: number;
  readonly idempotent: boolean;
  readonly settings: RetrySettings;
  /** Milliseconds left before the call's deadline (`Infinity` without one). */
  readonly remainingMs: number;
  readonly random?: () => number;
}): RetryDecision {
  const { failure, settings } = input;
  if (failure.kind === 'final') return { retry: false, reason: 'not-retryable' };
  if (failure.kind === 'status' && !settings.statuses.has(failure.status)) {
    return { retry: false, reason: 'not-retryable' };
  }
  if (!input.idempotent && !isSafeForAnyMethod(failure)) return { retry: false, reason: 'not-idempotent' };
  if (input.attempt > input.maxRetries) return { retry: false, reason: 'exhausted' };
  let delayMs: number;
  if (failure.kind === 'status' && failure.retryAfterMs !== undefined) {
    if (failure.retryAfterMs > settings.maxRetryAfterMs)
      return { retry: false, reason: 'retry-after-too-long' };
    delayMs = failure.retryAfterMs;
  } else {
    delayMs = backoffDelay(input.attempt, settings, input.random);
  }
  if (delayMs >= input.remainingMs) return { retry: false, reason: 'deadline' };
  return { retry: true, delayMs };
}

/**
 * Reads a `Retry-After` value, in delta-seconds (`"120"`, `"1.5"`) or as an HTTP date, into
 * milliseconds from `now`. Returns `undefined` when the value is missing or unreadable; a date in
 * the past gives 0.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only accept things that look like a date, so `"soon"` or `"-5"` are not read as one.
  if (!/[a-z]/i.test(text) || !/\d/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

// Failures that happen before a connection exists: the request cannot have reached the server.
// undici rejects with the system error itself; `fetch` wraps it in a `TypeError('fetch failed')`.
const NEVER_CONNECTED_CODES = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT']);
const NEVER_CONNECTED_SYSCALLS = new Set(['connect', 'getaddrinfo']);

/**
 * True when a transport error shows that no connection was established (refused, connect timeout,
 * DNS failure), so nothing of the request was sent and repeating it is safe for any method.
 */
export function neverConnected(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth >= MAX_DEPTH) return false;
  const { code, syscall, cause } = error as { code?: unknown; syscall?: unknown; cause?: unknown };
  if (typeof code === 'string' && NEVER_CONNECTED_CODES.has(code)) return true;
  if (typeof syscall === 'string' && NEVER_CONNECTED_SYSCALLS.has(syscall)) return true;
  return neverConnected(cause, depth + 1);
}

/**
 * Says in a few words why an attempt failed, for the `retrying` log line: `status 503`,
 * `network error ECONNREFUSED (not connected)`, `timeout`. Never includes a body, header or URL.
 */
export function failureReason(failure: AttemptFailure, error: EthoraError | undefined): string {
  switch (failure.kind) {
    case 'status':
      return `status ${failure.status}`;
    case 'timeout':
      return 'timeout';
    case 'network': {
      const code = errorCode(error?.cause);
      const base = code ? `network error ${code}` : 'network error';
      return failure.neverConnected ? `${base} (not connected)` : base;
    }
    default:
      return error?.name ?? 'failure';
  }
}

// The first `code` along the cause chain (`ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`...).
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth >= MAX_DEPTH) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === 'string' ? code : errorCode(cause, depth + 1);
}

/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts; leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
