import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EmulatorMirror, EmulatorStateError, type StoreEvent, startEmulator } from '../src/index.js';
import { APP_ID, APP_SECRET, apiClient, send, signToken, useEmulator } from './support/harness.js';

const emulator = useEmulator();
const xmpp = (uuid: string) => `${APP_ID}_${uuid}`;

describe('state snapshots', () => {
  it('exports the whole state and imports it back after a reset', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    await acme.call('POST', '/v2/chats', { title: 'Team', uuid: 'team', type: 'group', members: ['alice'] });
    const snapshot = emulator.current.state();
    const app = snapshot.apps.find((entry) => entry.appId === APP_ID)!;
    expect(app.users!.map((user) => user.uuid)).toEqual(['alice', 'bob']);
    expect(app.rooms).toEqual([
      expect.objectContaining({ chatId: 'team', members: ['alice'], pinned: false }),
    ]);
    expect(app.jobs).toHaveLength(1);

    await emulator.current.reset();
    expect((await acme.call('GET', '/v2/chats/users')).body.total).toBe(0);
    await emulator.current.importState(JSON.parse(JSON.stringify(snapshot)));
    expect(emulator.current.state()).toEqual(snapshot);
    const members = await acme.call('GET', `/v2/chats/users?chatName=${xmpp('team')}`);
    expect(members.body.results.map((user: { xmppUsername: string }) => user.xmppUsername)).toEqual([
      xmpp('alice'),
    ]);
  });

  it('refuses a bad snapshot with an error naming the field, and keeps the state', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    const bad = { apps: [{ appId: APP_ID, appSecret: 's', rooms: [{ chatId: 'r', members: ['ghost'] }] }] };
    await expect(emulator.current.importState(bad)).rejects.toThrow(EmulatorStateError);
    await expect(emulator.current.importState(bad)).rejects.toThrow(
      'apps[0].rooms[0].members[0] names no user',
    );
    await expect(
      emulator.current.importState({ apps: [{ appId: 'short', appSecret: 's' }] }),
    ).rejects.toThrow('apps[0].appId must be 24 hexadecimal digits');
    expect((await acme.call('GET', '/v2/chats/users')).body.total).toBe(1);
  });

  it('serves the state over HTTP for tests in other processes', async () => {
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice']);
    const state = await send(emulator.current, 'GET', '/_emulator/state');
    expect(state.body.apps[0].users[0].uuid).toBe('alice');
    expect((await send(emulator.current, 'POST', '/_emulator/reset')).status).toBe(200);
    expect(emulator.current.state().apps[0]!.users).toEqual([]);
    expect((await send(emulator.current, 'PUT', '/_emulator/state', { body: state.body })).status).toBe(200);
    expect(emulator.current.state().apps[0]!.users![0]!.uuid).toBe('alice');
    const bad = await send(emulator.current, 'PUT', '/_emulator/state', { body: { apps: 'x' } });
    expect(bad).toMatchObject({ status: 422, body: { error: 'apps must be an array' } });
  });
});

describe('seeds', () => {
  it('starts from a seed file: users with their XMPP passwords, rooms, members, pinned rooms', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-seed-'));
    const file = join(dir, 'seed.json');
    const seed = {
      apps: [
        {
          appId: APP_ID,
          appSecret: APP_SECRET,
          displayName: 'Seeded',
          users: [
            { uuid: 'alice', firstName: 'Alice', lastName: 'Martin', xmppPassword: 'alice-xmpp-pw' },
            { uuid: 'bob' },
          ],
          rooms: [{ chatId: 'lobby', pinned: true, members: ['alice', xmpp('bob')] }],
        },
      ],
    };
    await writeFile(file, JSON.stringify(seed));
    const seeded = await startEmulator({ seed: file, validateResponses: true, jobDelayMs: 1 });
    try {
      expect(seeded.apps).toEqual([{ appId: APP_ID, appSecret: APP_SECRET, displayName: 'Seeded' }]);
      const acme = await apiClient(seeded);
      const lobby = await acme.call('GET', `/v2/chats/users?chatName=${xmpp('lobby')}`);
      expect(lobby.body.total).toBe(2);
      const client = await signToken(
        APP_SECRET,
        { type: 'client', userId: 'alice', appId: APP_ID },
        { purpose: 'client' },
      );
      const session = await send(seeded, 'POST', '/v1/users/client', { token: client });
      expect(session.body.user).toMatchObject({ firstName: 'Alice', xmppPassword: 'alice-xmpp-pw' });
      await acme.createUsers(['carol']);
      const chats = await acme.call('GET', `/v2/apps/${APP_ID}/users/carol/chats`);
      expect(chats.body.chats.map((chat: { name: string }) => chat.name)).toEqual([xmpp('lobby')]);
      await seeded.reset();
      expect((await acme.call('GET', '/v2/chats/users')).body.total).toBe(2);
      expect(seeded.violations).toEqual([]);
    } finally {
      await seeded.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unreadable seed at start, naming the file', async () => {
    await expect(startEmulator({ seed: '/nonexistent/seed.json' })).rejects.toThrow(
      'Cannot read the seed file /nonexistent/seed.json',
    );
    await expect(startEmulator({ seed: { apps: [{ appId: APP_ID }] } as never })).rejects.toThrow(
      'apps[0].appSecret',
    );
  });
});

