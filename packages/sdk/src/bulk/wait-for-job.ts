import { EthoraAbortError } from '@ethora/client';
import { EthoraJobError, EthoraJobTimeoutError } from '../errors/ethora-job-error.js';
import { pickOptions } from '../repository/pick-options.js';
import { assertPlainId } from '../validation/assert-id.js';
import { assertInteger } from '../validation/assert-number.js';
import { fail } from '../validation/fail.js';

/**
 * Longest overall wait for a job, in milliseconds: 24 hours. A job still running after a day belongs in a
 * scheduler that checks on it, not in a promise a process holds open.
 */
export const MAX_JOB_WAIT_MS = 86_400_000;

/**
 * Longest wait between two status reads, in milliseconds: 10 minutes. A longer gap only delays noticing a finished
 * job (and keeps every delay far below the 2^31 ms that timers honour).
 */
export const MAX_JOB_POLL_DELAY_MS = 600_000;

/** How {@link waitForJob} polls. */
export interface WaitForJobOptions {
  /** Give up after this many milliseconds (default 120 000; 1 to {@link MAX_JOB_WAIT_MS}, 24 hours). */
  timeoutMs?: number | undefined;
  /**
   * Wait before the first status read, in milliseconds (default 150; 0 to {@link MAX_JOB_POLL_DELAY_MS}): short,
   * so that a quick job is seen done early; the waits after it grow by `backoffFactor`, so a slow job costs few reads.
   */
  initialDelayMs?: number | undefined;
  /** Longest wait between two status reads, in milliseconds (default 5 000; 1 to {@link MAX_JOB_POLL_DELAY_MS}). */
  maxDelayMs?: number | undefined;
  /** Each wait is the previous one times this factor, up to `maxDelayMs` (default 2). */
  backoffFactor?: number | undefined;
  /** Stops waiting (and the status read in flight) with `EthoraAbortError`. */
  signal?: AbortSignal | undefined;
}

/** The part of a job status every job route returns. */
export interface PollableJob {
  /** `pending`, `running`, `completed` or `failed`. */
  state: string;
  /** Why a failed job failed; its shape is not documented. */
  error?: unknown;
}

/** Defaults of {@link WaitForJobOptions}. */
export const DEFAULT_JOB_WAIT: Readonly<Required<Omit<WaitForJobOptions, 'signal'>>> = Object.freeze({
  timeoutMs: 120_000,
  initialDelayMs: 150,
  maxDelayMs: 5_000,
  backoffFactor: 2,
});

/** Validated polling settings. */
type JobWaitSettings = Required<Omit<WaitForJobOptions, 'signal'>> & { signal: AbortSignal | undefined };

/** Validates {@link WaitForJobOptions} and applies the defaults. */
export function jobWaitSettings(argument: string, options: unknown): JobWaitSettings {
  const picked =
    pickOptions<WaitForJobOptions>(argument, options, {
      timeoutMs: (name, value) => assertInteger(name, value, { min: 1, max: MAX_JOB_WAIT_MS }),
      initialDelayMs: (name, value) => assertInteger(name, value, { min: 0, max: MAX_JOB_POLL_DELAY_MS }),
      maxDelayMs: (name, value) => assertInteger(name, value, { min: 1, max: MAX_JOB_POLL_DELAY_MS }),
      backoffFactor: (name, value) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > 10) {
          fail(name, 'range', 'must be a number from 1 to 10', value);
        }
      },
      signal: (name, value) => {
        if (!(value instanceof AbortSignal)) fail(name, 'type', 'expected an AbortSignal', value);
      },
    }) ?? {};
  return { ...DEFAULT_JOB_WAIT, signal: undefined, ...picked };
}

/**
 * Polls a background job until it completes and returns its last status. Waits grow from
 * `initialDelayMs` by `backoffFactor` up to `maxDelayMs`. A `failed` job throws {@link EthoraJobError};
 * a job unfinished after `timeoutMs` throws {@link EthoraJobTimeoutError}; an aborted `signal` throws
 * `EthoraAbortError`. `readJob` gets the signal to pass to its request.
 */
export async function waitForJob<J extends PollableJob>(
  jobId: string,
  readJob: (signal: AbortSignal | undefined) => Promise<J>,
  options?: WaitForJobOptions,
): Promise<J> {
  assertPlainId('jobId', jobId);
  if (typeof readJob !== 'function') fail('readJob', 'type', 'expected a function', readJob);
  const settings = jobWaitSettings('options', options);
  const { signal } = settings;
  const deadline = Date.now() + settings.timeoutMs;
  let delay = settings.initialDelayMs;
  let polls = 0;
  let lastState: string | undefined;
  for (;;) {
    await pause(Math.min(delay, Math.max(0, deadline - Date.now())), jobId, signal);
    const job = await readJob(signal);
    polls += 1;
    lastState = job.state;
    if (job.state === 'completed') return job;
    if (job.state === 'failed') throw new EthoraJobError(jobId, job.error);
    if (Date.now() >= deadline) throw new EthoraJobTimeoutError(jobId, settings.timeoutMs, lastState, polls);
    delay = Math.min(Math.max(delay, 1) * settings.backoffFactor, settings.maxDelayMs);
  }
}

function pause(ms: number, jobId: string, signal: AbortSignal | undefined): Promise<void> {
  const aborted = () => new EthoraAbortError({ method: 'WAIT', path: `job ${jobId}` }, signal?.reason);
  if (signal?.aborted) return Promise.reject(aborted());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
