import { contractViolations } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { APP_ID, bearerClient, prismClient, serverClient } from './support/prism-clients.js';

const usersBody = {
  usersList: [{ uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }],
};

describe('v2 credentials and declared errors against the Prism mock', () => {
  // Prism flags the missing credential itself as a violation; the tests allow that one and check it is the only one.
  it('a missing credential gives 401 with the error body', async () => {
    const { client } = prismClient({}, { allowViolations: true });
    const { data, error, response } = await client.POST('/v2/users/batch', { body: usersBody });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error?.error).toEqual(expect.any(String));
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });

  it('a missing credential on a tenant-admin route gives 401', async () => {
    const { client } = prismClient({}, { allowViolations: true });
    const { response } = await client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(response.status).toBe(401);
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });

  it('Authorization: Bearer alone is accepted on server routes', async () => {
    const { fetch, client } = bearerClient();
    const { error, response } = await client.POST('/v2/users/batch', { body: usersBody });
    expect(error).toBeUndefined();
    expect(response.status).toBe(202);
    expect(fetch.last().headers.get('x-custom-token')).toBeNull();
  });

  it('x-custom-token alone is accepted on tenant-admin routes', async () => {
    const { client } = serverClient();
    const { error } = await client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } } });
    expect(error).toBeUndefined();
  });

  it('Prefer: code=422 selects the declared validation error and its ErrorResponse body', async () => {
    const { client } = serverClient();
    const { data, error, response } = await client.POST('/v2/users/batch', {
      body: usersBody,
      headers: { Prefer: 'code=422' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ success: false, code: 'VALIDATION_ERROR' });
    expect(error?.error).toMatch(/lastName/);
  });
});
