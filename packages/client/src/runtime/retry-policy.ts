import type { EthoraError } from '../errors/ethora-error.js';

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
