import { describe, expect, it } from 'vitest';
import { APP_ID, apiClient, useEmulator } from './support/harness.js';

const emulator = useEmulator({ jobDelayMs: 30 });

const user = (uuid: string, extra: Record<string, unknown> = {}) => ({
  uuid,
  email: `${uuid}@example.com`,
  firstName: 'Ada',
  lastName: 'Lovelace',
  ...extra,
});

describe('user batches', () => {
  it('queue a job that moves from pending to completed and reports created and exists', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['old']);
    const receipt = await acme.call('POST', '/v2/users/batch', {
      bypassEmailConfirmation: true,
      usersList: [
        user('new', { password: 'pw-not-kept', company: 'Acme' }),
        user('old'),
        user(`${APP_ID}_new`),
      ],
    });
    expect(receipt.status).toBe(202);
    expect(receipt.body.statusUrl).toBe(`/v2/users/batch/${receipt.body.jobId}`);

    const pending = await acme.call('GET', `/v2/users/batch/${receipt.body.jobId}`);
    expect(pending.body.state).toBe('pending');
    expect(pending.body.result).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 80));

    const done = await acme.call('GET', `/v2/users/batch/${receipt.body.jobId}`);
    expect(done.body.state).toBe('completed');
    expect(
      done.body.result.results.map((item: { status: string; xmppUsername: string }) => [
        item.status,
        item.xmppUsername,
      ]),
    ).toEqual([
      ['created', `${APP_ID}_new`],
      ['exists', `${APP_ID}_old`],
      ['exists', `${APP_ID}_new`],
    ]);
    expect(done.body.result.results[0].user).toMatchObject({
      firstName: 'Ada',
      company: 'Acme',
      appId: APP_ID,
    });
    expect(JSON.stringify(done.body)).not.toContain('pw-not-kept');
    const sameJob = await acme.call('GET', `/v2/apps/${APP_ID}/users/batch/${receipt.body.jobId}`);
    expect(sameJob.body).toEqual(done.body);
  });

  it('run for the app named in the path on the app-scoped route', async () => {
    const acme = await apiClient(emulator.current);
    const job = await acme.createUsers(['scoped'], `/v2/apps/${APP_ID}/users/batch`);
    expect(job.result.results[0].status).toBe('created');
    expect((await acme.call('GET', `/v1/apps/users/${APP_ID}_scoped`)).status).toBe(200);
  });

  it.each([
    ['a last name of one letter', [user('u', { lastName: 'L' })], 'usersList[0].lastName'],
    ['a blank first name', [user('u', { firstName: '  ' })], 'usersList[0].firstName'],
    ['no e-mail', [{ uuid: 'u', firstName: 'Ada', lastName: 'Lovelace' }], 'usersList[0].email'],
    ['an invalid e-mail', [user('u', { email: 'nope' })], 'usersList[0].email'],
    ['a uuid with a space', [user('a b', { email: 'ab@example.com' })], 'usersList[0].uuid'],
    ['no users', [], 'usersList'],
    ['101 users', Array.from({ length: 101 }, (_, index) => user(`u${index}`)), 'usersList'],
  ])('refuse %s with 422 VALIDATION_ERROR', async (_case, usersList, field) => {
    const acme = await apiClient(emulator.current);
    const answer = await acme.call('POST', '/v2/users/batch', { usersList });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('VALIDATION_ERROR');
    expect(answer.body.error).toContain(`"${field}"`);
  });

  it('answer "not found" for a job of another app or an unknown id', async () => {
    const acme = await apiClient(emulator.current);
    const answer = await acme.call('GET', '/v2/users/batch/000000000000000000000000');
    expect([404, 422]).toContain(answer.status);
    expect(answer.body.error).toMatch(/not found/i);
  });
});

