import { type FaultServer, startFaultServer } from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraValidationError } from '../src/index.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';
const DOT_VALUES = ['.', '..', '%2e', '%2E%2e', '%252e'];

// Each case: a method with an id that lands in the request path, and the argument the error must name.
const cases: [string, (repo: ChatRepository, id: string) => Promise<unknown>, string][] = [
  ['revokeAppToken', (repo, id) => repo.revokeAppToken(APP_ID, id), 'tokenId'],
  ['rotateAppToken', (repo, id) => repo.rotateAppToken(TARGET, id), 'tokenId'],
  ['getUserChats', (repo, id) => repo.getUserChats(id), 'userId'],
  ['getUserChatsInApp', (repo, id) => repo.getUserChatsInApp(TARGET, id), 'userId'],
  ['getUsersBatchJob', (repo, id) => repo.getUsersBatchJob(id), 'jobId'],
  ['getUsersBatchJob in an app', (repo, id) => repo.getUsersBatchJob(TARGET, id), 'jobId'],
  ['getAppBroadcastJob', (repo, id) => repo.getAppBroadcastJob(TARGET, id), 'jobId'],
  ['updateChatRoomInApp', (repo, id) => repo.updateChatRoomInApp(TARGET, id, { title: 't' }), 'chatId'],
  ['getAppUserByXmppUsername', (repo, id) => repo.getAppUserByXmppUsername(id), 'xmppUsername'],
  ['waitForUsersBatchJob', (repo, id) => repo.waitForUsersBatchJob(id), 'jobId'],
];

describe('ids that are dot segments', () => {
  let server: FaultServer;
  let repo: ChatRepository;
  beforeAll(async () => {
    server = await startFaultServer();
    repo = repositoryAt(server.url);
  });
  afterAll(() => server.close());

  it.each(cases)(
    '%s refuses "." and ".." (also percent-encoded) and sends nothing',
    async (_, invoke, argument) => {
      for (const value of DOT_VALUES) {
        const error = await invoke(repo, value).catch((e: unknown) => e);
        expect(error, value).toBeInstanceOf(EthoraValidationError);
        expect(error).toMatchObject({ argument, rule: 'dot-segment' });
        expect((error as Error).message).toContain(`"${argument}"`);
      }
      expect(server.count).toBe(0);
    },
  );

  it('still sends ids that merely contain dots', async () => {
    server.script({ type: 'json', body: { items: [] } });
    await repo.getUserChats('a.b');
    expect(server.requests.map((request) => request.path)).toEqual([`/v2/apps/${APP_ID}/users/a.b/chats`]);
    server.reset();
  });
});
