import { EthoraError } from '../errors/ethora-error.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import { EthoraAbortError, EthoraNetworkError, EthoraTimeoutError } from '../errors/request-errors.js';
import {
  AttemptTimeout,
  type RawRequest,
  type RawResponse,
  type RawSend,
} from '../transport/raw-exchange.js';
import { neverConnected } from './connect-failure.js';
import type { AttemptFailure } from './retry-policy.js';

/** How one attempt ended: an answer, or an error with what the retry decision needs to know. */
export type AttemptOutcome =
  | { readonly response: RawResponse; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: EthoraError; readonly failure: AttemptFailure };

const NETWORK: AttemptFailure = { kind: 'network' };
const NOT_CONNECTED: AttemptFailure = { kind: 'network', neverConnected: true };
const TIMEOUT: AttemptFailure = { kind: 'timeout' };
const FINAL: AttemptFailure = { kind: 'final' };

/** How long an attempt may take, and which limit a timeout reports. */
export interface AttemptLimit {
  /** The attempt's own timeout, or what is left before the call's deadline. */
  readonly kind: 'attempt' | 'deadline';
  /** Milliseconds the attempt may run. */
  readonly waitMs: number;
  /** Milliseconds named in the timeout error: the attempt timeout, or the whole deadline. */
  readonly reportMs: number;
}

/**
 * Runs one attempt: the transport gets the caller's signal and the attempt's time limit, and keeps the
 * timer itself (cleared when the exchange ends, whatever the outcome), so that nothing outlives the
 * attempt and a call without a signal creates no `AbortController` on the `node:http` path.
 */
export async function runAttempt(
  send: RawSend,
  request: Omit<RawRequest, 'signal' | 'timeoutMs'>,
  callerSignal: AbortSignal | undefined,
  limit: AttemptLimit,
  context: EthoraRequestContext,
): Promise<AttemptOutcome> {
  try {
    return { response: await send({ ...request, signal: callerSignal, timeoutMs: limit.waitMs }) };
  } catch (error) {
    if (callerSignal?.aborted)
      return { error: new EthoraAbortError(context, callerSignal.reason), failure: FINAL };
    if (error instanceof AttemptTimeout) {
      const timeout = new EthoraTimeoutError(context, limit.reportMs, limit.kind);
      return { error: timeout, failure: limit.kind === 'attempt' ? TIMEOUT : FINAL };
    }
    // An injected fetch may throw our own errors already; they are final as they are.
    if (error instanceof EthoraError) return { error, failure: FINAL };
    const failure = neverConnected(error) ? NOT_CONNECTED : NETWORK;
    return { error: new EthoraNetworkError(context, error), failure };
  }
}
