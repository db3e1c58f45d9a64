import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createClientToken,
  type UsersBatchJob,
  type UsersBatchReceipt,
  verifyJwtToken,
} from '../src/index.js';
import { APP_ID, expectRoute, onlyExchange, repositoryOnPrism } from './repository-harness.js';

// The previous SDK's (@ethora/sdk-backend 26.8.1) signatures, side by side with this SDK's own forms.
const TARGET = '6650aaaabbbbccccddddeeee';
const JOB_ID = '6650d4e5f6a7b8c9d0e1f2a3';
const USER = { uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' };

/** A logger that keeps what it was given, by level. */
function recordingLogger() {
  const lines: { level: string; message: string; meta?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, meta?: Record<string, unknown>) =>
    void lines.push({ level, message, ...(meta ? { meta } : {}) });
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('getUsersBatchJob(appId, jobId), the previous order', () => {
  it('reads the app-scoped job like getUsersBatchJob(jobId, { appId })', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const previous = await repo.getUsersBatchJob(TARGET, JOB_ID);
    const ours = await repo.getUsersBatchJob(JOB_ID, { appId: TARGET });
    expectTypeOf(previous).toEqualTypeOf<UsersBatchJob>();
    expect(previous).toEqual(ours);
    expect(fetch.exchanges.map((e) => `${e.method} ${e.url.pathname}`)).toEqual([
      `GET /v2/apps/${TARGET}/users/batch/${JOB_ID}`,
      `GET /v2/apps/${TARGET}/users/batch/${JOB_ID}`,
    ]);
  });

  it('still reads a job of the configured app with the job id alone', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.getUsersBatchJob(JOB_ID);
    expectRoute(onlyExchange(fetch), 'GET', `/v2/users/batch/${JOB_ID}`);
  });
});

describe('createUsersInApp(appId, { usersList, bypassEmailConfirmation }), the request as one argument', () => {
  it('sends the request as given', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const receipt = await repo.createUsersInApp(TARGET, {
      usersList: [USER],
      bypassEmailConfirmation: false,
    });
    expectTypeOf(receipt).toEqualTypeOf<UsersBatchReceipt>();
    expect(receipt.jobId).toBe(JOB_ID);
    expectRoute(onlyExchange(fetch), 'POST', `/v2/apps/${TARGET}/users/batch`);
    expect(fetch.last().body).toEqual({ bypassEmailConfirmation: false, usersList: [USER] });
  });

  it('defaults bypassEmailConfirmation to true, as the list form does, and checks the users the same way', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createUsersInApp(TARGET, { usersList: [{ ...USER, uuid: `${TARGET}_user-1` }] });
    expect(fetch.last().body).toEqual({ bypassEmailConfirmation: true, usersList: [USER] });
    await expect(
      repo.createUsersInApp(TARGET, { usersList: [{ ...USER, lastName: 'L' }] }),
    ).rejects.toMatchObject({ argument: 'request.usersList[0].lastName', rule: 'min-length' });
    expect(fetch.exchanges).toHaveLength(1);
  });
});

describe('provisionApp(appId) without a payload', () => {
  it('sends an empty provision', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.provisionApp(TARGET);
    expectRoute(onlyExchange(fetch), 'POST', `/v2/apps/${TARGET}/provision`);
    expect(fetch.last().body).toEqual({});
  });
});

describe('createUser(userId, { uuid, role, ... })', () => {
  it('uses userId, sends neither uuid nor role from userData, and logs a warning for a different uuid', async () => {
    const { lines, logger } = recordingLogger();
    const { repo, fetch } = repositoryOnPrism({ logger });
    await repo.createUser('user-1', { uuid: 'user-2', role: 'admin', displayName: 'Ada Lovelace' });
    const body = onlyExchange(fetch).body as { usersList: Record<string, unknown>[] };
    expect(body.usersList).toHaveLength(1);
    expect(body.usersList[0]).toMatchObject({ uuid: 'user-1', firstName: 'Ada', lastName: 'Lovelace' });
    expect(body.usersList[0]).not.toHaveProperty('role');
    expect(lines).toEqual([
      {
        level: 'warn',
        message: "userData.uuid is ignored: the user's uuid is the userId argument",
        meta: { userId: 'user-1', ignoredUuid: 'user-2' },
      },
    ]);
  });

  it('says nothing when userData.uuid names the same user, prefixed or not', async () => {
    const { lines, logger } = recordingLogger();
    const { repo } = repositoryOnPrism({ logger });
    await repo.createUser('user-1', { uuid: 'user-1' });
    await repo.createUser('user-1', { uuid: `${APP_ID}_user-1` });
    expect(lines).toEqual([]);
  });
});

