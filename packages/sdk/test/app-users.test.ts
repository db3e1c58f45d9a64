import { EthoraNotFoundError, EthoraUnprocessableEntityError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { UsersBatchJob, UsersBatchReceipt } from '../src/index.js';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';
const JOB_ID = '6650d4e5f6a7b8c9d0e1f2a3';

describe('createUsersInApp', () => {
  it('queues the users with plain uuids and returns the 202 receipt', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const receipt = await repo.createUsersInApp(TARGET, [
      { uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
      {
        uuid: `${TARGET}_user-2`,
        email: 'alan@example.com',
        firstName: 'Alan',
        lastName: 'Turing',
        password: 'pw',
      },
    ]);
    expectTypeOf(receipt).toEqualTypeOf<UsersBatchReceipt>();
    expect(receipt.jobId).toBe(JOB_ID);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/users/batch`);
    expect(exchange.status).toBe(202);
    expect(exchange.body).toEqual({
      bypassEmailConfirmation: true,
      usersList: [
        { uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
        { uuid: 'user-2', email: 'alan@example.com', firstName: 'Alan', lastName: 'Turing', password: 'pw' },
      ],
    });
    await expectServerAuth(exchange);
  });

  it('accepts 100 users and sends bypassEmailConfirmation when asked to', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const users = Array.from({ length: 100 }, (_, index) => ({
      uuid: `u-${index}`,
      email: `u${index}@example.com`,
      firstName: 'Test',
      lastName: 'User',
    }));
    await repo.createUsersInApp(TARGET, users, { bypassEmailConfirmation: false });
    const body = onlyExchange(fetch).body as { bypassEmailConfirmation: boolean; usersList: unknown[] };
    expect(body.bypassEmailConfirmation).toBe(false);
    expect(body.usersList).toHaveLength(100);
  });

  it('maps a 422 answer to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    const users = [{ uuid: 'u', email: 'u@example.com', firstName: 'Ada', lastName: 'Lovelace' }];
    await expect(repo.createUsersInApp(TARGET, users)).rejects.toBeInstanceOf(EthoraUnprocessableEntityError);
  });
});

describe('getUsersBatchJob', () => {
  it('reads an app job from the app-scoped route when appId is given', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const job = await repo.getUsersBatchJob(JOB_ID, { appId: TARGET });
    expectTypeOf(job).toEqualTypeOf<UsersBatchJob>();
    expect(job.state).toBe('completed');
    expect(job.result?.results.map((item) => item.status)).toEqual(['created', 'exists']);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/users/batch/${JOB_ID}`);
    await expectServerAuth(exchange);
  });

  it('reads a job of the configured app from /v2/users/batch without appId', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const job = await repo.getUsersBatchJob(JOB_ID);
    expect(job.result?.results.map((item) => item.status)).toEqual(['created', 'uuid_exists']);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/users/batch/${JOB_ID}`);
    await expectServerAuth(exchange);
  });

  it('maps an unknown job (404) to EthoraNotFoundError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=404');
    await expect(repo.getUsersBatchJob('missing')).rejects.toBeInstanceOf(EthoraNotFoundError);
    await expect(repo.getUsersBatchJob('missing', { appId: TARGET })).rejects.toBeInstanceOf(
      EthoraNotFoundError,
    );
  });
});

describe('deleteUsersInApp', () => {
  it('deletes users by plain uuid, removing the given app prefix', async () => {
    const { repo, fetch } = repositoryOnPrism();
    expect(await repo.deleteUsersInApp(TARGET, ['user-1', `${TARGET}_user-2`])).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', `/v2/apps/${TARGET}/users/batch`);
    expect(exchange.body).toEqual({ usersIdList: ['user-1', 'user-2'] });
    await expectServerAuth(exchange);
  });

  it('maps a 422 answer to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.deleteUsersInApp(TARGET, ['user-1'])).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});
