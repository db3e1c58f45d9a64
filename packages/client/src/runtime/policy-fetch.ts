import type { AuthResolver } from '../auth/auth-headers.js';
import type { EthoraRequestContext } from '../errors/request-context.js';
import { EthoraAbortError, EthoraTimeoutError } from '../errors/request-errors.js';
import type { LevelledLogger } from '../logging/logger.js';
import type { RawSend } from '../transport/raw-exchange.js';
import { type AttemptOutcome, runAttempt } from './attempt.js';
import { type CallPlan, type PlanDefaults, planCall } from './call-plan.js';
import { callerSignalOf } from './call-request.js';
import { finishResponse } from './finish-response.js';
import { parseRetryAfter } from './retry-after.js';
import { type AttemptFailure, decideRetry, type RetrySettings } from './retry-policy.js';
import { failureReason } from './retry-reason.js';
import { sleep } from './sleep.js';

/** Everything the policy layer needs, resolved once per client. */
export interface PolicySettings {
  readonly send: RawSend;
  readonly timeoutMs: number;
  readonly retry: RetrySettings;
  readonly auth: AuthResolver | undefined;
  readonly logger: LevelledLogger;
  readonly requestIdHeader: string | undefined;
  readonly generateRequestId: () => string;
  /** Source of jitter; tests may fix it. */
  readonly random?: () => number;
}

/** The policy layer of one client: the `fetch` openapi-fetch calls, and the same loop for a call planned without a `Request`. */
export interface CallPolicy {
  /** The `fetch` openapi-fetch calls: plans the call from its `Request`, then runs it. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Runs a planned call to its final answer (see {@link createCallPolicy}). */
  readonly run: (plan: CallPlan, callerSignal: AbortSignal | undefined) => Promise<Response>;
  /** What a plan falls back to for limits the call does not set. */
  readonly defaults: PlanDefaults;
}

/**
 * The policy layer: it buffers the request body once, then runs attempts until one succeeds or the
 * retry policy stops. Each attempt gets fresh credentials from the auth resolver, the same request id
 * and its own time limit; waits between attempts honour the caller's signal.
 */
