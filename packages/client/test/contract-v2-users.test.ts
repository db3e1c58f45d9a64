import { describe, expect, it } from 'vitest';
import { APP_ID, serverClient } from './support/prism-clients.js';

describe('v2 users (implicit app) against the Prism mock', () => {
  it('createUsers answers 202 with a job receipt', async () => {
    const { fetch, client } = serverClient();
    const body = {
      bypassEmailConfirmation: true,
      usersList: [
        { uuid: 'user-1', email: 'ada.lovelace@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      ],
    };
    const { data, error, response } = await client.POST('/v2/users/batch', { body });
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(data?.jobId).toEqual(expect.any(String));
    expect(data?.statusUrl).toContain(data?.jobId);
    expect(fetch.last().body).toEqual(body);
  });

  it('createUsers rejects a last name shorter than two characters', async () => {
    const { client } = serverClient();
    const body = {
      usersList: [{ uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'L' }],
    };
    await expect(client.POST('/v2/users/batch', { body })).rejects.toThrow(/lastName/);
  });

  it('createUsers rejects more than 100 users', async () => {
    const { client } = serverClient();
    const usersList = Array.from({ length: 101 }, (_, i) => ({
      uuid: `user-${i}`,
      email: `user-${i}@example.com`,
      firstName: 'Test',
      lastName: 'User',
    }));
    await expect(client.POST('/v2/users/batch', { body: { usersList } })).rejects.toThrow(/usersList/);
  });

  it('getUsersBatchJob returns the per-user outcomes', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.GET('/v2/users/batch/{jobId}', {
      params: { path: { jobId: 'job-1' } },
    });
    expect(error).toBeUndefined();
    expect(['pending', 'running', 'completed', 'failed']).toContain(data?.state);
    expect(data?.result?.results[0]?.status).toBe('created');
    expect(data?.result?.results[0]?.xmppUsername).toBe(`${APP_ID}_user-1`);
    expect(fetch.last().url.pathname).toBe('/v2/users/batch/job-1');
  });

  it('updateUsers sends the users and types each outcome', async () => {
    const { fetch, client } = serverClient();
    const body = { users: [{ xmppUsername: `${APP_ID}_user-1`, firstName: 'Ada', lastName: 'King' }] };
    const { data, error } = await client.PATCH('/v2/chats/users', { body });
    expect(error).toBeUndefined();
    expect(data?.results.map((r) => r.status)).toEqual(['updated', 'not-found']);
    expect(fetch.last().body).toEqual(body);
  });

  it('updateUsers refuses to change an email address', async () => {
    const { client } = serverClient();
    const users = [{ xmppUsername: `${APP_ID}_user-1`, email: 'new@example.com' as never }];
    await expect(client.PATCH('/v2/chats/users', { body: { users } })).rejects.toThrow(/email/);
  });

  it('updateUsers refuses an empty list', async () => {
    const { client } = serverClient();
    await expect(client.PATCH('/v2/chats/users', { body: { users: [] } })).rejects.toThrow(/users/);
  });

  it('getUsers sends its filters as query parameters', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.GET('/v2/chats/users', {
      params: { query: { chatName: `${APP_ID}_ws-42`, limit: 50, offset: 0 } },
    });
    expect(error).toBeUndefined();
    expect(data?.results[0]?.xmppUsername).toBe(`${APP_ID}_user-1`);
    const query = fetch.last().url.searchParams;
    expect(query.get('chatName')).toBe(`${APP_ID}_ws-42`);
    expect(query.get('limit')).toBe('50');
  });

  it('getUsers rejects a limit above 500', async () => {
    const { client } = serverClient();
    await expect(client.GET('/v2/chats/users', { params: { query: { limit: 501 } } })).rejects.toThrow(
      /limit/,
    );
  });

  it('updateUsersInApp reaches the literal route, not the chat-name template', async () => {
    const { fetch, client } = serverClient();
    const body = { users: [{ xmppUsername: `${APP_ID}_user-1`, uuid: 'user-1', lastName: 'King' }] };
    const { data, error } = await client.PATCH('/v2/apps/{appId}/chats/users', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(data?.results[0]?.user?.lastName).toBe('King');
    expect(fetch.last().body).toEqual(body);
  });

  it('createUsersInApp and getAppUsersBatchJob give a receipt, then the job', async () => {
    const { client } = serverClient();
    const body = {
      usersList: [{ uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }],
    };
    const created = await client.POST('/v2/apps/{appId}/users/batch', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(created.response.status).toBe(202);
    const jobId = created.data?.jobId ?? '';
    expect(jobId).not.toBe('');
    const job = await client.GET('/v2/apps/{appId}/users/batch/{jobId}', {
      params: { path: { appId: APP_ID, jobId } },
    });
    expect(job.data?.result?.results.map((r) => r.status)).toEqual(['created', 'exists']);
  });

  it('deleteUsersInApp sends its JSON body on DELETE', async () => {
    const { fetch, client } = serverClient();
    const body = { usersIdList: ['user-1', 'user-2'] };
    const { error, response } = await client.DELETE('/v2/apps/{appId}/users/batch', {
      params: { path: { appId: APP_ID } },
      body,
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(fetch.last().method).toBe('DELETE');
    expect(fetch.last().body).toEqual(body);
  });

  it('getAppUsersBatchJob rejects an app id that is not 24 hex characters', async () => {
    const { client } = serverClient();
    await expect(
      client.GET('/v2/apps/{appId}/users/batch/{jobId}', {
        params: { path: { appId: 'not-an-id', jobId: 'j' } },
      }),
    ).rejects.toThrow(/appid must match pattern/i);
  });
});
