import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resetChatRepositoryImpl, verifyJwtToken } from '@ethora/sdk';
import { type ContractFetch, contractFetch } from '@ethora/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { APP_ID, APP_SECRET, BOT_JID, JWT_PATTERN } from './helpers.js';

// The previous SDK's code takes its configuration from the environment only, so it cannot be handed a recording
// `fetch`: it talks to this proxy instead, which records each exchange and checks it against the spec on its way
// to the Prism mock. A contract violation fails the test.
let proxy: Server;
let readme: typeof import('../previous-sdk/readme-code.js');
let admin: typeof import('../previous-sdk/admin-calls.js');
let upstream: ContractFetch;
const violations: string[] = [];

async function startProxy(target: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) {
        headers.set(name, value);
      }
    }
    try {
      const answer = await upstream(new URL(req.url ?? '/', target), {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      const body = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
      });
      res.end(body);
    } catch (error) {
      violations.push(String(error));
      res.writeHead(599, { 'content-type': 'text/plain' }).end('contract violation');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function proxyUrl(): string {
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

function routes(): string[] {
  return upstream.exchanges.map((exchange) => `${exchange.method} ${exchange.url.pathname}`);
}

beforeAll(async () => {
  upstream = contractFetch();
  proxy = await startProxy(inject('prismUrl'));
  // The previous README's three variables, plus the bot the removed-then-restored bot grant needs.
  vi.stubEnv('ETHORA_CHAT_API_URL', proxyUrl());
  vi.stubEnv('ETHORA_CHAT_APP_ID', APP_ID);
  vi.stubEnv('ETHORA_CHAT_APP_SECRET', APP_SECRET);
  vi.stubEnv('ETHORA_CHAT_BOT_JID', BOT_JID);
  resetChatRepositoryImpl();
  // Imported only now: the README's Express example takes its repository at the top of the module.
  readme = await import('../previous-sdk/readme-code.js');
  admin = await import('../previous-sdk/admin-calls.js');
});

beforeEach(() => {
  upstream.reset();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  resetChatRepositoryImpl();
  proxy.close();
  await once(proxy, 'close');
  expect(violations).toEqual([]);
});

describe("the previous SDK's README code, with only the import changed", () => {
  it('quick start: creates the room and the user, grants access and returns the client token as a string', async () => {
    const token = await readme.basicUsage();
    expect(typeof token).toBe('string');
    const payload = await verifyJwtToken(token, { appId: APP_ID, appSecret: APP_SECRET });
    expect(payload.data).toEqual({ type: 'client', userId: 'user-123', appId: APP_ID });
    expect(routes()).toEqual(['POST /v2/chats', 'POST /v2/users/batch', 'POST /v2/chats/users-access']);
    expect(violations).toEqual([]);
  });

  it("API reference examples: every call the README documents, the bot's grant included", async () => {
    const result = await readme.apiReferenceExamples('ws-ref', 'user-ref');
    expect(result.chatName).toBe(`${APP_ID}_ws-ref@conference.xmpp.chat.ethora.com`);
    expect(result.token).toMatch(JWT_PATTERN);
    expect(routes()).toEqual([
      'POST /v2/users/batch',
      'POST /v2/chats',
      'POST /v2/chats/users-access',
      'POST /v2/chats/users-access',
      'DELETE /v1/users/batch',
      'DELETE /v1/chats',
    ]);
    expect(upstream.exchanges[1]?.body).toMatchObject({
      description: 'Workspace chat room',
      isPublic: false,
    });
    expect(upstream.exchanges[3]?.body).toEqual({ chatName: `${APP_ID}_ws-ref`, members: [`${APP_ID}_bot`] });
    expect(result.deleted).toEqual({ ok: true });
  });

  it('workspace setup and cleanup loops run as written', async () => {
    await expect(readme.setupWorkspaceChat('ws-loop', ['u1', 'u2'])).resolves.toEqual({ success: true });
    expect(routes()).toEqual([
      'POST /v2/chats',
      'POST /v2/users/batch',
      'POST /v2/users/batch',
      'POST /v2/chats/users-access',
      'POST /v2/chats/users-access',
      'POST /v2/chats/users-access',
    ]);
    upstream.reset();
    await expect(readme.cleanupWorkspace('ws-loop', ['u1', 'u2'])).resolves.toEqual({ alreadyGone: false });
    expect(routes()).toEqual(['DELETE /v1/chats', 'DELETE /v1/users/batch']);
  });

  it('generateClientTokens fills a Record<string, string> with real tokens, sending nothing', async () => {
    const tokens = readme.generateClientTokens(['u1', 'u2']);
    expect(Object.keys(tokens)).toEqual(['u1', 'u2']);
    for (const [userId, token] of Object.entries(tokens)) {
      const payload = await verifyJwtToken(token, { appId: APP_ID, appSecret: APP_SECRET });
      expect(payload.data).toMatchObject({ userId });
    }
    expect(routes()).toEqual([]);
  });

  it('the Express routes answer over HTTP; the token route sends the token string, not {}', async () => {
    const server = readme.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const tokenAnswer = await fetch(`${base}/api/chat/tokens/user-9`);
      expect(tokenAnswer.status).toBe(200);
      const { token } = (await tokenAnswer.json()) as { token: unknown };
      expect(token).toEqual(expect.stringMatching(JWT_PATTERN));
      const payload = await verifyJwtToken(token as string, { appId: APP_ID, appSecret: APP_SECRET });
      expect(payload.data).toMatchObject({ type: 'client', userId: 'user-9' });

      const room = await fetch(`${base}/workspaces/ws-9/chat`, { method: 'POST' });
      expect(room.status).toBe(200);
      expect(await room.json()).toMatchObject({ result: { name: expect.any(String) } });
      const grant = await fetch(`${base}/workspaces/ws-9/chat/users/user-9`, { method: 'POST' });
      expect(await grant.json()).toEqual({ success: true });
      expect(routes()).toEqual(['POST /v2/chats', 'POST /v2/chats/users-access']);
    } finally {
      server.close();
    }
  });
});

describe("the previous SDK's 26.8.1 service methods, with only the import changed", () => {
  const TARGET = '6650aaaabbbbccccddddeeee';

  it('every tenant-admin call runs with the previous arguments', async () => {
    const result = await admin.administerApp(TARGET);
    expect(result.usersJob).toMatchObject({ state: 'completed' });
    expect(routes()).toEqual([
      'GET /v2/apps',
      `GET /v2/apps/${TARGET}`,
      'POST /v2/apps',
      `POST /v2/apps/${TARGET}/provision`,
      `POST /v2/apps/${TARGET}/provision`,
      `GET /v2/apps/${TARGET}/tokens`,
      `POST /v2/apps/${TARGET}/tokens`,
      `POST /v2/apps/${TARGET}/tokens`,
      expect.stringMatching(new RegExp(`^POST /v2/apps/${TARGET}/tokens/[^/]+/rotate$`)),
      expect.stringMatching(new RegExp(`^POST /v2/apps/${TARGET}/tokens/[^/]+/rotate$`)),
      expect.stringMatching(new RegExp(`^DELETE /v2/apps/${TARGET}/tokens/[^/]+$`)),
      `GET /v2/apps/${TARGET}/bot`,
      `PUT /v2/apps/${TARGET}/bot`,
      `POST /v2/apps/${TARGET}/chats/broadcast`,
      expect.stringMatching(new RegExp(`^GET /v2/apps/${TARGET}/chats/broadcast/[^/]+$`)),
      `POST /v2/apps/${TARGET}/users/batch`,
      expect.stringMatching(new RegExp(`^GET /v2/apps/${TARGET}/users/batch/[^/]+$`)),
      `POST /v2/apps/${TARGET}/chats`,
      `POST /v2/apps/${TARGET}/chats`,
      `GET /v2/apps/${TARGET}/chats`,
      `POST /v2/apps/${TARGET}/chats/users-access`,
      `POST /v2/apps/${TARGET}/chats/users-access`,
      `DELETE /v2/apps/${TARGET}/chats/users-access`,
      `GET /v2/apps/${TARGET}/users/user-1/chats`,
      `PATCH /v2/apps/${TARGET}/chats/${TARGET}_ws-1`,
      `DELETE /v2/apps/${TARGET}/chats`,
      `DELETE /v2/apps/${TARGET}/users/batch`,
    ]);
    // provisionApp(appId) without a payload sends an empty provision.
    expect(upstream.exchanges[3]?.body).toEqual({});
    expect(upstream.exchanges[15]?.body).toEqual({
      bypassEmailConfirmation: true,
      usersList: [{ uuid: 'user-1', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }],
    });
  });

  it('the methods on the configured app run too; createUser takes uuid and role in userData', async () => {
    const result = await admin.workWithConfiguredApp(APP_ID);
    expect(result.jid).toBe(`${APP_ID}_ws-7@conference.xmpp.chat.ethora.com`);
    expect(result.shortName).toBe(`${APP_ID}_ws-7`);
    expect(routes()).toEqual([
      'POST /v2/users/batch',
      'POST /v2/chats',
      'POST /v2/chats/users-access',
      `PATCH /v2/apps/${APP_ID}/chats/${APP_ID}_ws-7`,
      'PATCH /v2/chats/users',
      'GET /v2/chats/users',
      `GET /v1/apps/users/${APP_ID}_user-7`,
      `GET /v2/apps/${APP_ID}/users/user-7/chats`,
      'DELETE /v2/chats/users-access',
    ]);
    expect(upstream.exchanges[0]?.body).toMatchObject({
      usersList: [{ uuid: 'user-7', firstName: 'Grace', lastName: 'Hopper' }],
    });
  });
});
