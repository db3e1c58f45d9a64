import type { RetryOptions, RetrySettings } from '../client-options.js';
import type { EthoraError } from '../errors/ethora-error.js';

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
function isSafeForAnyMethod(failure: AttemptFailure): boolean {
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
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'connect', 'getaddrinfo']);

// The errors along a `cause` chain, a few levels deep.
function* causeChain(error: unknown): Generator<{ code?: unknown; syscall?: unknown }> {
  for (let depth = 0; typeof error === 'object' && error !== null && depth < 4; depth++) {
    yield error;
    error = (error as { cause?: unknown }).cause;
  }
}

/**
 * True when a transport error shows that no connection was established (refused, connect timeout,
 * DNS failure), so nothing of the request was sent and repeating it is safe for any method.
 */
export function neverConnected(error: unknown): boolean {
  for (const { code, syscall } of causeChain(error))
    if (NEVER_CONNECTED.has(code as string) || NEVER_CONNECTED.has(syscall as string)) return true;
  return false;
}

/**
 * Says in a few words why an attempt failed, for the `retrying` log line: `status 503`,
 * `network error ECONNREFUSED (not connected)`, `timeout`. Never includes a body, header or URL.
 */
export function failureReason(failure: AttemptFailure, error: EthoraError | undefined): string {
  if (failure.kind === 'status') return `status ${failure.status}`;
  if (failure.kind !== 'network') return failure.kind === 'timeout' ? 'timeout' : (error?.name ?? 'failure');
  const code = [...causeChain(error?.cause)].find((cause) => typeof cause.code === 'string')?.code;
  return `network error${code ? ` ${code}` : ''}${failure.neverConnected ? ' (not connected)' : ''}`;
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
