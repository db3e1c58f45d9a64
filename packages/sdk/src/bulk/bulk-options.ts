import { EthoraAbortError } from '@ethora/client';
import { assertInteger } from '../validation/assert-number.js';
import { fail } from '../validation/fail.js';

/**
 * Default number of batches in flight at once: ten batches of 100 cover a workspace of 1,000 users in a
 * single wave, so its batch jobs run side by side instead of waiting for each other.
 */
export const DEFAULT_BULK_CONCURRENCY = 10;
/** Most batches in flight at once. */
export const MAX_BULK_CONCURRENCY = 16;

/** Checks `concurrency` (1–16) and returns it, or {@link DEFAULT_BULK_CONCURRENCY}. */
export function bulkConcurrency(argument: string, value: unknown): number {
  if (value === undefined) return DEFAULT_BULK_CONCURRENCY;
  assertInteger(argument, value, { min: 1, max: MAX_BULK_CONCURRENCY });
  return value;
}

/** Checks an optional `AbortSignal`. */
export function optionalSignal(argument: string, value: unknown): AbortSignal | undefined {
  if (value !== undefined && !(value instanceof AbortSignal))
    fail(argument, 'type', 'expected an AbortSignal', value);
  return value;
}

/** Throws `EthoraAbortError` for `operation` when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, operation: string): void {
  if (signal?.aborted) throw new EthoraAbortError({ method: 'RUN', path: operation }, signal.reason);
}
