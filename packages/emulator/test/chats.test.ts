import { describe, expect, it } from 'vitest';
import { APP_ID, apiClient, useEmulator } from './support/harness.js';

const emulator = useEmulator();
const room = (uuid: string, extra: Record<string, unknown> = {}) => ({
  title: `Room ${uuid}`,
  uuid,
  type: 'group',
  ...extra,
});
const xmpp = (uuid: string) => `${APP_ID}_${uuid}`;

describe('rooms', () => {
  it('creates a room once: a second create answers 422 "already exists"', async () => {
    const acme = await apiClient(emulator.current);
    const created = await acme.call(
      'POST',
      '/v2/chats',
      room('ws-42', { description: 'Support', picture: 'p.png' }),
    );
    expect(created.status).toBe(200);
    expect(created.body.result).toMatchObject({
      name: xmpp('ws-42'),
      jid: `${xmpp('ws-42')}@conference.localhost`,
      title: 'Room ws-42',
      description: 'Support',
      type: 'group',
      appId: APP_ID,
    });
    const again = await acme.call('POST', '/v2/chats', room(xmpp('ws-42')));
    expect(again.status).toBe(422);
    expect(again.body.error).toMatch(/already exists/);
  });

  it('adds the members given at creation, and refuses unknown members without creating the room', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    const unknown = await acme.call('POST', '/v2/chats', room('ws-1', { members: ['alice', 'ghost'] }));
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect((await acme.call('POST', '/v2/chats', room('ws-1', { members: [xmpp('alice')] }))).status).toBe(
      200,
    );
    const members = await acme.call('GET', `/v2/chats/users?chatName=${xmpp('ws-1')}`);
    expect(members.body.results.map((user: { xmppUsername: string }) => user.xmppUsername)).toEqual([
      xmpp('alice'),
    ]);
  });

  it('updates title and description by short name or JID', async () => {
    const acme = await apiClient(emulator.current);
    await acme.call('POST', '/v2/chats', room('ws-1'));
    const jid = encodeURIComponent(`${xmpp('ws-1')}@conference.localhost`);
    const updated = await acme.call('PATCH', `/v2/apps/${APP_ID}/chats/${jid}`, {
      title: 'Renamed',
      description: '',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.result).toMatchObject({ title: 'Renamed', description: '' });
    const missing = await acme.call('PATCH', `/v2/apps/${APP_ID}/chats/${xmpp('nope')}`, { title: 'X' });
    expect(missing.body.error).toBe('Chat room not found');
  });

  it('deletes a room, then answers 422 "not found" (the forgiving path of the SDK)', async () => {
    const acme = await apiClient(emulator.current);
    await acme.call('POST', '/v2/chats', room('ws-1'));
    expect((await acme.call('DELETE', '/v1/chats', { name: xmpp('ws-1') })).body).toEqual({ ok: true });
    const again = await acme.call('DELETE', '/v1/chats', { name: xmpp('ws-1') });
    expect(again.status).toBe(422);
    expect(again.body.error).toBe('Chat room not found');
  });

  it('lists an app’s rooms in pages, with members when asked', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    for (const id of ['a', 'b', 'c'])
      await acme.call('POST', `/v2/apps/${APP_ID}/chats`, room(id, { members: ['alice'] }));
    const page = await acme.call('GET', `/v2/apps/${APP_ID}/chats?limit=2&offset=1&includeMembers=true`);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.body.chats.map((chat: { name: string }) => chat.name)).toEqual([xmpp('b'), xmpp('c')]);
    expect(page.body.chats[0].members).toEqual([
      { xmppUsername: xmpp('alice'), firstName: 'Test', lastName: 'User alice' },
    ]);
    const plain = await acme.call('GET', `/v2/apps/${APP_ID}/chats`);
    expect(plain.body.chats[0].members).toBeUndefined();
    const deleted = await acme.call('DELETE', `/v2/apps/${APP_ID}/chats`, { name: xmpp('a') });
    expect(deleted.status).toBe(200);
    expect((await acme.call('GET', `/v2/apps/${APP_ID}/chats`)).body.total).toBe(2);
  });
});

