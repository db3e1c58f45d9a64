import { rateLimited } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import {
  EthoraNetworkError,
  EthoraRateLimitError,
  EthoraServerError,
  type RetryInfo,
  unwrap,
} from '../src/index.js';
import { APP_ID, ROOM, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

// Which calls are retried by method: a POST only after a 429, when nothing was sent, or when the caller says so.
// The operations the spec once marked safe to repeat are covered in fault-unattested-retries.test.ts.
describe.each(TRANSPORTS)('retries by method over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it('does not retry a non-idempotent POST that failed with 503', async () => {
    suite.server.setFallback({ type: 'json', status: 503, body: { error: 'unavailable' } });
    const client = clientWith();
    const result = await leavesNoTimer(() =>
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    );
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(result.response.status).toBe(503);
    expect(() => unwrap(result)).toThrow(EthoraServerError);
    expect(suite.server.count).toBe(1);
  });

  it('retries a POST answered 429, since the server refused to process it', async () => {
    suite.server.script(rateLimited('0'), { type: 'json', body: ROOM });
    const retries: RetryInfo[] = [];
    const client = clientWith({ retry: { onRetry: (info) => void retries.push(info) } });
    const body = { title: 'Workspace 42', uuid: 'ws-42' };
    const room = await leavesNoTimer(() => unwrap(client.POST('/v2/chats', { body })));
    expect(room.result.name).toBe(`${APP_ID}_ws-42`);
    expect(suite.server.count).toBe(2);
    expect(suite.server.requests.map((r) => [r.method, JSON.parse(r.body)])).toEqual([
      ['POST', body],
      ['POST', body],
    ]);
    expect(suite.server.requests[1]?.headers['x-request-id']).toBe(
      suite.server.requests[0]?.headers['x-request-id'],
    );
    expect(retries).toMatchObject([{ attempt: 1, status: 429, delayMs: 0, method: 'POST' }]);
  });

  it('surfaces EthoraRateLimitError when every attempt of a POST is answered 429', async () => {
    suite.server.setFallback({ type: 'json', status: 429, body: {}, headers: { 'retry-after': '0' } });
    const error = await unwrap(
      clientWith().POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } }),
    ).catch((e: unknown) => e);
    suite.server.setFallback({ type: 'json', body: { ok: true } });
    expect(error).toBeInstanceOf(EthoraRateLimitError);
    expect((error as EthoraRateLimitError).attempts).toBe(3);
    expect(suite.server.count).toBe(3);
  });

  it('does not retry a POST whose connection was reset', async () => {
    suite.server.script({ type: 'reset' });
    const client = clientWith();
    const error = await client
      .POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(EthoraNetworkError);
    expect(suite.server.count).toBe(1);
  });

  it('retries a DELETE with a JSON body and sends the body with a real Content-Length every time', async () => {
    suite.server.script(
      { type: 'reset-mid-body' },
      { type: 'json', status: 504, body: {} },
      { type: 'json', body: { ok: true } },
    );
    const body = { chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_u1`] };
    await clientWith().DELETE('/v2/chats/users-access', { body });
    expect(suite.server.count).toBe(3);
    const length = String(Buffer.byteLength(JSON.stringify(body)));
    for (const request of suite.server.requests) {
      expect(JSON.parse(request.body)).toEqual(body);
      expect(request.headers['content-length']).toBe(length);
    }
  });

  it('retries a POST the caller declares idempotent', async () => {
    suite.server.script({ type: 'json', status: 503, body: {} }, { type: 'json', body: ROOM });
    const client = clientWith();
    const room = await unwrap(
      client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' }, idempotent: true }),
    );
    expect(room.result.name).toBe(`${APP_ID}_ws-42`);
    expect(suite.server.count).toBe(2);
  });
});
