import { describe, expect, it } from 'vitest';
import { emulatedRoutes } from '../src/routes/index.js';
import { ethoraSpec, readOperations } from '../src/spec/spec-document.js';
import { APP_ID, send, serverToken, useEmulator } from './support/harness.js';

const emulator = useEmulator();

describe('bad input', () => {
  it('answers 400 to malformed JSON and to a body that is not JSON', async () => {
    const token = await serverToken();
    const malformed = await send(emulator.current, 'POST', '/v2/chats', {
      token,
      rawBody: '{"title": "x",',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ success: false, error: 'Malformed JSON in the request body' });
    const form = await send(emulator.current, 'POST', '/v2/chats', {
      token,
      rawBody: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(400);
  });

  it('answers 422 VALIDATION_ERROR to a body the spec refuses, naming the fields', async () => {
    const token = await serverToken();
    const answer = await send(emulator.current, 'POST', '/v2/chats', {
      token,
      body: { uuid: 'ws 1', type: 3 },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('VALIDATION_ERROR');
    expect(answer.body.details.fields.map((field: { path: string }) => field.path)).toEqual(
      expect.arrayContaining(['title', 'type']),
    );
    const missing = await send(emulator.current, 'DELETE', '/v1/chats', { token });
    expect(missing).toMatchObject({ status: 422, body: { error: '"value" is required' } });
  });

  it('refuses a body over 1 MiB with 413 and keeps serving', async () => {
    const token = await serverToken();
    const huge = { title: 'x', uuid: 'big', type: 'group', description: 'x'.repeat(1024 * 1024) };
    const answer = await send(emulator.current, 'POST', '/v2/chats', { token, body: huge });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toContain('too large');
    expect((await send(emulator.current, 'GET', '/v2/chats/users', { token })).status).toBe(200);
  });

  it('answers 404 to a route it does not know and 400 to a malformed path', async () => {
    const token = await serverToken();
    expect((await send(emulator.current, 'GET', '/v9/nothing', { token })).status).toBe(404);
    const wrongMethod = await send(emulator.current, 'PUT', '/v2/chats', { token });
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.error).toContain('Method PUT is not supported');
    expect(
      (await send(emulator.current, 'GET', `/v2/apps/${APP_ID}/users/%E0%A4%A/chats`, { token })).status,
    ).toBe(400);
  });

  it('never crashes: odd bodies and queries on every route get an answer within the spec, below 500', async () => {
    const token = await serverToken();
    const bodies = [
      null,
      [],
      'text',
      42,
      { usersList: 'x' },
      { members: [null] },
      { chatName: {}, members: [1] },
      { rooms: [{}] },
    ];
    const operations = readOperations(ethoraSpec);
    for (const route of emulatedRoutes) {
      const takesBody = operations.get(`${route.method} ${route.path}`)?.requestBodyPointer !== undefined;
      const path = route.path
        .replace('{appId}', APP_ID)
        .replace('{jobId}', 'job-1')
        .replace('{tokenId}', 'token-1')
        .replace('{userId}', 'u1')
        .replace('{chatName}', `${APP_ID}_x`)
        .replace('{xmppUsername}', `${APP_ID}_u1`);
      if (!takesBody) {
        if (route.method !== 'GET') continue;
        const odd = await send(emulator.current, 'GET', `${path}?limit=-1&offset=x&includeMembers=maybe`, {
          token,
        });
        expect(odd.status, `GET ${route.path} with odd paging`).toBeLessThan(500);
        continue;
      }
      for (const body of bodies) {
        const answer = await send(emulator.current, route.method, path, { token, body });
        const label = `${route.method} ${route.path} ${JSON.stringify(body)}`;
        expect(answer.status, label).toBeLessThan(500);
        // Every request body of the API is an object: anything else is refused.
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          expect(answer.status, label).toBeGreaterThanOrEqual(400);
        }
      }
    }
  });
});
