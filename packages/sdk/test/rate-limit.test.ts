import { type FaultServer, rateLimited, startFaultServer } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EthoraRateLimitError } from '../src/index.js';
import { repositoryAt } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

describe('rate limits the repository has no time to wait out', () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterAll(() => server.close());

  it('rejects at once with EthoraRateLimitError and retryAfterMs on Retry-After: 3600', async () => {
    server.script(rateLimited('3600'));
    const began = performance.now();
    const error = await repositoryAt(server.url, { maxRetries: 2 })
      .getApp(TARGET)
      .catch((e: unknown) => e);
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 3_600_000, attempts: 1 });
    expect(server.count).toBe(1);
    server.reset();
  });

  it('does not let a job wait sleep on a Retry-After longer than the wait has left', async () => {
    server.setFallback(rateLimited('30'));
    const repo = repositoryAt(server.url, { maxRetries: 2 });
    const began = performance.now();
    const error = await repo
      .waitForUsersBatchJob('job-1', { timeoutMs: 1_500, initialDelayMs: 0 })
      .catch((e: unknown) => e);
    server.setFallback({ type: 'json', body: { ok: true } });
    // 30 s is within the client's Retry-After cap: only the wait's own time limit stops it.
    expect(performance.now() - began).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 30_000, attempts: 1 });
    expect(server.count).toBe(1);
    server.reset();
  });
});
