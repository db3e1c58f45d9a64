import { type AuthResolver, CREDENTIAL_HEADERS } from '../auth/auth-headers.js';
import type { RetrySettings } from '../client-options.js';
import { EthoraError } from '../errors/ethora-error.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import {
  EthoraAbortError,
  EthoraInvalidResponseError,
  EthoraNetworkError,
  EthoraTimeoutError,
} from '../errors/request-errors.js';
import { operationInfo } from '../generated/operations.js';
import type { LevelledLogger } from '../logging/logger.js';
import { type Answer, AttemptTimeout, type Bytes, type Send } from '../transport/exchange.js';
import { ResponseTooLarge } from '../transport/read-body.js';
import { finishResponse } from './call-response.js';
import { EthoraRequest } from './ethora-request.js';
import {
  type AttemptFailure,
  decideRetry,
  failureReason,
  neverConnected,
  parseRetryAfter,
  sleep,
} from './retry-policy.js';

/** Everything the client's `fetch` needs, resolved once per client. */
export interface CallSettings {
  readonly send: Send;
  readonly timeoutMs: number;
  readonly retry: RetrySettings;
  readonly auth: AuthResolver | undefined;
  readonly logger: LevelledLogger;
  readonly requestIdHeader: string | undefined;
  readonly generateRequestId: () => string;
  /** Source of jitter; tests may fix it. */
  readonly random?: () => number;
}

/** One call as its attempts share it, fixed before the first (see {@link planCall}). */
type Call = Awaited<ReturnType<typeof planCall>>;

/** How one attempt ended: an answer, or an error with what the retry decision needs to know. */
type Outcome =
  | { readonly answer: Answer; readonly error?: undefined }
  | { readonly answer?: undefined; readonly error: EthoraError; readonly failure: AttemptFailure };

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const UNDICI_TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const FINAL: AttemptFailure = { kind: 'final' };

/**
 * The `fetch` openapi-fetch calls: it fixes the call's limits and body once, then runs attempts until
 * one gets an answer worth keeping or the retry policy stops. Each attempt gets fresh credentials for
 * the operation's security scheme, the same request id and its own time limit; waits between attempts
 * honour the caller's signal and the call's deadline. Failures reject with typed errors.
 */
export function createCallFetch(settings: CallSettings): (request: Request) => Promise<Response> {
  const { logger, retry } = settings;
  // The level is fixed when the client is made: checked once, not on every attempt.
  const debug = logger.enabled('debug');
  const warn = logger.enabled('warn');

  return async (request) => {
    const call = await planCall(request as unknown as EthoraRequest | Request, settings);
    const { signal } = call.exchange;
    for (let attempt = 1; ; attempt++) {
      const context: EthoraRequestContext = { ...call.context, attempts: attempt };
      // Failing before the attempt starts: the context counts the attempts made so far.
      const before = { ...call.context, attempts: attempt - 1 };
      if (signal?.aborted) throw new EthoraAbortError(before, signal.reason);
      const remaining = call.deadline - performance.now();
      if (remaining <= 0) throw new EthoraTimeoutError(before, call.deadlineMs ?? 0, 'deadline');

      const outcome = await attemptOnce(call, context, remaining);
      let failure: AttemptFailure;
      if (outcome.answer) {
        const { status } = outcome.answer;
        // A rejected credential must not be served again from a provider's cache.
        if (status === 401 && !call.ownCredential) settings.auth?.rejected(call.operation);
        if (!retry.statuses.has(status)) {
          if (status >= 400 && debug)
            logger.debug('request failed', { ...context, status, reason: 'not-retryable' });
          return finishResponse(outcome.answer, call, context);
        }
        failure = {
          kind: 'status',
          status,
          retryAfterMs: parseRetryAfter(outcome.answer.headers.get('retry-after')),
        };
      } else {
        failure = outcome.failure;
      }
      const delayMs = await retryDelay(call, outcome, failure, context);
      if (delayMs === undefined) {
        if (outcome.answer) return finishResponse(outcome.answer, call, context);
        throw outcome.error;
      }
      try {
        await sleep(delayMs, signal);
      } catch (reason) {
        throw new EthoraAbortError(context, reason);
      }
    }
  };

  async function attemptOnce(
    call: Call,
    context: EthoraRequestContext,
    remainingMs: number,
  ): Promise<Outcome> {
    const credentials =
      call.ownCredential || !settings.auth ? undefined : await settings.auth(call.operation);
    // The last attempt before a deadline gets only the time that is left, and reports the deadline.
    const lastBeforeDeadline = remainingMs < call.timeoutMs;
    const timeoutMs = lastBeforeDeadline ? Math.max(1, Math.floor(remainingMs)) : call.timeoutMs;
    const { headers } = call.exchange;
    if (debug) logger.debug('request', { ...context, timeoutMs });
    const began = debug ? performance.now() : 0;
    try {
      const answer = await settings.send({
        ...call.exchange,
        headers: credentials ? { ...headers, ...credentials } : headers,
        timeoutMs,
      });
      if (debug) {
        const durationMs = Math.round(performance.now() - began);
        logger.debug('response', { ...context, status: answer.status, durationMs });
      }
      return { answer };
    } catch (error) {
      const { signal } = call.exchange;
      if (signal?.aborted) return { error: new EthoraAbortError(context, signal.reason), failure: FINAL };
      const code = (error as { code?: unknown } | null)?.code;
      if (error instanceof AttemptTimeout || UNDICI_TIMEOUTS.has(code as string)) {
        if (lastBeforeDeadline)
          return { error: new EthoraTimeoutError(context, call.deadlineMs ?? 0, 'deadline'), failure: FINAL };
        return { error: new EthoraTimeoutError(context, timeoutMs), failure: { kind: 'timeout' } };
      }
      if (error instanceof ResponseTooLarge) {
        const init = { status: error.status, reason: 'too-large' as const, bodyExcerpt: '' };
        return { error: new EthoraInvalidResponseError(context, init), failure: FINAL };
      }
      // An injected fetch may throw our own errors already; they are final as they are.
      if (error instanceof EthoraError) return { error, failure: FINAL };
      const failure: AttemptFailure = { kind: 'network', neverConnected: neverConnected(error) };
      return { error: new EthoraNetworkError(context, error), failure };
    }
  }

  // The wait before the next attempt, or `undefined` when the call stops here.
  async function retryDelay(
    call: Call,
    outcome: Outcome,
    failure: AttemptFailure,
    context: EthoraRequestContext,
  ): Promise<number | undefined> {
    const attempt = context.attempts ?? 1;
    const decision = decideRetry({
      failure,
      attempt,
      maxRetries: call.maxRetries,
      idempotent: call.idempotent,
      settings: retry,
      remainingMs: call.deadline - performance.now(),
      random: settings.random,
    });
    const status = outcome.answer?.status;
    const error = outcome.error;
    let reason: string | undefined = decision.retry ? undefined : decision.reason;
    if (decision.retry && retry.onRetry) {
      const info = { ...call.context, attempt, delayMs: decision.delayMs, status, error };
      if ((await retry.onRetry(info)) === false) reason = 'stopped by onRetry';
    }
    if (reason !== undefined || !decision.retry) {
      // The caller receives this failure as an answer or a thrown error: a debug line, not a warning.
      // Aborts, unusable bodies and errors from an injected fetch are final and say enough themselves.
      if (failure.kind !== 'final' && debug)
        logger.debug('request failed', { ...context, status, error: error?.name, reason });
      return undefined;
    }
    // A retry is invisible to the caller, so it is the one thing logged at `warn` by default.
    if (warn) {
      const { delayMs } = decision;
      const why = failureReason(failure, error);
      logger.warn('retrying', { ...context, reason: why, delayMs, status, error: error?.name });
    }
    return decision.delayMs;
  }
}

