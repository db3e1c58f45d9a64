import { EthoraAbortError } from '@ethora/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_JOB_WAIT,
  EthoraJobError,
  EthoraJobTimeoutError,
  EthoraValidationError,
  MAX_JOB_POLL_DELAY_MS,
  MAX_JOB_WAIT_MS,
  waitForJob,
} from '../src/index.js';

// A job that reports the given states in turn, recording each read.
function scriptedJob(states: { state: string; error?: unknown }[]) {
  const reads: (AbortSignal | undefined)[] = [];
  const read = async (signal: AbortSignal | undefined) => {
    reads.push(signal);
    return states[Math.min(reads.length - 1, states.length - 1)] as { state: string; error?: unknown };
  };
  return { read, reads };
}

describe('waitForJob', () => {
  it('polls until the job completes and returns its last status', async () => {
    const job = scriptedJob([{ state: 'pending' }, { state: 'running' }, { state: 'completed' }]);
    const result = await waitForJob('job-1', job.read, { initialDelayMs: 0, maxDelayMs: 2 });
    expect(result).toEqual({ state: 'completed' });
    expect(job.reads).toHaveLength(3);
  });

  describe('with the default waits', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reads a quick job once, soon, and backs off for a slow one', async () => {
      vi.useFakeTimers();
      const job = scriptedJob([{ state: 'running' }, { state: 'running' }, { state: 'completed' }]);
      const waiting = waitForJob('job-d', job.read);
      await vi.advanceTimersByTimeAsync(DEFAULT_JOB_WAIT.initialDelayMs - 1);
      expect(job.reads).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(job.reads).toHaveLength(1);
      // Each wait doubles: the second read comes 300 ms after the first, the third 600 ms after that.
      await vi.advanceTimersByTimeAsync(2 * DEFAULT_JOB_WAIT.initialDelayMs - 1);
      expect(job.reads).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(job.reads).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(4 * DEFAULT_JOB_WAIT.initialDelayMs);
      await expect(waiting).resolves.toEqual({ state: 'completed' });
      expect(job.reads).toHaveLength(3);
    });
  });

  it('throws EthoraJobError with the job error, scrubbing credentials from the message', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7fX0.c2lnbmF0dXJlLXZhbHVl';
    const job = scriptedJob([{ state: 'failed', error: { message: `upstream rejected Bearer ${token}` } }]);
    const error = await waitForJob('job-2', job.read, { initialDelayMs: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EthoraJobError);
    expect(error).toMatchObject({ jobId: 'job-2' });
    expect((error as Error).message).toMatch(/^Job job-2 failed: upstream rejected/);
    expect((error as Error).message).not.toContain(token);
  });

  it('throws EthoraJobTimeoutError with the last state once the time is up', async () => {
    const job = scriptedJob([{ state: 'running' }]);
    const error = await waitForJob('job-3', job.read, {
      initialDelayMs: 1,
      maxDelayMs: 4,
      timeoutMs: 30,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraJobTimeoutError);
    expect(error).toMatchObject({ jobId: 'job-3', timeoutMs: 30, lastState: 'running' });
    expect((error as EthoraJobTimeoutError).polls).toBe(job.reads.length);
  });

  it('passes the signal to each read and stops with EthoraAbortError while waiting', async () => {
    const controller = new AbortController();
    const job = scriptedJob([{ state: 'running' }]);
    setTimeout(() => controller.abort(), 20);
    const waiting = waitForJob('job-4', job.read, {
      initialDelayMs: 5,
      maxDelayMs: 5,
      signal: controller.signal,
    });
    await expect(waiting).rejects.toBeInstanceOf(EthoraAbortError);
    expect(job.reads.every((signal) => signal === controller.signal)).toBe(true);
    const reads = job.reads.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(job.reads).toHaveLength(reads);
  });

  it('rejects bad options before the first read', async () => {
    const job = scriptedJob([{ state: 'completed' }]);
    await expect(waitForJob('job 5', job.read)).rejects.toBeInstanceOf(EthoraValidationError);
    await expect(waitForJob('job-5', job.read, { timeoutMs: 0 })).rejects.toMatchObject({
      argument: 'options.timeoutMs',
    });
    await expect(waitForJob('job-5', job.read, { backoffFactor: 0.5 })).rejects.toMatchObject({
      argument: 'options.backoffFactor',
    });
    expect(job.reads).toHaveLength(0);
  });

  it('bounds the overall wait at 24 hours and each poll delay at 10 minutes, naming the range', async () => {
    expect(MAX_JOB_WAIT_MS).toBe(86_400_000);
    expect(MAX_JOB_POLL_DELAY_MS).toBe(600_000);
    const job = scriptedJob([{ state: 'completed' }]);
    const rejected: [string, unknown, string][] = [
      ['timeoutMs', MAX_JOB_WAIT_MS + 1, `between 1 and ${MAX_JOB_WAIT_MS}`],
      ['timeoutMs', 2 ** 31, `between 1 and ${MAX_JOB_WAIT_MS}`],
      ['timeoutMs', Number.POSITIVE_INFINITY, 'whole number'],
      ['timeoutMs', Number.NaN, 'whole number'],
      ['initialDelayMs', MAX_JOB_POLL_DELAY_MS + 1, `between 0 and ${MAX_JOB_POLL_DELAY_MS}`],
      ['initialDelayMs', 2 ** 31, `between 0 and ${MAX_JOB_POLL_DELAY_MS}`],
      ['initialDelayMs', Number.POSITIVE_INFINITY, 'whole number'],
      ['initialDelayMs', -1, `between 0 and ${MAX_JOB_POLL_DELAY_MS}`],
      ['maxDelayMs', MAX_JOB_POLL_DELAY_MS + 1, `between 1 and ${MAX_JOB_POLL_DELAY_MS}`],
      ['maxDelayMs', 2 ** 31, `between 1 and ${MAX_JOB_POLL_DELAY_MS}`],
      ['maxDelayMs', Number.NaN, 'whole number'],
      ['maxDelayMs', 0, `between 1 and ${MAX_JOB_POLL_DELAY_MS}`],
    ];
    for (const [option, value, range] of rejected) {
      const error = await waitForJob('job-6', job.read, { [option]: value }).catch((e: unknown) => e);
      expect(error, `${option}: ${value}`).toBeInstanceOf(EthoraValidationError);
      expect(error).toMatchObject({ argument: `options.${option}` });
      expect((error as Error).message).toContain(range);
    }
    expect(job.reads).toHaveLength(0);
  });

  it('accepts the longest wait and delays: it waits (until aborted) instead of refusing them', async () => {
    const job = scriptedJob([{ state: 'running' }]);
    const controller = new AbortController();
    const waiting = waitForJob('job-7', job.read, {
      timeoutMs: MAX_JOB_WAIT_MS,
      initialDelayMs: MAX_JOB_POLL_DELAY_MS,
      maxDelayMs: MAX_JOB_POLL_DELAY_MS,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    // Long delays are real timers now: nothing is read within a few milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(job.reads).toHaveLength(0);
    controller.abort();
    expect(await waiting).toBeInstanceOf(EthoraAbortError);
  });
});
