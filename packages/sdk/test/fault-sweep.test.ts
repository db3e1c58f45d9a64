import {
  compressionBomb,
  type FaultAction,
  type FaultServer,
  freePort,
  rateLimited,
  startFaultServer,
} from '@ethora/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraError } from '../src/index.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';
const HTML_502 = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';

/** Every method of the repository that talks to the API, by group, with arguments it accepts. */
const METHODS: Record<string, Record<string, (repo: ChatRepository) => Promise<unknown>>> = {
  users: {
    createUser: (repo) => repo.createUser('u1', { firstName: 'Ada', lastName: 'Lovelace' }),
    deleteUsers: (repo) => repo.deleteUsers(['u1']),
    updateUsers: (repo) => repo.updateUsers([{ xmppUsername: 'u1', firstName: 'Ada' }]),
    getUsers: (repo) => repo.getUsers({ limit: 10 }),
    getAppUserByXmppUsername: (repo) => repo.getAppUserByXmppUsername(`${APP_ID}_u1`),
  },
  chats: {
    createChatRoom: (repo) => repo.createChatRoom('ws-1', { title: 'Workspace' }),
    deleteChatRoom: (repo) => repo.deleteChatRoom('ws-1'),
    updateChatRoom: (repo) => repo.updateChatRoom('ws-1', { title: 'Renamed' }),
    getUserChats: (repo) => repo.getUserChats('u1'),
  },
  access: {
    grantUserAccessToChatRoom: (repo) => repo.grantUserAccessToChatRoom('ws-1', ['u1']),
    grantChatbotAccessToChatRoom: (repo) => repo.grantChatbotAccessToChatRoom('ws-1'),
    removeUserAccessFromChatRoom: (repo) => repo.removeUserAccessFromChatRoom('ws-1', ['u1']),
    grantUserAccessToChatRoomInApp: (repo) => repo.grantUserAccessToChatRoomInApp(TARGET, 'ws-1', ['u1']),
    removeUserAccessFromChatRoomInApp: (repo) =>
      repo.removeUserAccessFromChatRoomInApp(TARGET, 'ws-1', ['u1']),
  },
  apps: {
    listApps: (repo) => repo.listApps({ limit: 5 }),
    getApp: (repo) => repo.getApp(TARGET),
    createApp: (repo) => repo.createApp({ displayName: 'Acme' }),
    deleteApp: (repo) => repo.deleteApp(TARGET),
    provisionApp: (repo) => repo.provisionApp(TARGET, { rooms: [{ title: 'General' }] }),
    getAppBot: (repo) => repo.getAppBot(TARGET),
    updateAppBot: (repo) => repo.updateAppBot(TARGET, { isEnabled: true }),
    createChatRoomInApp: (repo) => repo.createChatRoomInApp(TARGET, 'ws-1'),
    listChatsInApp: (repo) => repo.listChatsInApp(TARGET),
    deleteChatRoomInApp: (repo) => repo.deleteChatRoomInApp(TARGET, 'ws-1'),
    getUserChatsInApp: (repo) => repo.getUserChatsInApp(TARGET, 'u1'),
    updateChatRoomInApp: (repo) => repo.updateChatRoomInApp(TARGET, 'ws-1', { title: 'Renamed' }),
    createUsersInApp: (repo) =>
      repo.createUsersInApp(TARGET, [
        { uuid: 'u1', email: 'u1@example.com', firstName: 'Ada', lastName: 'Lo' },
      ]),
    getUsersBatchJob: (repo) => repo.getUsersBatchJob(TARGET, 'job-1'),
    deleteUsersInApp: (repo) => repo.deleteUsersInApp(TARGET, ['u1']),
  },
  tokens: {
    listAppTokens: (repo) => repo.listAppTokens(TARGET),
    createAppToken: (repo) => repo.createAppToken(TARGET, { label: 'ci' }),
    revokeAppToken: (repo) => repo.revokeAppToken(TARGET, 'tok-1'),
    rotateAppToken: (repo) => repo.rotateAppToken(TARGET, 'tok-1'),
  },
  broadcasts: {
    broadcastToAppChats: (repo) => repo.broadcastToAppChats(TARGET, { text: 'hi', allRooms: true }),
    getAppBroadcastJob: (repo) => repo.getAppBroadcastJob(TARGET, 'job-1'),
  },
  bulk: {
    setupWorkspaceChat: (repo) =>
      repo.setupWorkspaceChat({ chatId: 'ws-1', users: ['u1'], jobWait: { timeoutMs: 400 } }),
    cleanupWorkspace: (repo) => repo.cleanupWorkspace({ chatId: 'ws-1', userIds: ['u1'] }),
    waitForUsersBatchJob: (repo) => repo.waitForUsersBatchJob('job-1', { timeoutMs: 400, initialDelayMs: 0 }),
  },
  pagination: {
    iterateUsers: (repo) => drain(repo.iterateUsers({ pageSize: 2 })),
    iterateApps: (repo) => drain(repo.iterateApps({ pageSize: 2 })),
    iterateChatsInApp: (repo) => drain(repo.iterateChatsInApp(TARGET, { pageSize: 2 })),
    iterateUserChats: (repo) => drain(repo.iterateUserChats('u1', { pageSize: 2 })),
  },
};