/**
 * Reads what the attempts of a call share from its request: the path template and options the client's
 * middleware recorded (a request a caller's middleware rebuilt by other means falls back to its URL path),
 * the limits, and the body in a form every attempt can send again.
 */
async function planCall(request: EthoraRequest | Request, settings: CallSettings) {
  const own = request instanceof EthoraRequest ? request : undefined;
  const method = request.method.toUpperCase();
  const path = own?.schemaPath ?? new URL(request.url).pathname;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { requestIdHeader } = settings;
  if (requestIdHeader) headers[requestIdHeader] ??= settings.generateRequestId();
  let body: string | Bytes | undefined;
  const content = own ? own.content : (request.body ?? undefined);
  if (typeof content === 'string') {
    body = content;
    // As a `Request` given a text body without a type would.
    headers['content-type'] ??= 'text/plain;charset=UTF-8';
  } else if (content !== undefined) {
    // Forms, blobs, search params, streams: serialised once by the platform, with the type it names.
    const serialised = new Response(content);
    const type = serialised.headers.get('content-type');
    if (type) headers['content-type'] ??= type;
    body = new Uint8Array(await serialised.arrayBuffer());
  }
  const operation = operationInfo[`${method} ${path}`];
  const deadlineMs = own?.deadlineMs ?? settings.retry.deadlineMs;
  return {
    /** Method, path template and request id; `attempts` is set per attempt. */
    context: { method, path, requestId: requestIdHeader ? headers[requestIdHeader] : undefined },
    operation,
    parseAs: own?.parseAs,
    requestIdHeader,
    /** The exchange without its time limit; `headers` hold no credentials. */
    exchange: {
      url: request.url,
      method,
      headers,
      body,
      redirect: request.redirect,
      signal: own ? own.callerSignal : request.signal,
    },
    /** True when the caller set a credential header itself, which turns automatic auth off. */
    ownCredential: CREDENTIAL_HEADERS.some((name) => headers[name] !== undefined),
    timeoutMs: own?.timeoutMs ?? settings.timeoutMs,
    maxRetries: own?.maxRetries ?? settings.retry.maxRetries,
    deadlineMs,
    /** `performance.now()` time the call must end by. */
    deadline: deadlineMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + deadlineMs,
    idempotent: own?.idempotent ?? operation?.idempotent ?? IDEMPOTENT_METHODS.has(method),
  };
}
