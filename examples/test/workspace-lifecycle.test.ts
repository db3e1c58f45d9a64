import { EthoraUnprocessableEntityError, verifyJwtToken } from '@ethora/sdk';
import { contractFetch } from '@ethora/testkit';
import { describe, expect, it } from 'vitest';
import { type LifecycleStep, runWorkspaceLifecycle } from '../workspace-lifecycle.js';
import { APP_ID, BOT_JID, expectServerAuth, mockRepo, preferCode, routes } from './helpers.js';

/** The job id of the spec's example receipt, which the mock returns for every user batch. */
const JOB_ID = '6650d4e5f6a7b8c9d0e1f2a3';

const workspace = {
  workspaceId: 'ws-7',
  title: 'Design team',
  users: [
    { id: 'alice', displayName: 'Alice Martin' },
    { id: 'bob', displayName: 'Bob Okafor' },
  ],
};

describe('runWorkspaceLifecycle against the mock', () => {
  it('creates the room and users, lets them and the bot in, mints tokens, then deletes everything', async () => {
    const fetch = contractFetch();
    const repo = mockRepo(fetch);
    const steps: LifecycleStep[] = [];

    const result = await runWorkspaceLifecycle(repo, {
      ...workspace,
      onStep: (step) => void steps.push(step),
    });

    expect(routes(fetch)).toEqual([
      'POST /v2/chats',
      'POST /v2/users/batch',
      `GET /v2/users/batch/${JOB_ID}`,
      'POST /v2/users/batch',
      `GET /v2/users/batch/${JOB_ID}`,
      'POST /v2/chats/users-access',
      'POST /v2/chats/users-access',
      'GET /v2/chats/users',
      'DELETE /v1/chats',
      'DELETE /v1/users/batch',
    ]);
    for (const exchange of fetch.exchanges) expectServerAuth(exchange);
    const [room, alice, , , , access, bot, members, deleteRoom, deleteUsers] = fetch.exchanges;
    expect(room?.body).toMatchObject({ uuid: 'ws-7', title: 'Design team', type: 'group' });
    expect(alice?.body).toMatchObject({
      usersList: [{ uuid: 'alice', firstName: 'Alice', lastName: 'Martin' }],
    });
    expect(access?.body).toEqual({
      chatName: `${APP_ID}_ws-7`,
      members: [`${APP_ID}_alice`, `${APP_ID}_bob`],
    });
    expect(bot?.body).toEqual({ chatName: `${APP_ID}_ws-7`, members: [BOT_JID.split('@')[0]] });
    expect(members?.url.searchParams.get('chatName')).toBe(`${APP_ID}_ws-7`);
    expect(deleteRoom?.body).toEqual({ name: `${APP_ID}_ws-7` });
    expect(deleteUsers?.body).toEqual({ usersIdList: ['alice', 'bob'] });

    expect(result.chatJid).toBe(`${APP_ID}_ws-7@conference.xmpp.chat.ethora.com`);
    expect(result.botGranted).toBe(true);
    for (const userId of ['alice', 'bob']) {
      const token = result.clientTokens[userId];
      expect(token).toBeDefined();
      const payload = await verifyJwtToken(token ?? '', repo.config, { expectedType: 'client' });
      expect(payload.data).toEqual({ type: 'client', userId, appId: APP_ID });
    }
    expect(steps.map((step) => step.title)).toEqual([
      "Name the workspace's room",
      "Create the workspace's chat room",
      'Create user alice',
      "Wait for alice's creation job",
      'Create user bob',
      "Wait for bob's creation job",
      'Let the users into the room',
      "Let the app's bot into the room",
      "List the room's members",
      'Mint a client token for alice',
      'Mint a client token for bob',
      'Delete the room',
      'Delete the users',
    ]);
    expect(result.steps).toEqual(steps);
  });

  it('skips the bot when none is configured, and keeps the records with keep: true', async () => {
    const fetch = contractFetch();
    const result = await runWorkspaceLifecycle(mockRepo(fetch, { botJid: undefined }), {
      ...workspace,
      keep: true,
    });

    expect(result.botGranted).toBe(false);
    expect(routes(fetch)).toEqual([
      'POST /v2/chats',
      'POST /v2/users/batch',
      `GET /v2/users/batch/${JOB_ID}`,
      'POST /v2/users/batch',
      `GET /v2/users/batch/${JOB_ID}`,
      'POST /v2/chats/users-access',
      'GET /v2/chats/users',
    ]);
  });

  it('deletes what it created when a later step fails, and throws the error that stopped it', async () => {
    const fetch = contractFetch();
    // The second user's creation is refused; the room and the first user must still be cleaned up.
    let userCalls = 0;
    const failing = preferCode(
      fetch,
      422,
      (_method, path) => path === '/v2/users/batch' && ++userCalls === 2,
    );

    const run = runWorkspaceLifecycle(mockRepo(failing), workspace);

    await expect(run).rejects.toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(routes(fetch)).toEqual([
      'POST /v2/chats',
      'POST /v2/users/batch',
      `GET /v2/users/batch/${JOB_ID}`,
      'POST /v2/users/batch',
      'DELETE /v1/chats',
      'DELETE /v1/users/batch',
    ]);
    expect(fetch.exchanges.at(-1)?.body).toEqual({ usersIdList: ['alice'] });
  });

  it('records a failing cleanup call as a step instead of hiding the original error', async () => {
    const fetch = contractFetch();
    // The user's creation fails validation; the cleanup's deletes are refused.
    const failing = preferCode(
      preferCode(fetch, 403, (method) => method === 'DELETE'),
      422,
      (_method, path) => path === '/v2/users/batch',
    );
    const steps: LifecycleStep[] = [];

    const run = runWorkspaceLifecycle(mockRepo(failing), {
      ...workspace,
      onStep: (step) => void steps.push(step),
    });

    await expect(run).rejects.toMatchObject({
      name: 'EthoraUnprocessableEntityError',
      path: '/v2/users/batch',
    });
    const cleanup = steps.at(-1);
    expect(steps.map((step) => step.title)).toEqual([
      "Name the workspace's room",
      "Create the workspace's chat room",
      'Create user alice',
      'Delete the room',
    ]);
    expect(steps[2]?.result).toMatchObject({
      name: 'EthoraUnprocessableEntityError',
      path: '/v2/users/batch',
    });
    expect(cleanup?.result).toMatchObject({
      name: 'EthoraPermissionDeniedError',
      status: 403,
      path: '/v1/chats',
    });
  });

  it('stops between steps when the signal fires, and still cleans up', async () => {
    const fetch = contractFetch();
    const controller = new AbortController();

    const run = runWorkspaceLifecycle(mockRepo(fetch), {
      ...workspace,
      signal: controller.signal,
      onStep: (step) => {
        if (step.title === "Create the workspace's chat room") controller.abort(new Error('stop here'));
      },
    });

    await expect(run).rejects.toThrow('stop here');
    expect(routes(fetch)).toEqual(['POST /v2/chats', 'DELETE /v1/chats']);
  });
});
