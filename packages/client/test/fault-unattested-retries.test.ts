import { describe, expect, it } from 'vitest';
import {
  type EthoraClient,
  type EthoraResult,
  EthoraServerError,
  type RetryInfo,
  unwrap,
} from '../src/index.js';
import { APP_ID, useFaultServer } from './support/fault-suite.js';
import { TRANSPORTS } from './support/transports.js';

const ROOM = `${APP_ID}_ws-42`;
const GRANT = { chatName: ROOM, members: [`${APP_ID}_u1`, `${APP_ID}_u2`] };
const path = { appId: APP_ID };

// The POST and PATCH operations an earlier spec marked `x-idempotent` without a source. No source
// says repeating them is harmless (a repeated grant may fail although the first one succeeded), so
// the client must not repeat them after an answer that may come after the server acted.
const UNATTESTED: readonly [string, (client: EthoraClient) => Promise<EthoraResult>][] = [
  ['POST /v2/chats/users-access', (c) => c.POST('/v2/chats/users-access', { body: GRANT })],
  [
    'POST /v2/apps/{appId}/chats/users-access',
    (c) => c.POST('/v2/apps/{appId}/chats/users-access', { params: { path }, body: GRANT }),
  ],
  [
    'PATCH /v2/chats/users',
    (c) =>
      c.PATCH('/v2/chats/users', { body: { users: [{ xmppUsername: `${APP_ID}_u1`, firstName: 'Ada' }] } }),
  ],
  [
    'PATCH /v2/apps/{appId}/chats/{chatName}',
    (c) =>
      c.PATCH('/v2/apps/{appId}/chats/{chatName}', {
        params: { path: { ...path, chatName: ROOM } },
        body: { title: 'Archived' },
      }),
  ],
  [
    'PATCH /v2/apps/{appId}/chats/users',
    (c) =>
      c.PATCH('/v2/apps/{appId}/chats/users', {
        params: { path },
        body: { users: [{ xmppUsername: `${APP_ID}_u1`, lastName: 'King' }] },
      }),
  ],
];

describe.each(TRANSPORTS)('POST and PATCH retries follow the spec over the $name', ({ make }) => {
  const suite = useFaultServer(make);
  const { clientWith, leavesNoTimer } = suite;

  it.each(UNATTESTED)('does not repeat %s after a 503', async (_name, send) => {
    suite.server.script({ type: 'json', status: 503, body: { error: 'unavailable' } });
    const retries: RetryInfo[] = [];
    const client = clientWith({ retry: { onRetry: (info) => void retries.push(info) } });
    const result = await leavesNoTimer(() => send(client));
    expect(result.response.status).toBe(503);
    expect(() => unwrap(result)).toThrow(EthoraServerError);
    expect(suite.server.count).toBe(1);
    expect(retries).toEqual([]);
  });

  it('repeats a grant after 503 and 502 when the caller declares it idempotent, re-sending its body intact', async () => {
    suite.server.script(
      { type: 'json', status: 503, body: { error: 'unavailable' } },
      { type: 'json', status: 502, body: {} },
      { type: 'json', body: { ok: true } },
    );
    const result = await leavesNoTimer(() =>
      clientWith().POST('/v2/chats/users-access', { body: GRANT, idempotent: true }),
    );
    expect(result.response.status).toBe(200);
    expect(suite.server.count).toBe(3);
    expect(suite.server.requests.map((r) => [r.method, JSON.parse(r.body)])).toEqual(
      Array(3).fill(['POST', GRANT]),
    );
  });

  it('repeats a PATCH after a 503 when the caller declares it idempotent', async () => {
    suite.server.script({ type: 'json', status: 503, body: {} }, { type: 'json', body: { results: [] } });
    const body = { users: [{ xmppUsername: `${APP_ID}_u1`, firstName: 'Ada' }] };
    const result = await clientWith().PATCH('/v2/chats/users', { body, idempotent: true });
    expect(result.data).toEqual({ results: [] });
    expect(suite.server.count).toBe(2);
  });
});
