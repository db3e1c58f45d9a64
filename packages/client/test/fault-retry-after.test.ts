import { rateLimited } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { EthoraRateLimitError, unwrap } from '../src/index.js';
import { getApp, ROOM, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

// A Retry-After the call has no time left for is reported at once, for the caller to schedule the retry.
describe.each(TRANSPORTS)('Retry-After past the time a call has over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('fails at once on Retry-After: 3600 with EthoraRateLimitError carrying retryAfterMs', async () => {
    suite.server.script(rateLimited('3600'));
    const began = performance.now();
    const error = await leavesNoTimer(() => unwrap(getApp(clientWith())).catch((e: unknown) => e));
    // Generous: the point is that no wait of an hour, or of any retry, began.
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000, attempts: 1 });
    expect(suite.server.count).toBe(1);
  });

  it('does not wait for a Retry-After that ends past the deadline, even one within the cap', async () => {
    const client = clientWith({ retry: { deadlineMs: 3_000, maxRetryAfterMs: 600_000 } });
    suite.server.script(rateLimited('30'), rateLimited('30'));
    const began = performance.now();
    const read = await leavesNoTimer(() => unwrap(getApp(client)).catch((e: unknown) => e));
    const body = { title: 'Workspace 42', uuid: 'ws-42' };
    const created = await unwrap(client.POST('/v2/chats', { body })).catch((e: unknown) => e);
    expect(performance.now() - began).toBeLessThan(2_000);
    for (const error of [read, created]) {
      expect(error).toBeInstanceOf(EthoraRateLimitError);
      expect(error).toMatchObject({ retryAfterMs: 30_000, attempts: 1 });
    }
    expect(suite.server.count).toBe(2);
  });

  it('still waits out a Retry-After that fits in the time left', async () => {
    const client = clientWith({ retry: { deadlineMs: 5_000 } });
    suite.server.script(rateLimited('0.05'), { type: 'json', status: 201, body: ROOM });
    const body = { title: 'Workspace 42', uuid: 'ws-42' };
    await expect(unwrap(client.POST('/v2/chats', { body }))).resolves.toEqual(ROOM);
    expect(suite.server.count).toBe(2);
  });
});
