import { contractViolations } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { APP_ID, prismClient, serverClient, userClient } from './support/prism-clients.js';

const chatName = `${APP_ID}_ws-42`;
const members = [`${APP_ID}_u-1001`, `${APP_ID}_u-1002`];

describe('v1 chats routes against the Prism mock', () => {
  it('deletes a room named by its short name in the DELETE body', async () => {
    const { fetch, client } = serverClient();
    const { data, error, response } = await client.DELETE('/v1/chats', { body: { name: chatName } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.ok).toBe(true);
    expect(fetch.last().method).toBe('DELETE');
    expect(fetch.last().body).toEqual({ name: chatName });
  });

  it('answers 422 with the error body for a missing room when asked with Prefer: code=422', async () => {
    const { client } = serverClient();
    const { data, error, response } = await client.DELETE('/v1/chats', {
      body: { name: `${APP_ID}_gone` },
      headers: { Prefer: 'code=422' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(error?.success).toBe(false);
    expect(typeof error?.error).toBe('string');
  });

  it('grants room access with chatName and members in the body', async () => {
    const { fetch, client } = serverClient();
    const { data, error } = await client.POST('/v1/chats/users-access', { body: { chatName, members } });
    expect(error).toBeUndefined();
    expect(data?.ok).toBe(true);
    expect(data?.results?.[0]?.xmppUsername).toMatch(new RegExp(`^${APP_ID}_`));
    expect(fetch.last().body).toEqual({ chatName, members });
  });

  it('revokes room access with a JSON body on DELETE', async () => {
    const { fetch, client } = serverClient();
    const { data, error, response } = await client.DELETE('/v1/chats/users-access', {
      body: { chatName, members: [members[1] as string] },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.ok).toBe(true);
    const sent = fetch.last();
    expect(sent.method).toBe('DELETE');
    expect(sent.url.pathname).toBe('/v1/chats/users-access');
    expect(sent.body).toEqual({ chatName, members: [members[1]] });
  });

  it('gives 401 when room access is changed without a credential', async () => {
    const { client } = prismClient({}, { allowViolations: true });
    const { error, response } = await client.POST('/v1/chats/users-access', { body: { chatName, members } });
    expect(response.status).toBe(401);
    expect(typeof error?.error).toBe('string');
    expect((await contractViolations(response)).map((v) => v.message)).toEqual([
      'Invalid security scheme used',
    ]);
  });

  it('lists the rooms of the signed-in user with their members', async () => {
    const { client } = userClient();
    const { data, error } = await client.GET('/v1/chats/my');
    expect(error).toBeUndefined();
    const room = data?.items[0];
    expect(room?.name).toMatch(new RegExp(`^${APP_ID}_`));
    expect(room?.members?.length).toBeGreaterThan(0);
  });

  it('creates a room as a user and returns its short name', async () => {
    const { fetch, client } = userClient();
    const body = { title: 'Workspace 42', uuid: 'ws-42', type: 'group' };
    const { data, error } = await client.POST('/v1/chats', { body });
    expect(error).toBeUndefined();
    expect(data?.result.name).toBe(chatName);
    expect(fetch.last().body).toEqual(body);
  });
});
