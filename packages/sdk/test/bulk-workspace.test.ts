import { EthoraAbortError } from '@ethora/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BulkProgress,
  type ChatRepository,
  EthoraConfigError,
  EthoraJobError,
  EthoraJobTimeoutError,
  EthoraValidationError,
} from '../src/index.js';
import { StubApi } from './bulk-stub-server.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

const BOT = `${APP_ID}_bot`;
const FAST_JOBS = { initialDelayMs: 1, maxDelayMs: 5 };
const userIds = (count: number) => Array.from({ length: count }, (_, index) => `user-${index}`);

let api: StubApi;
let repo: ChatRepository;

beforeEach(async () => {
  api = new StubApi(APP_ID);
  await api.start();
  repo = repositoryAt(api.url, { botJid: `${BOT}@xmpp.chat.ethora.com` });
});

afterEach(async () => {
  await api.stop();
});

describe('setupWorkspaceChat', () => {
  it('sets up 1,000 users in 24 requests: room, 10 batches, 10 job polls, 3 grants carrying the bot', async () => {
    const progress: BulkProgress[] = [];
    const report = await repo.setupWorkspaceChat({
      chatId: 'ws-1',
      users: userIds(1000),
      jobWait: FAST_JOBS,
      onProgress: (event) => progress.push(event),
    });

    expect(api.requests).toHaveLength(24);
    expect(api.countByRoute()).toEqual({
      'POST /v2/chats': 1,
      'POST /v2/users/batch': 10,
      'GET /v2/users/batch/:jobId': 10,
      'POST /v2/chats/users-access': 3,
    });
    expect(api.requests.every((request) => request.authorized)).toBe(true);
    expect(report).toMatchObject({
      chatId: 'ws-1',
      chatName: `${APP_ID}_ws-1`,
      room: 'created',
      created: 1000,
      exists: 0,
      failed: 0,
      granted: 1000,
      bot: 'granted',
    });
    expect(report.users.map((user) => user.userId)).toEqual(userIds(1000));
    expect(new Set(report.users.map((user) => user.status))).toEqual(new Set(['created']));
    const members = api.members.get(`${APP_ID}_ws-1`);
    expect(members?.size).toBe(1001);
    expect(members?.has(`${APP_ID}_user-999`)).toBe(true);
    expect(members?.has(BOT)).toBe(true);
    // User batches stay within the API's limit of 100; grants within the default of 500 members.
    for (const request of api.requests) {
      const body = request.body as { usersList?: unknown[]; members?: unknown[] } | undefined;
      expect(body?.usersList?.length ?? 0).toBeLessThanOrEqual(100);
      expect(body?.members?.length ?? 0).toBeLessThanOrEqual(500);
    }
    expect(progress.filter((event) => event.phase === 'users').at(-1)).toEqual({
      phase: 'users',
      done: 1000,
      total: 1000,
    });
    expect(progress.filter((event) => event.phase === 'access').at(-1)).toEqual({
      phase: 'access',
      done: 1000,
      total: 1000,
    });
    expect(progress.at(-1)).toEqual({ phase: 'bot', done: 1, total: 1 });
  });

  it('by default sends all ten batches of a 1,000-user workspace before its first job poll', async () => {
    // Polls wait long enough here that a fifth batch sent after a poll could only mean a smaller default.
    await repo.setupWorkspaceChat({
      chatId: 'ws-wave',
      users: userIds(1000),
      jobWait: { initialDelayMs: 300 },
    });
    const routes = api.requests.map((request) => `${request.method} ${request.path}`);
    const firstPoll = routes.findIndex((route) => route.startsWith('GET /v2/users/batch/'));
    expect(routes.slice(0, firstPoll).filter((route) => route === 'POST /v2/users/batch')).toHaveLength(10);
  });

  it('converges on a second run: the room and users exist, nothing fails, access is granted again', async () => {
    const options = { chatId: 'ws-2', users: userIds(250), jobWait: FAST_JOBS };
    await repo.setupWorkspaceChat(options);
    const firstRunRequests = api.requests.length;
    const again = await repo.setupWorkspaceChat(options);
    expect(api.requests.length - firstRunRequests).toBe(firstRunRequests);
    expect(again).toMatchObject({
      room: 'exists',
      created: 0,
      exists: 250,
      failed: 0,
      granted: 250,
      bot: 'granted',
    });
    expect(again.users[0]).toEqual({
      userId: 'user-0',
      status: 'exists',
      jobStatus: 'exists',
      reason: 'the user already exists; nothing was created',
    });
    expect(api.members.get(`${APP_ID}_ws-2`)?.size).toBe(251);
  });

  it('reports existing and failed users per user and lets only the others in', async () => {
    api.users.add('user-1');
    api.rejectUsers.add('user-2');
    const report = await repo.setupWorkspaceChat({
      chatId: 'ws-3',
      users: ['user-0', { userId: 'user-1', displayName: 'Ada Lovelace' }, 'user-2'],
      bot: false,
      jobWait: FAST_JOBS,
    });
    expect(report.users).toEqual([
      { userId: 'user-0', status: 'created', jobStatus: 'created' },
      { userId: 'user-1', status: 'exists', jobStatus: 'exists', reason: expect.any(String) },
      { userId: 'user-2', status: 'failed', jobStatus: 'failed', reason: 'email already in use' },
    ]);
    expect(report).toMatchObject({ created: 1, exists: 1, failed: 1, granted: 2, bot: 'skipped' });
    expect([...(api.members.get(`${APP_ID}_ws-3`) ?? [])]).toEqual([`${APP_ID}_user-0`, `${APP_ID}_user-1`]);
    const batch = api.requests.find((request) => request.path === '/v2/users/batch')?.body as {
      usersList: Record<string, unknown>[];
    };
    expect(batch.usersList[1]).toMatchObject({ uuid: 'user-1', firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('throws EthoraJobError when a batch job fails', async () => {
    api.jobMode = 'fail';
    const error = await repo
      .setupWorkspaceChat({ chatId: 'ws-4', users: userIds(150), jobWait: FAST_JOBS })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraJobError);
    expect((error as EthoraJobError).message).toMatch(/^Job job-\d failed: database unavailable\.$/);
    expect(api.countByRoute()['POST /v2/chats/users-access']).toBeUndefined();
  });

  it('cancels the other batches in flight as soon as one job fails', async () => {
    api.jobMode = 'never-complete';
    api.failJobs.add('job-2');
    const error = await repo
      .setupWorkspaceChat({
        chatId: 'ws-8',
        users: userIds(300),
        jobWait: { ...FAST_JOBS, timeoutMs: 15_000 },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraJobError);
    expect(error).toMatchObject({ jobId: 'job-2', jobError: 'row 3: invalid email' });
    // Without cancellation the two pending jobs would be polled until their 15 s timeout.
    expect(api.countByRoute()['GET /v2/users/batch/:jobId']).toBeLessThan(50);
  });

  it('throws EthoraJobTimeoutError when a job never completes', async () => {
    api.jobMode = 'never-complete';
    const error = await repo
      .setupWorkspaceChat({ chatId: 'ws-5', users: userIds(3), jobWait: { ...FAST_JOBS, timeoutMs: 60 } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraJobTimeoutError);
    expect(error).toMatchObject({ jobId: 'job-1', timeoutMs: 60, lastState: 'running' });
    expect((error as EthoraJobTimeoutError).polls).toBeGreaterThan(1);
  });

  it('stops with EthoraAbortError when the signal fires while a job is pending', async () => {
    api.jobMode = 'never-complete';
    const controller = new AbortController();
    const running = repo.setupWorkspaceChat({
      chatId: 'ws-6',
      users: userIds(3),
      jobWait: { initialDelayMs: 5, maxDelayMs: 10 },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    await expect(running).rejects.toBeInstanceOf(EthoraAbortError);
    // A poll already on the wire when the signal fired may still reach the stub: let it land first.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const requestsAtAbort = api.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(api.requests.length).toBe(requestsAtAbort);
  });

  it('sends nothing when already aborted, or for bad input, or when the bot is asked for but not configured', async () => {
    await expect(
      repo.setupWorkspaceChat({ chatId: 'ws', users: ['a'], signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(EthoraAbortError);
    await expect(
      repo.setupWorkspaceChat({ chatId: 'ws', users: ['a', `${APP_ID}_a`] }),
    ).rejects.toMatchObject({
      argument: 'options.users[1]',
      rule: 'duplicate',
    });
    await expect(
      repo.setupWorkspaceChat({ chatId: 'ws', users: ['a'], concurrency: 0 }),
    ).rejects.toBeInstanceOf(EthoraValidationError);
    const noBot = repositoryAt(api.url);
    await expect(noBot.setupWorkspaceChat({ chatId: 'ws', users: ['a'], bot: true })).rejects.toBeInstanceOf(
      EthoraConfigError,
    );
    expect(api.requests).toHaveLength(0);
  });
});

describe('job-wait options of the bulk helpers', () => {
  it('are bounded (24 h overall, 10 min between reads) before any request, naming the range', async () => {
    const outOfRange: [Record<string, number>, string, string][] = [
      [{ timeoutMs: 86_400_001 }, 'timeoutMs', 'between 1 and 86400000'],
      [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs', 'whole number'],
      [{ initialDelayMs: 2 ** 31 }, 'initialDelayMs', 'between 0 and 600000'],
      [{ maxDelayMs: 600_001 }, 'maxDelayMs', 'between 1 and 600000'],
      [{ maxDelayMs: Number.NaN }, 'maxDelayMs', 'whole number'],
    ];
    for (const [jobWait, option, range] of outOfRange) {
      const setup = await repo
        .setupWorkspaceChat({ chatId: 'ws', users: ['a'], jobWait })
        .catch((e: unknown) => e);
      expect(setup).toBeInstanceOf(EthoraValidationError);
      expect(setup).toMatchObject({ argument: `options.jobWait.${option}` });
      expect((setup as Error).message).toContain(range);
      const wait = await repo.waitForUsersBatchJob('job-1', jobWait).catch((e: unknown) => e);
      expect(wait).toBeInstanceOf(EthoraValidationError);
      expect(wait).toMatchObject({ argument: `options.${option}` });
      expect((wait as Error).message).toContain(range);
    }
    expect(api.requests).toHaveLength(0);
  });
});

describe('cleanupWorkspace', () => {
  it('deletes the room and the users 100 per request, and reports things already gone on a re-run', async () => {
    await repo.setupWorkspaceChat({ chatId: 'ws-7', users: userIds(250), jobWait: FAST_JOBS });
    api.requests.length = 0;

    const report = await repo.cleanupWorkspace({ chatId: 'ws-7', userIds: userIds(250) });
    expect(api.countByRoute()).toEqual({ 'DELETE /v1/chats': 1, 'DELETE /v1/users/batch': 3 });
    expect(api.requests[0]?.body).toEqual({ name: `${APP_ID}_ws-7` });
    expect(report).toMatchObject({ chatId: 'ws-7', room: 'deleted', deleted: 250, notFound: 0 });
    expect(report.batches.map((batch) => batch.userIds.length)).toEqual([100, 100, 50]);
    expect(api.rooms.size).toBe(0);
    expect(api.users.size).toBe(0);

    const again = await repo.cleanupWorkspace({ chatId: 'ws-7', userIds: userIds(250) });
    expect(again).toMatchObject({ room: 'not-found', deleted: 0, notFound: 250 });
    expect(again.batches.every((batch) => batch.outcome === 'not-found')).toBe(true);
  });
});