describe('listing and finding users', () => {
  it('pages through every user with real totals', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(Array.from({ length: 25 }, (_, index) => `u${String(index).padStart(2, '0')}`));
    const first = await acme.call('GET', '/v2/chats/users?limit=10');
    expect(first.body).toMatchObject({ total: 25, limit: 10, offset: 0 });
    expect(first.body.results).toHaveLength(10);
    const last = await acme.call('GET', '/v2/chats/users?limit=10&offset=20');
    expect(last.body.results.map((item: { xmppUsername: string }) => item.xmppUsername)).toEqual(
      ['u20', 'u21', 'u22', 'u23', 'u24'].map((id) => `${APP_ID}_${id}`),
    );
    expect((await acme.call('GET', '/v2/chats/users?offset=30')).body.results).toEqual([]);
  });

  it('filters by room, XMPP username and user id, and gives an empty list when nothing matches', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob', 'carol']);
    await acme.call('POST', '/v2/chats', {
      title: 'Team',
      uuid: 'team',
      type: 'group',
      members: ['carol', `${APP_ID}_alice`],
    });
    const names = async (query: string) =>
      (await acme.call('GET', `/v2/chats/users?${query}`)).body.results.map(
        (item: { xmppUsername: string }) => item.xmppUsername.slice(APP_ID.length + 1),
      );
    expect(await names(`chatName=${APP_ID}_team`)).toEqual(['alice', 'carol']);
    expect(await names(`xmppUsername=${APP_ID}_bob`)).toEqual(['bob']);
    expect(await names('userId=bob')).toEqual(['bob']);
    const bob = (await acme.call('GET', `/v1/apps/users/${APP_ID}_bob`)).body.result;
    expect(await names(`userId=${bob._id}`)).toEqual(['bob']);
    expect(await names(`chatName=${APP_ID}_team&userId=bob`)).toEqual([]);
    expect(await names(`chatName=${APP_ID}_alice-${APP_ID}_bob`)).toEqual(['alice', 'bob']);
    expect(await names(`chatName=${APP_ID}_nowhere`)).toEqual([]);
    expect(await names('userId=nobody')).toEqual([]);
  });

  it('refuses a limit outside the spec with 422', async () => {
    const acme = await apiClient(emulator.current);
    const answer = await acme.call('GET', '/v2/chats/users?limit=0');
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 'VALIDATION_ERROR',
      error: expect.stringContaining('"limit"'),
    });
    expect((await acme.call('GET', '/v2/chats/users?limit=ten')).status).toBe(422);
  });

  it('finds one user by XMPP username, URL-encoded or not', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['user+1']);
    const found = await acme.call('GET', `/v1/apps/users/${encodeURIComponent(`${APP_ID}_user+1`)}`);
    expect(found.status).toBe(200);
    expect(found.body.result).toMatchObject({ xmppUsername: `${APP_ID}_user+1`, firstName: 'Test' });
    expect(found.body.result.xmppPassword).toBeUndefined();
    const missing = await acme.call('GET', `/v1/apps/users/${APP_ID}_ghost`);
    expect(missing.body).toMatchObject({ error: 'User not found', code: 'USER_NOT_FOUND' });
  });
});

describe('updating and deleting users', () => {
  it('reports updated, skipped and not-found per user and refuses e-mail changes', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    const answer = await acme.call('PATCH', '/v2/chats/users', {
      users: [
        { xmppUsername: `${APP_ID}_alice`, firstName: 'Alicia', profileImage: 'https://img.example/a.png' },
        { xmppUsername: `${APP_ID}_bob`, firstName: 'Test' },
        { xmppUsername: `${APP_ID}_ghost`, firstName: 'Nobody' },
      ],
    });
    expect(answer.body.results.map((item: { status: string }) => item.status)).toEqual([
      'updated',
      'skipped',
      'not-found',
    ]);
    expect(answer.body.results[0].user).toMatchObject({
      firstName: 'Alicia',
      profileImage: 'https://img.example/a.png',
    });
    const email = await acme.call('PATCH', '/v2/chats/users', {
      users: [{ xmppUsername: `${APP_ID}_alice`, email: 'new@example.com' }],
    });
    expect(email.status).toBe(422);
    expect(email.body.code).toBe('VALIDATION_ERROR');
  });

  it('deletes users, and answers 422 "not found" when none of the ids exists', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    const deleted = await acme.call('DELETE', '/v1/users/batch', { usersIdList: ['alice', 'ghost'] });
    expect(deleted).toMatchObject({ status: 200, body: { ok: true } });
    const again = await acme.call('DELETE', '/v1/users/batch', { usersIdList: ['alice'] });
    expect(again.status).toBe(422);
    expect(again.body.error).toBe('Users not found');
    expect((await acme.call('GET', '/v2/chats/users')).body.total).toBe(1);
    const scoped = await acme.call('DELETE', `/v2/apps/${APP_ID}/users/batch`, { usersIdList: ['bob'] });
    expect(scoped.status).toBe(200);
    expect((await acme.call('GET', '/v2/chats/users')).body.total).toBe(0);
  });
});
