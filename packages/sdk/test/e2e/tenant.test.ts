import { describe, expect, it } from 'vitest';
import { createEthoraClient, EthoraAuthenticationError, unwrap } from '../../src/index.js';
import { chatsOf, freshApp } from './harness.js';

describe('tenant administration against the emulator', () => {
  it('creates, reads, lists, provisions and deletes an app', async () => {
    const { appId, root } = await freshApp();
    const newestFirst = await root.listApps({ order: 'desc', orderBy: 'createdAt', limit: 1 });
    expect(newestFirst.apps?.map((app) => app._id)).toEqual([appId]);
    const fetched = await root.getApp(appId);
    expect(fetched.result).toMatchObject({ _id: appId, parentAppId: root.config.appId });
    const provisioned = await root.provisionApp(appId, {
      rooms: [{ title: 'General', pinned: true }, { title: 'Random' }],
    });
    expect(provisioned.rooms).toHaveLength(2);
    const receipt = await root.createUsersInApp(appId, [
      { uuid: 'new', email: 'new@example.com', firstName: 'New', lastName: 'Comer' },
    ]);
    await root.waitForUsersBatchJob(receipt.jobId, { appId, initialDelayMs: 5 });
    expect((await root.getUserChatsInApp(appId, 'new')).chats.map((chat) => chat.name)).toEqual([
      `${appId}_general`,
    ]);

    expect(await root.deleteApp(appId)).toEqual({ ok: true });
    await expect(root.getApp(appId)).rejects.toMatchObject({ apiMessage: 'App not found' });
    const listed = [];
    for await (const app of root.iterateApps()) listed.push(app._id);
    expect(listed).not.toContain(appId);
  });

  it("manages an app's rooms and access by app id", async () => {
    const { appId, root, repo } = await freshApp();
    const receipt = await root.createUsersInApp(appId, [
      { uuid: 'ann', email: 'ann@example.com', firstName: 'Ann', lastName: 'Lee' },
      { uuid: 'ben', email: 'ben@example.com', firstName: 'Ben', lastName: 'Ray' },
    ]);
    await root.waitForUsersBatchJob(receipt.jobId, { appId });
    const room = await root.createChatRoomInApp(appId, 'ops', { title: 'Ops', members: ['ann'] });
    expect(room.result.name).toBe(`${appId}_ops`);
    await root.grantUserAccessToChatRoomInApp(appId, 'ops', ['ben']);
    expect(chatsOf(await root.listChatsInApp(appId, { includeMembers: true }))[0]?.members).toHaveLength(2);
    await root.removeUserAccessFromChatRoomInApp(appId, 'ops', 'ann');
    expect((await repo.getUsers({ chatName: 'ops' })).results.map((user) => user.xmppUsername)).toEqual([
      `${appId}_ben`,
    ]);
    await root.updateChatRoomInApp(appId, 'ops', { description: 'On call' });
    expect(chatsOf(await root.listChatsInApp(appId))[0]).toMatchObject({
      title: 'Ops',
      description: 'On call',
    });
    expect((await root.getUserChatsInApp(appId, 'ben', { includeMembers: true })).chats[0]?.members).toEqual([
      expect.objectContaining({ xmppUsername: `${appId}_ben` }),
    ]);
    expect(await root.deleteChatRoomInApp(appId, 'ops')).toEqual({ ok: true });
    await expect(root.deleteChatRoomInApp(appId, 'ops')).rejects.toMatchObject({
      apiMessage: 'Chat room not found',
    });
  });

  it('creates, rotates and revokes server tokens that work as credentials until then', async () => {
    const { appId, root } = await freshApp();
    const created = await root.createAppToken(appId, { label: 'billing' });
    const client = (token: string) =>
      createEthoraClient({ baseUrl: root.config.apiUrl, auth: { server: token }, maxRetries: 0 });
    const listUsers = (token: string) => unwrap(client(token).GET('/v2/chats/users'));
    await expect(listUsers(created.token)).resolves.toMatchObject({ total: 0 });

    const rotated = await root.rotateAppToken(appId, created.tokenId, { label: 'billing-2' });
    await expect(listUsers(created.token)).rejects.toBeInstanceOf(EthoraAuthenticationError);
    await expect(listUsers(rotated.token)).resolves.toMatchObject({ total: 0 });

    await root.revokeAppToken(appId, created.tokenId);
    await root.revokeAppToken(appId, created.tokenId);
    await expect(listUsers(rotated.token)).rejects.toBeInstanceOf(EthoraAuthenticationError);
    expect((await root.listAppTokens(appId)).tokens).toEqual([
      expect.objectContaining({ tokenId: created.tokenId, label: 'billing-2', status: 'revoked' }),
    ]);
  });

  it('keeps bot settings, merging partial updates', async () => {
    const { appId, root } = await freshApp();
    expect(await root.getAppBot(appId)).toMatchObject({ status: 'off' });
    await root.updateAppBot(appId, { status: 'on', trigger: 'any_message', prompt: 'Be brief.' });
    await root.updateAppBot(appId, { greetingMessage: 'Hello!' });
    expect(await root.getAppBot(appId)).toMatchObject({
      status: 'on',
      trigger: 'any_message',
      prompt: 'Be brief.',
      greetingMessage: 'Hello!',
    });
  });

  it('broadcasts to rooms through a job whose results name each room', async () => {
    const { appId, root, repo } = await freshApp();
    await repo.createChatRoom('a');
    await repo.createChatRoom('b');
    const receipt = await root.broadcastToAppChats(appId, {
      text: 'Maintenance tonight',
      chatIds: ['a', 'gone'],
    });
    let job = await root.getAppBroadcastJob(appId, receipt.jobId);
    for (let poll = 0; job.state !== 'completed' && poll < 100; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = await root.getAppBroadcastJob(appId, receipt.jobId);
    }
    expect(job.results).toEqual([
      { chatName: `${appId}_a`, ok: true },
      { chatName: `${appId}_gone`, ok: false, error: 'Chat room not found' },
    ]);
    const everyone = await root.broadcastToAppChats(appId, { text: 'Hi all', allRooms: true, dryRun: true });
    expect(everyone.statusUrl).toBe(`/v2/apps/${appId}/chats/broadcast/${everyone.jobId}`);
  });
});