export function createCallPolicy(settings: PolicySettings): CallPolicy {
  const defaults: PlanDefaults = {
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.retry.maxRetries,
    deadlineMs: settings.retry.deadlineMs,
    requestIdHeader: settings.requestIdHeader,
    generateRequestId: settings.generateRequestId,
  };
  const { logger } = settings;
  // The level is fixed when the client is made: checked once, not on every attempt.
  const debug = logger.enabled('debug');
  const warn = logger.enabled('warn');

  return {
    fetch: async (request) => run(await planCall(request, defaults), callerSignalOf(request)),
    run,
    defaults,
  };

  async function run(plan: CallPlan, callerSignal: AbortSignal | undefined): Promise<Response> {
    const { facts } = plan;
    for (let attempt = 1; ; attempt++) {
      const context: EthoraRequestContext = {
        method: facts.method,
        path: facts.path,
        requestId: facts.requestId,
        attempts: attempt,
      };
      // Failing before the attempt starts: the context counts the attempts made so far.
      if (callerSignal?.aborted)
        throw new EthoraAbortError({ ...context, attempts: attempt - 1 }, callerSignal.reason);
      const remaining = plan.deadline - performance.now();
      if (remaining <= 0) {
        const before = { ...context, attempts: attempt - 1 };
        throw new EthoraTimeoutError(before, plan.deadlineMs ?? 0, 'deadline');
      }

      const outcome = await attemptOnce(plan, context, callerSignal, remaining);
      let failure: AttemptFailure;
      if (outcome.response) {
        const { status } = outcome.response;
        // A rejected credential must not be served again from a provider's cache.
        if (status === 401 && !plan.ownCredential) settings.auth?.rejected(facts.operation);
        if (!settings.retry.statuses.has(status)) {
          // The caller gets this answer (as data or as a typed error): only worth a debug line.
          if (status >= 400 && debug)
            logger.debug('request failed', { ...context, status, reason: 'not-retryable' });
          return finishResponse(outcome.response, facts, context, settings.requestIdHeader);
        }
        failure = {
          kind: 'status',
          status,
          retryAfterMs: parseRetryAfter(outcome.response.headers.get('retry-after')),
        };
      } else {
        failure = outcome.failure;
      }

      const delayMs = await retryDelay(plan, outcome, failure, attempt);
      if (delayMs === undefined) {
        if (outcome.response)
          return finishResponse(outcome.response, facts, context, settings.requestIdHeader);
        throw outcome.error;
      }
      try {
        await sleep(delayMs, callerSignal);
      } catch (reason) {
        throw new EthoraAbortError(context, reason);
      }
    }
  }

  async function attemptOnce(
    plan: CallPlan,
    context: EthoraRequestContext,
    callerSignal: AbortSignal | undefined,
    remainingMs: number,
  ): Promise<AttemptOutcome> {
    const credentials =
      plan.ownCredential || !settings.auth ? undefined : await settings.auth(plan.facts.operation);
    const headers = credentials ? { ...plan.headers, ...credentials } : plan.headers;
    // The last attempt before a deadline gets only the time that is left, and reports the deadline.
    const limit =
      remainingMs < plan.timeoutMs
        ? {
            kind: 'deadline' as const,
            waitMs: Math.max(1, Math.floor(remainingMs)),
            reportMs: plan.deadlineMs ?? 0,
          }
        : { kind: 'attempt' as const, waitMs: plan.timeoutMs, reportMs: plan.timeoutMs };
    if (debug) logger.debug('request', { ...context, timeoutMs: limit.waitMs });
    const began = debug ? performance.now() : 0;
    const outcome = await runAttempt(
      settings.send,
      { ...plan.request, headers },
      callerSignal,
      limit,
      context,
    );
    if (outcome.response && debug) {
      const durationMs = Math.round(performance.now() - began);
      logger.debug('response', { ...context, status: outcome.response.status, durationMs });
    }
    return outcome;
  }

  // The wait before the next attempt, or `undefined` when the call stops here.
  async function retryDelay(
    plan: CallPlan,
    outcome: AttemptOutcome,
    failure: AttemptFailure,
    attempt: number,
  ): Promise<number | undefined> {
    const { facts } = plan;
    const decision = decideRetry({
      failure,
      attempt,
      maxRetries: plan.maxRetries,
      idempotent: plan.idempotent,
      settings: settings.retry,
      remainingMs: plan.deadline - performance.now(),
      random: settings.random,
    });
    const context = { method: facts.method, path: facts.path, requestId: facts.requestId, attempts: attempt };
    let reason: string | undefined = decision.retry ? undefined : decision.reason;
    if (decision.retry && settings.retry.onRetry) {
      const verdict = await settings.retry.onRetry({
        attempt,
        delayMs: decision.delayMs,
        method: facts.method,
        path: facts.path,
        requestId: facts.requestId,
        status: outcome.response?.status,
        error: outcome.error,
      });
      if (verdict === false) reason = 'stopped by onRetry';
    }
    if (reason !== undefined || !decision.retry) {
      // The caller receives this failure as an answer or a thrown error: a debug line, not a warning.
      // Aborts, unusable bodies and errors from an injected fetch are final and say enough themselves.
      if (failure.kind !== 'final' && debug) {
        logger.debug('request failed', {
          ...context,
          status: outcome.response?.status,
          error: outcome.error?.name,
          reason,
        });
      }
      return undefined;
    }
    // A retry is invisible to the caller, so it is the one thing logged at `warn` by default.
    if (warn) {
      logger.warn('retrying', {
        ...context,
        reason: failureReason(failure, outcome.error),
        delayMs: decision.delayMs,
        status: outcome.response?.status,
        error: outcome.error?.name,
      });
    }
    return decision.delayMs;
  }
}
