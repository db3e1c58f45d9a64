import { redactString } from '../logging/redact.js';
import { EthoraError } from './ethora-error.js';
import { callSuffix, describeCall, type EthoraRequestContext } from './request-context.js';
import { safeCause } from './safe-cause.js';

/** Fields shared by the errors of a call that got no usable answer. */
abstract class EthoraRequestError extends EthoraError {
  /** HTTP method of the call. */
  readonly method: string;
  /** Path template of the operation. */
  readonly path: string;
  /** Request id of the call. */
  readonly requestId: string | undefined;
  /** Attempts made, retries included. */
  readonly attempts: number;

  protected constructor(message: string, context: EthoraRequestContext, cause?: unknown) {
    const safe = safeCause(cause);
    super(`${describeCall(context)} ${message}${callSuffix(context)}`, safe ? { cause: safe } : undefined);
    this.method = context.method;
    this.path = context.path;
    this.requestId = context.requestId;
    this.attempts = context.attempts ?? 1;
  }

  /** A plain object for structured logs. */
  toJSON(): Record<string, unknown> {
    const cause =
      this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : undefined;
    return {
      name: this.name,
      message: this.message,
      method: this.method,
      path: this.path,
      requestId: this.requestId,
      attempts: this.attempts,
      cause,
    };
  }
}

/** The request never got a complete answer: DNS failure, refused or reset connection, TLS error. */
export class EthoraNetworkError extends EthoraRequestError {
  /** Always `'EthoraNetworkError'`. */
  override name = 'EthoraNetworkError';

  /** Creates the error; `cause` is copied without any reference to the request or socket. */
  constructor(context: EthoraRequestContext, cause?: unknown) {
    const reason = cause instanceof Error ? describeNetworkCause(cause) : 'a network error';
    super(`failed: ${reason}`, context, cause);
  }
}

/** The call took longer than its per-attempt timeout or its overall deadline. */
export class EthoraTimeoutError extends EthoraRequestError {
  /** Always `'EthoraTimeoutError'`. */
  override name = 'EthoraTimeoutError';
  /** The limit that was hit, in milliseconds. */
  readonly timeoutMs: number;
  /** Whether one attempt ran out of time (`'attempt'`) or the whole call did (`'deadline'`). */
  readonly limit: 'attempt' | 'deadline';

  /** Creates the error for the limit that was hit. */
  constructor(context: EthoraRequestContext, timeoutMs: number, limit: 'attempt' | 'deadline' = 'attempt') {
    super(
      limit === 'attempt' ? `timed out after ${timeoutMs} ms` : `ran past its deadline of ${timeoutMs} ms`,
      context,
    );
    this.timeoutMs = timeoutMs;
    this.limit = limit;
  }

  /** Adds the limit to the base fields. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, limit: this.limit };
  }
}

/** The caller's `AbortSignal` fired; the call was cancelled and not retried. */
export class EthoraAbortError extends EthoraRequestError {
  /** Always `'EthoraAbortError'`. */
  override name = 'EthoraAbortError';

  /** Creates the error; the signal's reason becomes a scrubbed `cause`. */
  constructor(context: EthoraRequestContext, reason?: unknown) {
    super('was aborted by the caller', context, reason);
  }
}

/** Why an answer could not be used: an empty or non-JSON 2xx body, or a body past the size limit. */
export type InvalidResponseReason = 'empty' | 'invalid-json' | 'too-large';

/** An answer whose body was larger than the client reads, or a 2xx body that was empty or not JSON where the operation returns JSON. */
export class EthoraInvalidResponseError extends EthoraRequestError {
  /** Always `'EthoraInvalidResponseError'`. */
  override name = 'EthoraInvalidResponseError';
  /** HTTP status of the answer. */
  readonly status: number;
  /** What was wrong with the body. */
  readonly reason: InvalidResponseReason;
  /** The first characters of the body, scrubbed of credentials. */
  readonly bodyExcerpt: string;

  /** Creates the error with a short excerpt of the body. */
  constructor(
    context: EthoraRequestContext,
    init: { status: number; reason: InvalidResponseReason; bodyExcerpt: string },
  ) {
    const what =
      init.reason === 'empty'
        ? 'an empty body'
        : init.reason === 'too-large'
          ? 'a body larger than the client reads'
          : `a body that is not JSON: ${JSON.stringify(init.bodyExcerpt)}`;
    super(`answered ${init.status} with ${what}`, context);
    this.status = init.status;
    this.reason = init.reason;
    this.bodyExcerpt = init.bodyExcerpt;
  }

  /** Adds status, reason and excerpt to the base fields. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, reason: this.reason, bodyExcerpt: this.bodyExcerpt };
  }
}

function describeNetworkCause(cause: Error): string {
  // `fetch` wraps the real reason (`ECONNREFUSED`, `UND_ERR_SOCKET`...) in a generic `fetch failed`.
  const inner = (cause as { cause?: unknown }).cause;
  const source = inner instanceof Error ? inner : cause;
  const code = (source as { code?: unknown }).code;
  const message = redactString(source.message);
  return typeof code === 'string' && !message.includes(code) ? `${code} (${message})` : message;
}
