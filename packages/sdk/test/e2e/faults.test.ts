import { type Emulator, startEmulator } from '@ethora/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ChatRepository,
  createChatRepository,
  EthoraNetworkError,
  EthoraServerError,
} from '../../src/index.js';
import { countingFetch } from './harness.js';

// Fault rules apply to every request of an emulator: this file starts its own, so other files never see them.
let emulator: Emulator;
let repo: ChatRepository;
const fetch = countingFetch();

beforeAll(async () => {
  emulator = await startEmulator({ validateResponses: true, jobDelayMs: 1 });
  repo = createChatRepository({ ...emulator.connection(), fetch });
});
beforeEach(async () => {
  await emulator.reset();
  fetch.counts.clear();
});
afterAll(async () => {
  await emulator?.stop();
  expect(emulator.violations).toEqual([]);
});

describe('the SDK over a failing emulator', () => {
  it('retries a room creation refused with 429 after Retry-After, and the room exists once', async () => {
    emulator.faults.fail(429, { route: 'POST /v2/chats', times: 1, retryAfter: 1 });
    const started = Date.now();
    const room = await repo.createChatRoom('ws-1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(room.result.name).toBe(`${repo.config.appId}_ws-1`);
    expect(fetch.counts.get('POST /v2/chats')).toBe(2);
    expect(emulator.state().apps[0]?.rooms?.map((entry) => entry.chatId)).toEqual(['ws-1']);
  });

  it('retries a read after 503 but gives up after its retries with EthoraServerError', async () => {
    emulator.faults.fail(503, { route: 'GET /v2/chats/users', times: 1, retryAfter: 0 });
    await expect(repo.getUsers()).resolves.toMatchObject({ total: 0 });
    emulator.faults.fail(503, { route: 'GET /v2/chats/users', retryAfter: 0 });
    await expect(repo.getUsers()).rejects.toBeInstanceOf(EthoraServerError);
    expect(fetch.counts.get('GET /v2/chats/users')).toBe(2 + 3);
  });

  it('does not repeat a user batch whose connection dropped: the caller sees EthoraNetworkError', async () => {
    emulator.faults.drop({ route: 'POST /v2/users/batch', times: 1 });
    await expect(repo.createUser('alice')).rejects.toBeInstanceOf(EthoraNetworkError);
    expect(fetch.counts.get('POST /v2/users/batch')).toBe(1);
    // Nothing was queued, so trying again is up to the caller, and works.
    await repo.waitForUsersBatchJob((await repo.createUser('alice')).jobId);
    expect((await repo.getUsers()).total).toBe(1);
  });

  it('waits for slow answers within its timeout', async () => {
    emulator.faults.latency(300, 'GET /v2/chats/users');
    const started = Date.now();
    await repo.getUsers();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const impatient = createChatRepository({ ...emulator.connection(), timeoutMs: 100, maxRetries: 0 });
    await expect(impatient.getUsers()).rejects.toMatchObject({ name: 'EthoraTimeoutError' });
  });
});