describe('waitForUsersBatchJob', () => {
  it("reports each user's outcome and explains the API's uuid_exists", async () => {
    const { repo } = repositoryOnPrism();
    const { jobId } = await repo.createUser('user-1');
    const report = await repo.waitForUsersBatchJob(jobId, { initialDelayMs: 0 });
    expect(report.state).toBe('completed');
    expect(report.users).toEqual([
      { userId: 'user-1', status: 'created', jobStatus: 'created' },
      {
        userId: 'user-2',
        status: 'exists',
        jobStatus: 'uuid_exists',
        reason: expect.stringContaining('the uuid is taken by an existing user of the app'),
      },
    ]);
    expect(report).toMatchObject({ created: 1, exists: 1, failed: 0 });
  });

  it('matches the outcomes to the user ids it was queued for: one the job does not mention has failed', async () => {
    const { repo } = repositoryOnPrism();
    const report = await repo.waitForUsersBatchJob(JOB_ID, {
      userIds: ['user-1', 'user-3'],
      initialDelayMs: 0,
    });
    expect(report.users).toEqual([
      { userId: 'user-1', status: 'created', jobStatus: 'created' },
      { userId: 'user-3', status: 'failed', reason: 'the batch job reported no outcome for this user' },
    ]);
    expect(report).toMatchObject({ created: 1, exists: 0, failed: 1 });
  });
});

describe('an upper-case app id', () => {
  const UPPER = TARGET.toUpperCase();

  it('is lower-cased in every appId argument: paths, room names and member names', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.grantUserAccessToChatRoomInApp(UPPER, 'ws-1', ['user-1']);
    await repo.getUsersBatchJob(UPPER, JOB_ID);
    await repo.createUsersInApp(UPPER, [{ ...USER, uuid: `${UPPER}_user-1` }]);
    expect(fetch.exchanges.map((e) => e.url.pathname)).toEqual([
      `/v2/apps/${TARGET}/chats/users-access`,
      `/v2/apps/${TARGET}/users/batch/${JOB_ID}`,
      `/v2/apps/${TARGET}/users/batch`,
    ]);
    expect(fetch.exchanges[0]?.body).toEqual({ chatName: `${TARGET}_ws-1`, members: [`${TARGET}_user-1`] });
    expect(fetch.exchanges[2]?.body).toMatchObject({ usersList: [{ uuid: 'user-1' }] });
  });

  it('is lower-cased in the configuration: room JIDs, wire names and token claims', async () => {
    const { repo, fetch } = repositoryOnPrism({ appId: APP_ID.toUpperCase() });
    expect(repo.config.appId).toBe(APP_ID);
    expect(repo.createChatName('ws-1')).toBe(`${APP_ID}_ws-1@conference.xmpp.chat.ethora.com`);
    await repo.grantUserAccessToChatRoom('ws-1', 'user-1');
    expect(fetch.last().body).toEqual({ chatName: `${APP_ID}_ws-1`, members: [`${APP_ID}_user-1`] });
    const server = await verifyJwtToken(fetch.last().headers.get('x-custom-token')!, repo.config);
    const client = await verifyJwtToken(repo.createChatUserJwtToken('user-1'), repo.config);
    expect([server.data.appId, client.data.appId]).toEqual([APP_ID, APP_ID]);
  });

  it('is lower-cased in the claims of the standalone token helpers too', async () => {
    const config = { appId: APP_ID.toUpperCase(), appSecret: 'upper-case-app-secret' };
    const token = await createClientToken(config, 'user-1');
    const payload = await verifyJwtToken(token, { ...config, appId: APP_ID }, { expectedType: 'client' });
    expect(payload.data.appId).toBe(APP_ID);
  });
});
