import { describe, expect, it } from 'vitest';
import { chatsOf, countingFetch, freshApp, userIds } from './harness.js';

describe('bulk helpers against the emulator', () => {
  it('setupWorkspaceChat converges: the second run reports exists and duplicates nothing', async () => {
    const fetch = countingFetch();
    const { appId, repo } = await freshApp({ botJid: `bot@xmpp.example`, fetch });
    await repo.waitForUsersBatchJob((await repo.createUser('bot')).jobId);
    const users = [...userIds(240), { userId: 'alice', displayName: 'Alice Martin' }];

    const first = await repo.setupWorkspaceChat({ chatId: 'ws-bulk', room: { title: 'Everyone' }, users });
    expect(first).toMatchObject({
      room: 'created',
      created: 241,
      exists: 0,
      failed: 0,
      granted: 241,
      bot: 'granted',
    });

    const second = await repo.setupWorkspaceChat({ chatId: 'ws-bulk', room: { title: 'Everyone' }, users });
    expect(second).toMatchObject({
      room: 'exists',
      created: 0,
      exists: 241,
      failed: 0,
      granted: 241,
      bot: 'granted',
    });
    expect(second.users.every((user) => user.status === 'exists' && user.jobStatus === 'exists')).toBe(true);
    // One room, 241 users plus the bot, each once, all of them members.
    expect((await repo.listChatsInApp(appId)).total).toBe(1);
    expect((await repo.getUsers({ limit: 1 })).total).toBe(242);
    expect((await repo.getUsers({ chatName: 'ws-bulk', limit: 1 })).total).toBe(242);
    expect((await repo.getAppUserByXmppUsername('alice')).result).toMatchObject({
      firstName: 'Alice',
      lastName: 'Martin',
    });
    // Per run: one room, 3 batch jobs of at most 100 users (plus the bot's own job before), one grant for all.
    expect(fetch.counts.get('POST /v2/chats')).toBe(2);
    expect(fetch.counts.get('POST /v2/users/batch')).toBe(1 + 2 * 3);
    expect(fetch.counts.get('POST /v2/chats/users-access')).toBe(2);
  });

  it('cleanupWorkspace leaves nothing behind, and a second run reports what was already gone', async () => {
    const { appId, repo } = await freshApp();
    const ids = userIds(150);
    await repo.setupWorkspaceChat({ chatId: 'ws-gone', users: ids });
    await repo.createChatRoom('ws-other');
    await repo.grantUserAccessToChatRoom('ws-other', ids.slice(0, 3));

    const cleaned = await repo.cleanupWorkspace({ chatId: 'ws-gone', userIds: ids });
    expect(cleaned).toMatchObject({ room: 'deleted', deleted: 150, notFound: 0 });
    expect((await repo.getUsers()).total).toBe(0);
    expect(chatsOf(await repo.listChatsInApp(appId)).map((chat) => chat.name)).toEqual([`${appId}_ws-other`]);
    // The other room lost the members that were deleted.
    expect((await repo.getUsers({ chatName: 'ws-other' })).results).toEqual([]);

    const again = await repo.cleanupWorkspace({ chatId: 'ws-gone', userIds: ids });
    expect(again).toMatchObject({ room: 'not-found', deleted: 0, notFound: 150 });
    expect(again.batches.map((batch) => batch.outcome)).toEqual(['not-found', 'not-found']);
  });

  it('waits for user batch jobs of the configured app and of an app named explicitly', async () => {
    const { appId, repo, root } = await freshApp();
    const receipt = await root.createUsersInApp(appId, [
      { uuid: 'x1', email: 'x1@example.com', firstName: 'Xavier', lastName: 'One' },
      { uuid: 'x2', email: 'x2@example.com', firstName: 'Xenia', lastName: 'Two' },
    ]);
    const job = await root.waitForUsersBatchJob(receipt.jobId, { appId, initialDelayMs: 5 });
    expect(job.result?.results.map((item) => item.status)).toEqual(['created', 'created']);
    // The job belongs to the app it ran in, readable by its own credential in either form.
    expect((await repo.getUsersBatchJob(receipt.jobId)).state).toBe('completed');
    await expect(root.getUsersBatchJob(receipt.jobId)).rejects.toMatchObject({ apiMessage: 'Job not found' });
    expect(await root.deleteUsersInApp(appId, ['x1', 'x2'])).toEqual({ ok: true });
    expect((await repo.getUsers()).total).toBe(0);
  });
});
