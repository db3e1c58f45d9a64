import { describe, expect, it } from 'vitest';
import { EthoraAbortError, EthoraTimeoutError } from '../src/index.js';
import { APP_ID, getApp, useFaultServer } from './support/fault-suite.js';
import { settle } from './support/resources.js';
import { TRANSPORTS } from './support/transports.js';

// Servers that hang or drip, deadlines, and callers that abort. A request can reach the server after the
// client has given up on it (a loaded machine), so counts are awaited: a late one would take the next test's script.
describe.each(TRANSPORTS)('timeouts and cancellation over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('times out a server that never answers, on every attempt', async () => {
    suite.server.setFallback({ type: 'hang' });
    const error = await leavesNoTimer(() =>
      getApp(clientWith({ timeoutMs: 60, maxRetries: 1 })).catch((e: unknown) => e),
    );
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 60, limit: 'attempt', attempts: 2 });
    await expect.poll(() => suite.server.count).toBe(2);
  });

  it('times out a body that drips past the timeout', async () => {
    suite.server.script({ type: 'drip', chunks: ['{"app":', '{"_id":', '"x"', '}}'], intervalMs: 80 });
    const client = clientWith({ timeoutMs: 120, maxRetries: 0 });
    const error = await leavesNoTimer(() => getApp(client).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    await expect.poll(() => suite.server.count).toBe(1);
  });

  it('cancels a call when the caller aborts mid-flight, without retrying', async () => {
    suite.server.setFallback({ type: 'hang' });
    const controller = new AbortController();
    const client = clientWith();
    const error = await leavesNoTimer(async () => {
      const call = getApp(client, { signal: controller.signal }).catch((e: unknown) => e);
      await settle(30);
      controller.abort();
      return call;
    });
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraAbortError);
    await expect.poll(() => suite.server.count).toBe(1);
  });

  it('cancels a call when the caller aborts during the wait before a retry', async () => {
    suite.server.setFallback({ type: 'json', status: 503, body: {} });
    const controller = new AbortController();
    const client = clientWith({
      retry: {
        baseDelayMs: 60_000,
        maxDelayMs: 60_000,
        onRetry: () => void setTimeout(() => controller.abort(), 10),
      },
    });
    const error = await leavesNoTimer(() =>
      getApp(client, { signal: controller.signal }).catch((e: unknown) => e),
    );
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraAbortError);
    await expect.poll(() => suite.server.count).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await getApp(clientWith(), { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraAbortError);
    expect(suite.server.count).toBe(0);
  });

  it('stops at the overall deadline even when the attempt timeout is longer', async () => {
    suite.server.setFallback({ type: 'hang' });
    const client = clientWith({ timeoutMs: 10_000, retry: { deadlineMs: 80 } });
    const error = await leavesNoTimer(() => getApp(client).catch((e: unknown) => e));
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraTimeoutError);
    expect(error).toMatchObject({ limit: 'deadline', timeoutMs: 80, attempts: 1 });
  });

  it('applies per-call timeoutMs and maxRetries over the client defaults', async () => {
    suite.server.setFallback({ type: 'hang' });
    const client = clientWith({ timeoutMs: 10_000, maxRetries: 5 });
    const error = await client
      .GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, timeoutMs: 40, maxRetries: 0 })
      .catch((e: unknown) => e);
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toMatchObject({ name: 'EthoraTimeoutError', timeoutMs: 40, attempts: 1 });
    await expect.poll(() => suite.server.count).toBe(1);
  });
});