async function drain(pages: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  for await (const _ of pages) count += 1;
  return count;
}

/** Errors anywhere in a value a method resolved with (a bulk report's failures, say). */
function errorsIn(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Error) return [value];
  return Object.values(value).flatMap((inner) => errorsIn(inner, seen));
}

/** Calls every method once: the errors that are not `EthoraError` subclasses (by method), and the methods that rejected. */
async function sweep(repo: ChatRepository): Promise<{ stray: string[]; rejected: string[] }> {
  const stray: string[] = [];
  const rejected: string[] = [];
  for (const [group, calls] of Object.entries(METHODS))
    for (const [method, invoke] of Object.entries(calls)) {
      const outcome = await invoke(repo).then(errorsIn, (error: unknown) => {
        rejected.push(method);
        return [error];
      });
      for (const error of outcome)
        if (!(error instanceof EthoraError)) stray.push(`${group}.${method}: ${String(error)}`);
    }
  return { stray, rejected };
}

/** How the fault server misbehaves: every answer of the call, and its retries, is the same fault. */
const FAULTS: Record<string, (bomb: Uint8Array) => FaultAction> = {
  'connection reset': () => ({ type: 'reset' }),
  'reset mid-body': () => ({ type: 'reset-mid-body' }),
  hang: () => ({ type: 'hang' }),
  'slow drip past the timeout': () => ({ type: 'drip', chunks: ['{"a":', '1', '}'], intervalMs: 400 }),
  'invalid JSON': () => ({ type: 'text', body: '{"result": {"_id": "66', contentType: 'application/json' }),
  'empty body': () => ({ type: 'empty', status: 200 }),
  'JSON null': () => ({ type: 'text', body: 'null', contentType: 'application/json' }),
  'JSON array': () => ({ type: 'json', body: [1, 2] }),
  'JSON string': () => ({ type: 'json', body: 'ok' }),
  'wrong shapes': () => ({
    type: 'json',
    body: { result: 'x', results: 7, items: 'no', apps: null, state: 42, jobId: {}, total: 'many', data: [] },
  }),
  'oversize body': () => ({ type: 'bytes', body: new TextEncoder().encode(`{"pad":"${'a'.repeat(9000)}"}`) }),
  'gzip bomb': (bomb) => ({ type: 'bytes', body: bomb, headers: { 'content-encoding': 'gzip' } }),
  'HTML 502': () => ({ type: 'text', status: 502, body: HTML_502, contentType: 'text/html' }),
  'HTML 200': () => ({ type: 'text', status: 200, body: HTML_502, contentType: 'text/html' }),
  '401 without body': () => ({ type: 'empty', status: 401 }),
  '429 Retry-After 3600': () => rateLimited('3600'),
  'redirect loop': () => ({ type: 'redirect', status: 302, location: '/v2/loop' }),
};

// 2xx answers whose body is empty or of another shape: the call may resolve, but must never throw a stray error.
const SHAPE_FAULTS = new Set(['empty body', 'JSON null', 'JSON array', 'JSON string', 'wrong shapes']);
const TOTAL = Object.values(METHODS).reduce((sum, calls) => sum + Object.keys(calls).length, 0);

describe('every repository method against every fault', () => {
  let server: FaultServer;
  let bomb: Uint8Array;
  beforeAll(async () => {
    server = await startFaultServer();
    bomb = await compressionBomb('gzip', 64 * 1024 * 1024);
  });
  afterAll(() => server.close());

  const groups = Object.entries(METHODS);
  const repository = (apiUrl: string) => repositoryAt(apiUrl, { timeoutMs: 100, maxResponseBytes: 8192 });

  it('has a case for every method of the repository that calls the API', () => {
    const repo = repository('http://127.0.0.1:9');
    const offline = new Set(['createChatName', 'createChatUserJwtToken', 'serverToken']);
    const methods = Object.keys(repo).filter(
      (key) => typeof (repo as never)[key] === 'function' && !offline.has(key),
    );
    expect(methods.sort()).toEqual(groups.flatMap(([, calls]) => Object.keys(calls)).sort());
  });

  it.each(Object.keys(FAULTS))('throws only EthoraError subclasses on: %s', async (fault) => {
    const action = FAULTS[fault]?.(bomb) as FaultAction;
    server.setFallback(action);
    const { stray, rejected } = await sweep(repository(server.url));
    server.setFallback({ type: 'json', body: { ok: true } });
    expect(stray).toEqual([]);
    // Without a usable 2xx every call fails; a 2xx of another shape may be taken as the (loosely typed) answer.
    if (!SHAPE_FAULTS.has(fault)) expect(rejected).toHaveLength(TOTAL);
  });

  it('throws only EthoraError subclasses when nothing listens', async () => {
    const { stray } = await sweep(repository(`http://127.0.0.1:${await freePort()}`));
    expect(stray).toEqual([]);
  });
});
