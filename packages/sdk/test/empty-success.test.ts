import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChatRepository, EthoraInvalidResponseError } from '../src/index.js';
import { APP_ID, SECRET } from './fixtures.js';

// The spec documents no body for a grant of room access or an app deletion, so an empty success is a success.
describe('answers without a body, where the spec documents none', () => {
  let server: FaultServer;
  beforeAll(async () => {
    server = await startFaultServer();
  });
  afterEach(() => server.reset());
  afterAll(() => server.close());

  const repository = () =>
    createChatRepository({ apiUrl: server.url, appId: APP_ID, appSecret: SECRET, maxRetries: 0 });

  it('resolves to an empty object', async () => {
    server.setFallback({ type: 'empty', status: 200 });
    const repo = repository();
    await expect(repo.grantUserAccessToChatRoom('ws-42', ['u-1'])).resolves.toEqual({});
    await expect(repo.deleteApp(APP_ID)).resolves.toEqual({});
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE']);
  });

  it('still rejects an empty answer where the spec documents a body', async () => {
    server.setFallback({ type: 'empty', status: 200 });
    await expect(repository().createChatRoom('ws-42')).rejects.toBeInstanceOf(EthoraInvalidResponseError);
  });
});
