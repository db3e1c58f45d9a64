import { EthoraBadRequestError, EthoraNotFoundError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BroadcastJob, BroadcastReceipt } from '../src/index.js';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

describe('broadcastToAppChats', () => {
  it('queues a message to chat ids, sent without the app prefix, and returns the 202 receipt', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const receipt = await repo.broadcastToAppChats(TARGET, {
      text: 'Maintenance at 22:00 UTC.',
      chatIds: ['ws-42', `${TARGET}_ws-43`],
      metadata: { kind: 'maintenance' },
      dryRun: true,
    });
    expectTypeOf(receipt).toEqualTypeOf<BroadcastReceipt>();
    expect(receipt.jobId).toBe('6650f6a7b8c9d0e1f2a3b4c5');
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/chats/broadcast`);
    expect(exchange.status).toBe(202);
    expect(exchange.body).toEqual({
      text: 'Maintenance at 22:00 UTC.',
      chatIds: ['ws-42', 'ws-43'],
      metadata: { kind: 'maintenance' },
      dryRun: true,
    });
    await expectServerAuth(exchange);
  });

  it('sends allRooms: true alone, and chat names as given', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.broadcastToAppChats(TARGET, { text: 'Hello all', allRooms: true });
    expect(fetch.last().body).toEqual({ text: 'Hello all', allRooms: true });
    const names = [`${TARGET}_ws-42`, `${TARGET}_ws-43@conference.xmpp.chat.ethora.com`];
    await repo.broadcastToAppChats(TARGET, { text: 'Hello', chatNames: names });
    expect(fetch.last().body).toEqual({ text: 'Hello', chatNames: names });
  });

  it('maps the 400 answer for a missing or conflicting target to EthoraBadRequestError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=400');
    await expect(repo.broadcastToAppChats(TARGET, { text: 'x', allRooms: true })).rejects.toBeInstanceOf(
      EthoraBadRequestError,
    );
  });
});

describe('getAppBroadcastJob', () => {
  it('reads the job of the given app', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const job = await repo.getAppBroadcastJob(TARGET, '6650f6a7b8c9d0e1f2a3b4c5');
    expectTypeOf(job).toEqualTypeOf<BroadcastJob>();
    expect(job.state).toBe('completed');
    expect(job.results).toHaveLength(2);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/chats/broadcast/6650f6a7b8c9d0e1f2a3b4c5`);
    await expectServerAuth(exchange);
  });

  it('maps an unknown job (404) to EthoraNotFoundError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=404');
    await expect(repo.getAppBroadcastJob(TARGET, 'nope')).rejects.toBeInstanceOf(EthoraNotFoundError);
  });
});
