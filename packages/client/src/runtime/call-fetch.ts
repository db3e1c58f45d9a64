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
import type { KnownCredentials } from '../logging/known-credentials.js';
import type { LevelledLogger } from '../logging/logger.js';
import { isSecretKey } from '../logging/redact.js';
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
  /** What errors and log lines are scrubbed of; learns each credential the calls send. */
  readonly credentials: KnownCredentials;
  readonly requestIdHeader: string | undefined;
  readonly generateRequestId: () => string;
}

/** One call as its attempts share it, fixed before the first (see {@link planCall}). */
type Call = Awaited<ReturnType<typeof planCall>>;

/** How one attempt ended: an answer, or an error; `failure` says what the retry decision needs to know. */
type Outcome =
  | { readonly answer: Answer; readonly error?: undefined; readonly failure?: AttemptFailure }
  | { readonly answer?: undefined; readonly error: EthoraError; readonly failure: AttemptFailure };

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
const UNDICI_TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const FINAL: AttemptFailure = { kind: 'final' };

/**
 * The `fetch` openapi-fetch calls: it runs attempts until one gets an answer worth keeping or the retry
 * policy stops, each with fresh credentials for the operation's security scheme, the same request id
 * and its own time limit, the waits honouring the caller's signal and the call's deadline.
 */
export function createCallFetch(settings: CallSettings): (request: Request) => Promise<Response> {
  const { logger, retry } = settings;
  // The level is fixed when the client is made: checked once, not on every attempt.
  const debug = logger.enabled('debug');
  const warn = logger.enabled('warn');

  return async (request) => {
    let own = request as unknown as EthoraRequest;
    if (!(own instanceof EthoraRequest))
      throw new TypeError('The client sends only the EthoraRequest of a call.');
    const { content } = own;
    // Forms, blobs, search params, streams: serialised once by the platform, so every attempt can send them.
    if (content !== undefined && typeof content !== 'string' && !(content instanceof Uint8Array)) {
      const serialised = new Response(content);
      const headers = new Headers(serialised.headers);
      for (const [name, value] of own.headers) headers.set(name, value);
      own = new EthoraRequest(own, { headers, body: new Uint8Array(await serialised.arrayBuffer()) });
    }
    const call = planCall(own, settings);
    const { signal } = call.exchange;
    for (let attempt = 1; ; attempt++) {
      const context: EthoraRequestContext = { ...call.context, attempts: attempt };
      const remaining = call.deadline - performance.now();
      // Failing before the attempt starts: the context counts the attempts made so far.
      if (signal?.aborted) throw new EthoraAbortError({ ...context, attempts: attempt - 1 }, signal.reason);
      if (remaining <= 0)
        throw new EthoraTimeoutError({ ...context, attempts: attempt - 1 }, call.deadlineMs ?? 0, 'deadline');
      const outcome = await attemptOnce(call, context, remaining);
      const delayMs = outcome.failure && (await retryDelay(call, outcome, outcome.failure, context));
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
    const { url, method, headers, body, redirect, signal } = call.exchange;
    // The call's own record: each attempt's credentials replace the previous attempt's, and are kept
    // in `sent`, so that an answer echoing any of them is scrubbed.
    if (credentials) {
      Object.assign(headers, credentials);
      for (const value of Object.values(credentials)) call.sent.add(value);
      settings.credentials.remember(call.sent);
    }
    if (debug) logger.debug('request', { ...context, timeoutMs });
    const began = debug ? performance.now() : 0;
    let answer: Answer;
    try {
      answer = await settings.send({ url, method, headers, body, redirect, signal, timeoutMs });
    } catch (error) {
      if (signal?.aborted) return { error: new EthoraAbortError(context, signal.reason), failure: FINAL };
      if (
        error instanceof AttemptTimeout ||
        UNDICI_TIMEOUTS.has((error as { code?: string } | null)?.code ?? '')
      ) {
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
    const { status } = answer;
    if (debug)
      logger.debug('response', { ...context, status, durationMs: Math.round(performance.now() - began) });
    // A rejected credential must not be served again from a provider's cache.
    if (status === 401 && !call.ownCredential) settings.auth?.rejected(call.operation);
    if (retry.statuses.has(status)) {
      const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'));
      return { answer, failure: { kind: 'status', status, retryAfterMs } };
    }
    if (status >= 400 && debug)
      logger.debug('request failed', { ...context, status, reason: 'not-retryable' });
    return { answer };
  }

  // The wait before the next attempt, or `undefined` when the call stops here.
  async function retryDelay(
    call: Call,
    outcome: Outcome,
    failure: AttemptFailure,
    context: EthoraRequestContext,
  ): Promise<number | undefined> {
    const attempt = context.attempts ?? 1;
    const remainingMs = call.deadline - performance.now();
    const { maxRetries, idempotent } = call;
    const decision = decideRetry({
      failure,
      attempt,
      maxRetries,
      idempotent,
      settings: retry,
      remainingMs,
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

/** What the attempts of a call share: what the client's middleware recorded, limits, a resendable body. */
function planCall(request: EthoraRequest, settings: CallSettings) {
  const method = request.method;
  const path = request.schemaPath ?? new URL(request.url).pathname;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { requestIdHeader } = settings;
  if (requestIdHeader) headers[requestIdHeader] ??= settings.generateRequestId();
  const body = request.content as string | Bytes | undefined;
  // As a `Request` given a text body without a type would.
  if (typeof body === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
  const operation = operationInfo[`${method} ${path}`];
  const deadlineMs = request.deadlineMs ?? settings.retry.deadlineMs;
  const { url, redirect, callerSignal: signal } = request;
  // Credentials the caller set itself (or the client's `headers` option did): known from the start.
  const sent = new Set<string>();
  for (const name in headers) if (isSecretKey(name)) sent.add(headers[name] as string);
  if (sent.size) settings.credentials.remember(sent);
  return {
    /** Method, path template and request id; `attempts` is set per attempt. */
    context: { method, path, requestId: requestIdHeader ? headers[requestIdHeader] : undefined },
    operation,
    parseAs: request.parseAs,
    requestIdHeader,
    /** The exchange without its time limit; `headers` hold no credentials. */
    exchange: { url, method, headers, body, redirect, signal },
    /** Every credential this call sent, over all its attempts. */
    sent,
    /** What an error of this call is scrubbed of: its own credentials, and all the client knows. */
    secrets: (): string[] => [...sent, ...settings.credentials.list()],
    /** True when the caller set a credential header itself, which turns automatic auth off. */
    ownCredential: CREDENTIAL_HEADERS.some((name) => headers[name] !== undefined),
    timeoutMs: request.timeoutMs ?? settings.timeoutMs,
    maxRetries: request.maxRetries ?? settings.retry.maxRetries,
    deadlineMs,
    /** `performance.now()` time the call must end by. */
    deadline: deadlineMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + deadlineMs,
    idempotent: request.idempotent ?? operation?.idempotent ?? IDEMPOTENT_METHODS.has(method),
  };
}
