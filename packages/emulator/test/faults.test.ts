import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.js';
import { APP_ID, APP_SECRET, apiClient, send, serverToken, useEmulator } from './support/harness.js';

const emulator = useEmulator();
const USERS = '/v2/chats/users';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

describe('fault injection', () => {
  it('adds latency to one route only', async () => {
    const acme = await apiClient(emulator.current);
    emulator.current.faults.latency(150, `GET ${USERS}`);
    const [slow, slowMs] = await timed(() => acme.call('GET', USERS));
    const [fast, fastMs] = await timed(() => acme.call('GET', `/v2/apps/${APP_ID}/chats`));
    expect([slow.status, fast.status]).toEqual([200, 200]);
    expect(slowMs).toBeGreaterThanOrEqual(145);
    expect(fastMs).toBeLessThan(slowMs);
  });

  it('answers 429 with Retry-After a given number of times, then serves again', async () => {
    const acme = await apiClient(emulator.current);
    emulator.current.faults.fail(429, { route: 'POST /v2/chats', times: 2, retryAfter: 3 });
    const room = { title: 'T', uuid: 'ws-1', type: 'group' };
    for (let attempt = 0; attempt < 2; attempt++) {
      const limited = await acme.call('POST', '/v2/chats', room);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(limited.body).toMatchObject({ success: false, error: 'Injected fault: status 429' });
    }
    expect((await acme.call('POST', '/v2/chats', room)).status).toBe(200);
    expect(emulator.current.faults.list()).toEqual([]);
  });

  it('fails every route with 503 until the rule is removed, matching templates and prefixes', async () => {
    const acme = await apiClient(emulator.current);
    const id = emulator.current.faults.fail(503);
    const answer = await acme.call('GET', USERS);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    emulator.current.faults.remove(id);
    emulator.current.faults.fail(500, { route: '/v2/apps/{appId}/chats' });
    emulator.current.faults.fail(502, { route: 'DELETE /v1/*' });
    expect((await acme.call('GET', `/v2/apps/${APP_ID}/chats`)).status).toBe(500);
    expect((await acme.call('DELETE', '/v1/chats', { name: `${APP_ID}_x` })).status).toBe(502);
    expect((await acme.call('GET', USERS)).status).toBe(200);
  });

  it('drops the connection, and the next request is served', async () => {
    const token = await serverToken();
    emulator.current.faults.drop({ route: USERS, times: 1 });
    await expect(
      fetch(`${emulator.current.url}${USERS}`, { headers: { 'x-custom-token': token } }),
    ).rejects.toThrow();
    expect((await send(emulator.current, 'GET', USERS, { token })).status).toBe(200);
  });

  it('manages rules over HTTP, and refuses a rule that does nothing', async () => {
    const added = await send(emulator.current, 'POST', '/_emulator/faults', {
      body: { route: USERS, status: 503 },
    });
    expect(added.status).toBe(201);
    expect((await send(emulator.current, 'GET', '/_emulator/faults')).body.faults).toEqual([
      { id: added.body.id, route: USERS, status: 503 },
    ]);
    const bad = await send(emulator.current, 'POST', '/_emulator/faults', { body: { route: USERS } });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toBe('A fault rule needs latencyMs, status or drop');
    expect((await send(emulator.current, 'DELETE', `/_emulator/faults/${added.body.id}`)).status).toBe(200);
    expect((await send(emulator.current, 'DELETE', '/_emulator/faults/nope')).status).toBe(404);
  });

  it('takes rules at start and restores them on reset', async () => {
    const faulty = await startEmulator({
      apps: [{ appId: APP_ID, appSecret: APP_SECRET }],
      faults: [{ status: 503, times: 1 }],
    });
    try {
      const acme = await apiClient(faulty);
      expect((await acme.call('GET', USERS)).status).toBe(503);
      expect((await acme.call('GET', USERS)).status).toBe(200);
      await faulty.reset();
      expect((await acme.call('GET', USERS)).status).toBe(503);
      expect(() => faulty.faults.add({ route: USERS })).toThrow('needs latencyMs, status or drop');
      expect(() => faulty.faults.fail(700)).toThrow('fault.status must be an integer from 100 to 599');
    } finally {
      await faulty.stop();
    }
  });
});