describe('access', () => {
  it('grants and removes membership; user chats list exactly the rooms a user may enter', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    for (const id of ['ws-1', 'ws-2', 'ws-3']) await acme.call('POST', '/v2/chats', room(id));
    const grant = (chat: string, members: string[]) =>
      acme.call('POST', '/v2/chats/users-access', { chatName: xmpp(chat), members });
    expect((await grant('ws-1', [xmpp('alice'), xmpp('bob')])).body).toEqual({ ok: true });
    expect((await grant('ws-1', [xmpp('alice')])).status).toBe(200);
    await grant('ws-3', [xmpp('alice')]);
    const chatsOf = async (uuid: string) =>
      (await acme.call('GET', `/v2/apps/${APP_ID}/users/${uuid}/chats`)).body.chats.map(
        (chat: { name: string }) => chat.name,
      );
    expect(await chatsOf('alice')).toEqual([xmpp('ws-1'), xmpp('ws-3')]);
    expect(await chatsOf('bob')).toEqual([xmpp('ws-1')]);

    const removed = await acme.call('DELETE', '/v2/chats/users-access', {
      chatName: xmpp('ws-1'),
      members: [xmpp('alice'), xmpp('ghost')],
    });
    expect(removed.status).toBe(200);
    expect(await chatsOf('alice')).toEqual([xmpp('ws-3')]);
    await acme.call('DELETE', '/v1/chats', { name: xmpp('ws-3') });
    expect(await chatsOf('alice')).toEqual([]);
    await acme.call('DELETE', '/v1/users/batch', { usersIdList: ['bob'] });
    const members = await acme.call('GET', `/v2/chats/users?chatName=${xmpp('ws-1')}`);
    expect(members.body.results).toEqual([]);
  });

  it('refuses a grant naming an unknown user (nothing changes) or an unknown room', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    await acme.call('POST', '/v2/chats', room('ws-1'));
    const unknownUser = await acme.call('POST', '/v2/chats/users-access', {
      chatName: xmpp('ws-1'),
      members: [xmpp('alice'), xmpp('ghost')],
    });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body).toMatchObject({ code: 'USER_NOT_FOUND' });
    expect((await acme.call('GET', `/v2/chats/users?chatName=${xmpp('ws-1')}`)).body.total).toBe(0);
    const unknownRoom = await acme.call('POST', '/v2/chats/users-access', {
      chatName: xmpp('nope'),
      members: [xmpp('alice')],
    });
    expect([404, 422]).toContain(unknownRoom.status);
    expect(unknownRoom.body.error).toBe('Chat room not found');
  });

  it('takes plain uuids and JIDs on the app-scoped routes', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    await acme.call('POST', '/v2/chats', room('ws-1'));
    const path = `/v2/apps/${APP_ID}/chats/users-access`;
    const jid = `${xmpp('ws-1')}@conference.localhost`;
    expect((await acme.call('POST', path, { chatName: jid, members: ['alice', xmpp('bob')] })).status).toBe(
      200,
    );
    expect((await acme.call('GET', `/v2/chats/users?chatName=${xmpp('ws-1')}`)).body.total).toBe(2);
    expect((await acme.call('DELETE', path, { chatName: xmpp('ws-1'), members: ['bob'] })).status).toBe(200);
    const chats = await acme.call('GET', `/v2/apps/${APP_ID}/users/alice/chats?includeMembers=true`);
    expect(chats.body.chats[0].members).toEqual([expect.objectContaining({ xmppUsername: xmpp('alice') })]);
    const ghost = await acme.call('GET', `/v2/apps/${APP_ID}/users/ghost/chats`);
    expect(ghost).toMatchObject({ status: 200, body: { chats: [], total: 0 } });
  });
});
