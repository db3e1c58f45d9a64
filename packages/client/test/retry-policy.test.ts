import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_STATUSES, parseRetryAfter } from '../src/index.js';
import { type AttemptFailure, decideRetry, resolveRetrySettings } from '../src/runtime/retry-policy.js';

const settings = resolveRetrySettings(2, { baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 });
const decide = (failure: AttemptFailure, extra: Partial<Parameters<typeof decideRetry>[0]> = {}) =>
  decideRetry({
    failure,
    attempt: 1,
    maxRetries: 2,
    idempotent: true,
    settings,
    remainingMs: Infinity,
    random: () => 0.5,
    ...extra,
  });

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');

  it('reads delta-seconds, including fractions', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1_500);
  });

  it('reads an HTTP date relative to now, clamping the past to zero', () => {
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });

  it('ignores missing and unreadable values', () => {
    for (const value of [null, undefined, '', '-5', 'soon', '1e3', 'tomorrow-ish']) {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    }
  });
});

describe('backoffDelay (exponential, full jitter)', () => {
  it('doubles the ceiling on each retry up to the maximum', () => {
    const almostOne = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(retry, settings, almostOne))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
  });

  it('spreads waits uniformly from zero to the ceiling', () => {
    expect(backoffDelay(3, settings, () => 0)).toBe(0);
    expect(backoffDelay(3, settings, () => 0.25)).toBe(100);
  });
});

describe('decideRetry', () => {
  it('retries the default statuses and network failures of idempotent calls', () => {
    expect(DEFAULT_RETRY_STATUSES).toEqual([408, 429, 502, 503, 504]);
    expect(decide({ kind: 'status', status: 503, retryAfterMs: undefined })).toEqual({
      retry: true,
      delayMs: 50,
    });
    expect(decide({ kind: 'network' })).toEqual({ retry: true, delayMs: 50 });
    expect(decide({ kind: 'timeout' }, { attempt: 2 })).toEqual({ retry: true, delayMs: 100 });
  });

  it('never retries other statuses, aborts or unusable bodies', () => {
    for (const status of [400, 401, 404, 409, 422, 500, 501]) {
      expect(decide({ kind: 'status', status, retryAfterMs: 0 })).toEqual({
        retry: false,
        reason: 'not-retryable',
      });
    }
    expect(decide({ kind: 'final' })).toEqual({ retry: false, reason: 'not-retryable' });
  });

  it('leaves non-idempotent calls alone when the server may have acted', () => {
    for (const failure of [
      { kind: 'network' },
      { kind: 'network', neverConnected: false },
      { kind: 'timeout' },
      { kind: 'status', status: 503, retryAfterMs: undefined },
      { kind: 'status', status: 502, retryAfterMs: 0 },
      { kind: 'status', status: 408, retryAfterMs: undefined },
    ] as const) {
      expect(decide(failure, { idempotent: false }), JSON.stringify(failure)).toEqual({
        retry: false,
        reason: 'not-idempotent',
      });
    }
  });

  it('retries any call on a 429 or when no connection was established', () => {
    expect(decide({ kind: 'status', status: 429, retryAfterMs: 250 }, { idempotent: false })).toEqual({
      retry: true,
      delayMs: 250,
    });
    expect(decide({ kind: 'network', neverConnected: true }, { idempotent: false })).toEqual({
      retry: true,
      delayMs: 50,
    });
    // Still bounded like any retry.
    expect(decide({ kind: 'network', neverConnected: true }, { idempotent: false, attempt: 3 })).toEqual({
      retry: false,
      reason: 'exhausted',
    });
    // A 429 the caller removed from `statuses` stays final.
    const no429 = resolveRetrySettings(2, { statuses: [503] });
    expect(
      decide({ kind: 'status', status: 429, retryAfterMs: 0 }, { idempotent: false, settings: no429 }),
    ).toEqual({ retry: false, reason: 'not-retryable' });
  });

  it('stops after maxRetries', () => {
    expect(decide({ kind: 'network' }, { attempt: 3 })).toEqual({ retry: false, reason: 'exhausted' });
    expect(decide({ kind: 'network' }, { maxRetries: 0 })).toEqual({ retry: false, reason: 'exhausted' });
  });

  it('waits exactly Retry-After when it is within the cap, and gives up beyond it', () => {
    expect(decide({ kind: 'status', status: 429, retryAfterMs: 4_000 })).toEqual({
      retry: true,
      delayMs: 4_000,
    });
    expect(decide({ kind: 'status', status: 429, retryAfterMs: 5_001 })).toEqual({
      retry: false,
      reason: 'retry-after-too-long',
    });
  });

  it('does not start a wait that would end past the deadline', () => {
    expect(decide({ kind: 'status', status: 429, retryAfterMs: 400 }, { remainingMs: 300 })).toEqual({
      retry: false,
      reason: 'deadline',
    });
  });

  it('uses the configured statuses', () => {
    const custom = resolveRetrySettings(1, { statuses: [500] });
    expect(
      decideRetry({
        failure: { kind: 'status', status: 500, retryAfterMs: 0 },
        attempt: 1,
        maxRetries: 1,
        idempotent: true,
        settings: custom,
        remainingMs: Infinity,
      }),
    ).toEqual({ retry: true, delayMs: 0 });
    expect(
      decideRetry({
        failure: { kind: 'status', status: 503, retryAfterMs: 0 },
        attempt: 1,
        maxRetries: 1,
        idempotent: true,
        settings: custom,
        remainingMs: Infinity,
      }),
    ).toEqual({ retry: false, reason: 'not-retryable' });
  });
});