describe('change events', () => {
  it('reports every change, in order, with what an XMPP mirror needs', async () => {
    const events: StoreEvent[] = [];
    const unsubscribe = emulator.current.subscribe((event) => events.push(event));
    const acme = await apiClient(emulator.current);
    await acme.createUsers(['alice', 'bob']);
    await acme.call('POST', '/v2/chats', { title: 'Team', uuid: 'team', type: 'group', members: ['alice'] });
    await acme.call('POST', '/v2/chats/users-access', { chatName: xmpp('team'), members: [xmpp('bob')] });
    await acme.call('PATCH', '/v2/chats/users', {
      users: [{ xmppUsername: xmpp('bob'), lastName: 'Okafor' }],
    });
    await acme.call('DELETE', '/v2/chats/users-access', { chatName: xmpp('team'), members: [xmpp('alice')] });
    await acme.call('DELETE', '/v1/users/batch', { usersIdList: ['bob'] });
    await acme.call('DELETE', '/v1/chats', { name: xmpp('team') });
    await emulator.current.reset();
    unsubscribe();
    expect(events.map((event) => event.type)).toEqual([
      'user.created',
      'user.created',
      'room.created',
      'member.added',
      'member.added',
      'user.updated',
      'member.removed',
      'user.deleted',
      'room.deleted',
      'state.replaced',
    ]);
    expect(events[0]).toMatchObject({
      appId: APP_ID,
      user: { uuid: 'alice', xmppUsername: xmpp('alice'), xmppPassword: expect.any(String) },
    });
    expect(events[7]).toMatchObject({ type: 'user.deleted', user: { uuid: 'bob' }, rooms: [xmpp('team')] });
    expect(events[8]).toMatchObject({ type: 'room.deleted', room: { name: xmpp('team') }, members: [] });
  });
});

describe('mirrors', () => {
  it('apply each change before the API answers, and resync after a reset', async () => {
    const log: string[] = [];
    const mirror: EmulatorMirror = {
      name: 'slow',
      sync: (state) => void log.push(`sync ${state.apps.length} apps`),
      apply: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(event.type);
      },
      close: () => void log.push('closed'),
    };
    const mirrored = await startEmulator({
      mirrors: [mirror],
      apps: [{ appId: APP_ID, appSecret: APP_SECRET }],
      jobDelayMs: 1,
    });
    const acme = await apiClient(mirrored);
    await acme.call('POST', '/v2/chats', { title: 'Team', uuid: 'team', type: 'group' });
    expect(log).toEqual(['sync 1 apps', 'room.created']);
    const job = await acme.createUsers(['alice']);
    expect(job.state).toBe('completed');
    expect(log.at(-1)).toBe('user.created');
    await mirrored.reset();
    expect(log.at(-1)).toBe('sync 1 apps');
    await mirrored.stop();
    expect(log.at(-1)).toBe('closed');
  });

  it('turn a failed mirror into a 500 naming it', async () => {
    const mirror: EmulatorMirror = {
      name: 'broken',
      sync: () => {},
      apply: () => {
        throw new Error('ejabberd said no');
      },
    };
    const mirrored = await startEmulator({
      mirrors: [mirror],
      apps: [{ appId: APP_ID, appSecret: APP_SECRET }],
    });
    try {
      const acme = await apiClient(mirrored);
      const answer = await acme.call('POST', '/v2/chats', { title: 'Team', uuid: 'team', type: 'group' });
      expect(answer.status).toBe(500);
      expect(answer.body.error).toBe('Mirror broken failed on room.created: ejabberd said no');
    } finally {
      await mirrored.stop();
    }
  });
});
