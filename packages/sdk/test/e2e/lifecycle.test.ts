import { describe, expect, it } from 'vitest';
import { EthoraUnprocessableEntityError, unwrap } from '../../src/index.js';
import { freshApp } from './harness.js';

describe('a workspace, call by call, against the emulator', () => {
  it('creates, fills, lists, changes and removes a room and its users', async () => {
    const { appId, repo } = await freshApp({ botJid: 'bot' });
    const room = await repo.createChatRoom('ws-1', {
      title: 'Design team',
      description: 'All things design',
    });
    expect(room.result).toMatchObject({ name: `${appId}_ws-1`, title: 'Design team', type: 'group' });
    expect(room.result.jid).toBe(repo.createChatName('ws-1'));
    await expect(repo.createChatRoom('ws-1')).rejects.toMatchObject({
      status: 422,
      apiMessage: expect.stringMatching(/already exists/),
    });

    for (const [userId, displayName] of [
      ['alice', 'Alice Martin'],
      ['bob', 'Bob Okafor'],
      ['bot', 'Helper Bot'],
    ]) {
      const receipt = await repo.createUser(userId!, { displayName });
      const job = await repo.waitForUsersBatchJob(receipt.jobId, { initialDelayMs: 5 });
      expect(job.result?.results[0]).toMatchObject({ status: 'created', xmppUsername: `${appId}_${userId}` });
    }
    const again = await repo.waitForUsersBatchJob((await repo.createUser('alice')).jobId, {
      initialDelayMs: 5,
    });
    expect(again.result?.results[0]?.status).toBe('exists');

    await repo.grantUserAccessToChatRoom('ws-1', ['alice', 'bob']);
    await repo.grantChatbotAccessToChatRoom('ws-1');
    const members = await repo.getUsers({ chatName: 'ws-1' });
    expect(members.results.map((user) => user.xmppUsername)).toEqual(
      ['alice', 'bob', 'bot'].map((id) => `${appId}_${id}`),
    );
    expect((await repo.getUserChats('alice')).chats.map((chat) => chat.name)).toEqual([`${appId}_ws-1`]);

    const updated = await repo.updateUsers([
      { userId: 'alice', firstName: 'Alicia' },
      { userId: 'ghost', firstName: 'Nobody' },
    ]);
    expect(updated.results.map((result) => result.status)).toEqual(['updated', 'not-found']);
    expect((await repo.getAppUserByXmppUsername('alice')).result).toMatchObject({
      firstName: 'Alicia',
      lastName: 'Martin',
    });
    expect((await repo.getUsers({ userId: 'bob' })).results).toHaveLength(1);

    await repo.updateChatRoom('ws-1', { title: 'Design (archived)' });
    const listed = await repo.listChatsInApp(appId);
    expect(listed.chats).toEqual([
      expect.objectContaining({ name: `${appId}_ws-1`, title: 'Design (archived)' }),
    ]);

    await repo.removeUserAccessFromChatRoom('ws-1', 'bob');
    expect((await repo.getUserChats('bob')).chats).toEqual([]);
    expect((await repo.getUsers({ chatName: 'ws-1' })).results).toHaveLength(2);

    expect(await repo.deleteChatRoom('ws-1')).toEqual({ ok: true });
    expect(await repo.deleteChatRoom('ws-1')).toEqual({ ok: false, reason: 'Chat room not found' });
    expect((await repo.getUserChats('alice')).chats).toEqual([]);
    expect(await repo.deleteUsers(['alice', 'bob', 'bot'])).toEqual({ ok: true });
    expect(await repo.deleteUsers(['alice'])).toEqual({ ok: false, reason: 'Users not found' });
    expect((await repo.getUsers()).results).toEqual([]);
  });

  it('lets a frontend exchange the client token for the user session with its XMPP password', async () => {
    const { appId, repo } = await freshApp();
    await repo.waitForUsersBatchJob((await repo.createUser('alice', { displayName: 'Alice Martin' })).jobId);
    const token = await repo.createChatUserJwtToken('alice');
    const answer = await fetch(`${repo.config.apiUrl}/v1/users/client`, {
      method: 'POST',
      headers: { 'x-custom-token': token },
    });
    expect(answer.status).toBe(200);
    const session = (await answer.json()) as { user: Record<string, unknown>; token: string };
    expect(session.user).toMatchObject({
      xmppUsername: `${appId}_alice`,
      firstName: 'Alice',
      xmppPassword: expect.any(String),
    });
    expect(session.token).toMatch(/^JWT /);

    const stranger = await repo.createChatUserJwtToken('nobody');
    const refused = await fetch(`${repo.config.apiUrl}/v1/users/client`, {
      method: 'POST',
      headers: { 'x-custom-token': stranger },
    });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'USER_NOT_FOUND' });
  });

  it("surfaces the API's validation answer, naming the field, as a typed error", async () => {
    const { repo } = await freshApp();
    // The repository checks names before sending; the low-level client sends what it is given.
    const pending = repo.client.POST('/v2/users/batch', {
      body: { usersList: [{ uuid: 'z', email: 'z@example.com', firstName: 'Zed', lastName: 'Z' }] },
    });
    const error = await unwrap(pending).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      apiMessage: expect.stringContaining('"usersList[0].lastName"'),
    });
    expect((await repo.getUsers()).results).toEqual([]);
  });
});
