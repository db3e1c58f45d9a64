import { EthoraError } from '../errors/ethora-error.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import { EthoraAbortError, EthoraNetworkError, EthoraTimeoutError } from '../errors/request-errors.js';
import type { RawRequest, RawResponse, RawSend } from '../transport/raw-exchange.js';
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
 * Runs one attempt under its own timer, combined with the caller's signal. The timer is created
 * for this attempt and cleared when it ends, whatever the outcome; nothing outlives the attempt.
 */
export async function runAttempt(
  send: RawSend,
  request: Omit<RawRequest, 'signal'>,
  callerSignal: AbortSignal | undefined,
  limit: AttemptLimit,
  context: EthoraRequestContext,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`Timed out after ${limit.waitMs} ms`, 'TimeoutError'));
  }, limit.waitMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    return { response: await send({ ...request, signal: controller.signal }) };
  } catch (error) {
    if (callerSignal?.aborted)
      return { error: new EthoraAbortError(context, callerSignal.reason), failure: FINAL };
    if (timedOut) {
      const error = new EthoraTimeoutError(context, limit.reportMs, limit.kind);
      return { error, failure: limit.kind === 'attempt' ? TIMEOUT : FINAL };
    }
    // An injected fetch may throw our own errors already; they are final as they are.
    if (error instanceof EthoraError) return { error, failure: FINAL };
    const failure = neverConnected(error) ? NOT_CONNECTED : NETWORK;
    return { error: new EthoraNetworkError(context, error), failure };
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
