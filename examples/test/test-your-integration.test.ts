/**
 * "Test your integration" (README): a backend's own routes tested against the Ethora emulator, with real
 * state behind them. The app under test is `express-integration.ts`; yours is built the same way around a
 * ChatRepository.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, startEmulator } from '@ethora/emulator';
import { type ChatRepository, createChatRepository } from '@ethora/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../express-integration.js';

let ethora: Emulator;
let repo: ChatRepository;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  ethora = await startEmulator(); // a free port and a demo app, all in memory
  repo = createChatRepository(ethora.connection());
  server = createServer(createApp(repo, { logger: { error: () => {} } }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => ethora.reset()); // every test starts from the same empty app
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await ethora.stop();
});

const call = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** The demo app's state as the emulator holds it. */
const app = () => ethora.state().apps[0]!;

describe('the workspace chat routes, against the emulator', () => {
  it('create a room once: a second create is the API 422 "already exists", answered as 502', async () => {
    const created = await call('POST', '/workspaces/ws-1/chat', { title: 'Design team' });
    expect(created.status).toBe(201);
    expect(app().rooms?.map((room) => [room.chatId, room.title])).toEqual([['ws-1', 'Design team']]);

    const again = await call('POST', '/workspaces/ws-1/chat');
    expect(again).toMatchObject({ status: 502, body: { error: { type: 'chat_unavailable' } } });
    expect(app().rooms).toHaveLength(1);
  });

  it('let a new user into the room and out again', async () => {
    await call('POST', '/workspaces/ws-1/chat');
    const queued = await call('POST', '/chat/users/alice', { displayName: 'Alice Martin' });
    expect(queued.status).toBe(202);
    await repo.waitForUsersBatchJob(queued.body.jobId as string);

    expect((await call('POST', '/workspaces/ws-1/chat/users/alice')).status).toBe(200);
    expect(app().rooms?.[0]?.members).toEqual(['alice']);
    expect(app().users?.[0]).toMatchObject({ uuid: 'alice', firstName: 'Alice', lastName: 'Martin' });

    expect((await call('DELETE', '/workspaces/ws-1/chat/users/alice')).status).toBe(200);
    expect(app().rooms?.[0]?.members).toEqual([]);
  });

  it('delete a room idempotently', async () => {
    await call('POST', '/workspaces/ws-1/chat');
    expect((await call('DELETE', '/workspaces/ws-1/chat')).body).toEqual({ deleted: true });
    expect((await call('DELETE', '/workspaces/ws-1/chat')).body).toEqual({
      deleted: false,
      reason: 'Chat room not found',
    });
    expect(app().rooms).toEqual([]);
  });

  it('answer 502 when the chat service keeps failing, or refuses a user it does not know', async () => {
    ethora.faults.fail(503, { route: 'POST /v2/chats', retryAfter: 0 });
    const down = await call('POST', '/workspaces/ws-1/chat');
    expect(down).toMatchObject({ status: 502, body: { error: { type: 'chat_unavailable' } } });
    expect(app().rooms).toEqual([]);

    await ethora.reset(); // also clears the fault
    await call('POST', '/workspaces/ws-1/chat');
    const stranger = await call('POST', '/workspaces/ws-1/chat/users/nobody');
    expect(stranger.status).toBe(502);
  });
});
