import { describe, expect, it } from 'vitest';
import { APP_ID, apiClient, OTHER_APP_ID, send, signToken, useEmulator } from './support/harness.js';

const emulator = useEmulator({ enabledModels: { openai: ['gpt-4o-mini'] } });

describe('tenant apps', () => {
  it('creates, lists, reads and deletes apps the credential manages', async () => {
    const acme = await apiClient(emulator.current);
    const created = await acme.call('POST', '/v2/apps', {
      displayName: 'Tenant One',
      domainName: 'tenantone',
      primaryColor: '#fff',
    });
    expect(created.status).toBe(200);
    const app = created.body.app;
    expect(app).toMatchObject({
      displayName: 'Tenant One',
      domainName: 'tenantone',
      primaryColor: '#fff',
      parentAppId: APP_ID,
    });
    expect(app.appToken).toMatch(/^JWT /);

    const listed = await acme.call('GET', '/v2/apps?orderBy=displayName&order=desc');
    expect(listed.body.apps.map((entry: { _id: string }) => entry._id)).toEqual([app._id, APP_ID]);
    expect(listed.body.total).toBe(2);
    expect((await acme.call('GET', `/v2/apps/${app._id}`)).body.result).toMatchObject({ _id: app._id });

    // The new app's own secret signs tokens for it.
    const own = await signToken(app.appSecret, { appId: app._id, type: 'server' });
    expect((await send(emulator.current, 'GET', '/v2/chats/users', { token: own })).status).toBe(200);

    expect((await acme.call('DELETE', `/v2/apps/${app._id}`)).status).toBe(200);
    const gone = await acme.call('GET', `/v2/apps/${app._id}`);
    expect([404, 422]).toContain(gone.status);
    expect(gone.body).toMatchObject({ error: 'App not found', code: 'APP_NOT_FOUND' });
  });

  it('refuses an app without a display name, or with a taken or non-alphanumeric domain name', async () => {
    const acme = await apiClient(emulator.current);
    expect((await acme.call('POST', '/v2/apps', {})).status).toBe(422);
    expect((await acme.call('POST', '/v2/apps', { displayName: 'A', domainName: 'dup' })).status).toBe(200);
    const taken = await acme.call('POST', '/v2/apps', { displayName: 'B', domainName: 'DUP' });
    expect(taken.body).toMatchObject({ code: 'VALIDATION_ERROR', error: '"domainName" is already taken' });
    expect((await acme.call('POST', '/v2/apps', { displayName: 'C', domainName: 'has space' })).status).toBe(
      422,
    );
  });

  it('provisions default rooms once; pinned rooms are joined by new users', async () => {
    const acme = await apiClient(emulator.current);
    const rooms = [{ title: 'General', pinned: true }, { title: 'Support Desk' }];
    const first = await acme.call('POST', `/v2/apps/${APP_ID}/provision`, { rooms });
    expect(
      first.body.rooms.map((entry: { name: string; status: string; pinned: boolean }) => [
        entry.name,
        entry.status,
        entry.pinned,
      ]),
    ).toEqual([
      [`${APP_ID}_general`, 'created', true],
      [`${APP_ID}_support-desk`, 'created', false],
    ]);
    const second = await acme.call('POST', `/v2/apps/${APP_ID}/provision`, { rooms });
    expect(second.body.rooms.map((entry: { status: string }) => entry.status)).toEqual(['exists', 'exists']);
    await acme.createUsers(['newcomer']);
    const chats = await acme.call('GET', `/v2/apps/${APP_ID}/users/newcomer/chats`);
    expect(chats.body.chats.map((chat: { name: string }) => chat.name)).toEqual([`${APP_ID}_general`]);
    const config = await send(emulator.current, 'GET', '/v1/apps/get-config?domainName=chat.example.com');
    expect(config.body.result).toMatchObject({ _id: APP_ID, xmppHost: 'localhost' });
    expect(config.body.result.defaultRooms).toEqual([
      { jid: `${APP_ID}_general@conference.localhost`, pinned: true },
    ]);
    expect(config.body.result.appSecret).toBeUndefined();
  });
});

describe('bot settings', () => {
  it('reads defaults, merges updates and refuses a model that is not enabled', async () => {
    const acme = await apiClient(emulator.current);
    expect((await acme.call('GET', `/v2/apps/${APP_ID}/bot`)).body).toMatchObject({
      status: 'off',
      trigger: '/bot',
    });
    const updated = await acme.call('PUT', `/v2/apps/${APP_ID}/bot`, {
      status: 'on',
      prompt: 'Be brief.',
      llmProvider: 'openai',
      llmModel: 'gpt-4o-mini',
    });
    expect(updated.body).toMatchObject({ status: 'on', prompt: 'Be brief.', trigger: '/bot' });
    const partial = await acme.call('PUT', `/v2/apps/${APP_ID}/bot`, { greetingMessage: 'Hi' });
    expect(partial.body).toMatchObject({ status: 'on', prompt: 'Be brief.', greetingMessage: 'Hi' });
    const refused = await acme.call('PUT', `/v2/apps/${APP_ID}/bot`, { llmModel: 'gpt-9' });
    expect(refused.status).toBe(422);
    expect((await acme.call('PUT', `/v2/apps/${APP_ID}/bot`, { status: 'maybe' })).status).toBe(422);
    expect((await acme.call('GET', `/v2/apps/${APP_ID}/bot`)).body.llmModel).toBe('gpt-4o-mini');
  });
});

describe('broadcasts', () => {
  it('queues a job whose results say per room whether it was sent', async () => {
    const acme = await apiClient(emulator.current);
    await acme.call('POST', '/v2/chats', { title: 'A', uuid: 'a', type: 'group' });
    const events: unknown[] = [];
    const unsubscribe = emulator.current.subscribe(
      (event) => event.type === 'broadcast.sent' && events.push(event),
    );
    const receipt = await acme.call('POST', `/v2/apps/${APP_ID}/chats/broadcast`, {
      text: 'Maintenance at 22:00',
      chatIds: ['a', 'missing'],
    });
    expect(receipt.status).toBe(202);
    let job = await acme.call('GET', receipt.body.statusUrl);
    for (let attempt = 0; job.body.state !== 'completed' && attempt < 100; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = await acme.call('GET', receipt.body.statusUrl);
    }
    unsubscribe();
    expect(job.body.results).toEqual([
      { chatName: `${APP_ID}_a`, ok: true },
      { chatName: `${APP_ID}_missing`, ok: false, error: 'Chat room not found' },
    ]);
    expect(events).toEqual([
      {
        type: 'broadcast.sent',
        appId: APP_ID,
        rooms: [`${APP_ID}_a`],
        text: 'Maintenance at 22:00',
        metadata: undefined,
      },
    ]);
  });

  it('answers 400 unless exactly one kind of target is given', async () => {
    const acme = await apiClient(emulator.current);
    const path = `/v2/apps/${APP_ID}/chats/broadcast`;
    expect((await acme.call('POST', path, { text: 'x' })).status).toBe(400);
    expect((await acme.call('POST', path, { text: 'x', allRooms: true, chatIds: ['a'] })).status).toBe(400);
    expect((await acme.call('POST', path, { text: 'x', allRooms: true })).status).toBe(202);
    const other = await acme.call('GET', `/v2/apps/${OTHER_APP_ID}/chats/broadcast/nope`);
    expect(other.status).toBe(401);
  });
});
