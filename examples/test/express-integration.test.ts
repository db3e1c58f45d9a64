import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChatRepository, verifyJwtToken } from '@ethora/sdk';
import {
  type ContractFetch,
  contractFetch,
  type FaultServer,
  freePort,
  startFaultServer,
} from '@ethora/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AppLogger, createApp, type ErrorBody } from '../express-integration.js';
import {
  APP_ID,
  APP_SECRET,
  expectServerAuth,
  JWT_PATTERN,
  mockRepo,
  preferCode,
  routes,
} from './helpers.js';

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** The fields of whichever route answered; each test reads those of its route. */
interface AnswerBody extends Partial<ErrorBody> {
  [field: string]: unknown;
  token: string;
}

/** Starts the example app on a free port; `call` sends it one request over HTTP. */
async function startApp(repo: ChatRepository, logger: AppLogger = { error: () => {} }) {
  const app = createApp(repo, { logger });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: JSON.parse(text) as AnswerBody,
    };
  };
  return { call, baseUrl };
}

/** Everything an error answer must not contain: the secret and any JWT (the server token included). */
function expectNoCredentials(text: string, fetch?: ContractFetch) {
  expect(text).not.toContain(APP_SECRET);
  expect(text).not.toMatch(JWT_PATTERN);
  for (const exchange of fetch?.exchanges ?? []) {
    const token = exchange.headers.get('x-custom-token');
    if (token) expect(text).not.toContain(token);
  }
}

describe('express-integration routes over HTTP', () => {
  it('POST /workspaces/:id/chat creates the room and answers 201 with its JID', async () => {
    const fetch = contractFetch();
    const { call } = await startApp(mockRepo(fetch));

    const answer = await call('POST', '/workspaces/ws-1/chat', { title: 'Design', description: 'Our room' });

    expect(answer.status).toBe(201);
    expect(answer.json.chatJid).toBe(`${APP_ID}_ws-1@conference.xmpp.chat.ethora.com`);
    expect(answer.json.room).toMatchObject({ name: expect.any(String), type: 'group' });
    expect(routes(fetch)).toEqual(['POST /v2/chats']);
    expect(fetch.last().body).toEqual({
      title: 'Design',
      description: 'Our room',
      uuid: 'ws-1',
      type: 'group',
    });
    expectServerAuth(fetch.last());
  });

  it('POST /chat/users/:userId queues the user and answers 202 with the job receipt', async () => {
    const fetch = contractFetch();
    const { call } = await startApp(mockRepo(fetch));

    const answer = await call('POST', '/chat/users/u-9', {
      displayName: 'Ann Lee',
      email: 'ann@example.com',
    });

    expect(answer.status).toBe(202);
    expect(answer.json.jobId).toEqual(expect.any(String));
    expect(fetch.last().body).toMatchObject({
      usersList: [{ uuid: 'u-9', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' }],
    });
  });

  it('POST and DELETE /workspaces/:id/chat/users/:userId grant and remove access', async () => {
    const fetch = contractFetch();
    const { call } = await startApp(mockRepo(fetch));

    const granted = await call('POST', '/workspaces/ws-1/chat/users/u-9');
    const removed = await call('DELETE', '/workspaces/ws-1/chat/users/u-9');

    expect([granted.status, granted.json]).toEqual([200, { granted: true }]);
    expect([removed.status, removed.json]).toEqual([200, { removed: true }]);
    expect(routes(fetch)).toEqual(['POST /v2/chats/users-access', 'DELETE /v2/chats/users-access']);
    for (const exchange of fetch.exchanges) {
      expect(exchange.body).toEqual({ chatName: `${APP_ID}_ws-1`, members: [`${APP_ID}_u-9`] });
    }
  });

  it('GET /chat/tokens/:userId answers a client token for that user, never cached', async () => {
    const fetch = contractFetch();
    const repo = mockRepo(fetch);
    const { call } = await startApp(repo);

    const answer = await call('GET', '/chat/tokens/u-9');

    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.json.expiresInSeconds).toBe(3600);
    const payload = await verifyJwtToken(answer.json.token, repo.config, { expectedType: 'client' });
    expect(payload.data).toEqual({ type: 'client', userId: 'u-9', appId: APP_ID });
    expect(fetch.exchanges).toHaveLength(0);
  });

  it('DELETE /workspaces/:id/chat deletes the room, and says so when it was already gone', async () => {
    const fetch = contractFetch();
    const notFound = preferCode(fetch, 422, () => fetch.exchanges.length > 0);
    const { call } = await startApp(mockRepo(notFound));

    const first = await call('DELETE', '/workspaces/ws-1/chat');
    const second = await call('DELETE', '/workspaces/ws-1/chat');

    expect([first.status, first.json]).toEqual([200, { deleted: true }]);
    expect([second.status, second.json]).toEqual([200, { deleted: false, reason: 'Chat room not found' }]);
    expect(fetch.exchanges.map((exchange) => exchange.body)).toEqual([
      { name: `${APP_ID}_ws-1` },
      { name: `${APP_ID}_ws-1` },
    ]);
  });
});

describe('express-integration error mapping', () => {
  it.each([
    ['a chat id with a space', 'POST', '/workspaces/ws%201/chat', 'chatId'],
    ['a user id that is a JID path', 'GET', '/chat/tokens/u%2F9', 'userId'],
    ['a user id with whitespace only', 'POST', '/workspaces/ws-1/chat/users/%20', 'userId'],
  ])('answers 400 for %s, before any request reaches the API', async (_case, method, path, argument) => {
    const fetch = contractFetch();
    const { call } = await startApp(mockRepo(fetch));

    const answer = await call(method, path);

    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatchObject({
      type: 'invalid_request',
      argument: expect.stringContaining(argument),
    });
    expect(fetch.exchanges).toHaveLength(0);
    expectNoCredentials(answer.text);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const fetch = contractFetch();
    const { baseUrl } = await startApp(mockRepo(fetch));

    const response = await globalThis.fetch(`${baseUrl}/workspaces/ws-1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { type: 'invalid_request', message: 'The request body is not valid JSON.' },
    });
    expect(fetch.exchanges).toHaveLength(0);
  });

  it.each([
    [400, 'an app that no longer exists'],
    [422, 'a validation failure'],
  ])('answers 502 for %i from the API (%s) and logs it without credentials', async (code) => {
    const fetch = contractFetch();
    const logged: unknown[] = [];
    const repo = mockRepo(preferCode(fetch, code), { maxRetries: 1 });
    const { call } = await startApp(repo, { error: (...line) => void logged.push(line) });

    const answer = await call('POST', '/workspaces/ws-1/chat', { title: 'Design' });

    expect(answer.status).toBe(502);
    expect(answer.json.error).toMatchObject({
      type: 'chat_unavailable',
      message: `The chat service answered ${code}.`,
    });
    expect(fetch.exchanges.length).toBeGreaterThan(0);
    expectNoCredentials(answer.text, fetch);
    expect(logged).toHaveLength(1);
    expectNoCredentials(JSON.stringify(logged), fetch);
    expect(JSON.stringify(logged)).toContain(`"status":${code}`);
  });

  it('answers 503 when the API cannot be reached', async () => {
    const port = await freePort();
    const repo = mockRepo(contractFetch(), { apiUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const logged: unknown[] = [];
    const { call } = await startApp(repo, { error: (...line) => void logged.push(line) });

    const answer = await call('GET', '/chat/tokens/u-9');
    const failed = await call('POST', '/workspaces/ws-1/chat');

    expect(answer.status).toBe(200);
    expect(failed.status).toBe(503);
    expect(failed.json.error).toEqual({
      type: 'chat_unavailable',
      message: 'The chat service is unreachable.',
    });
    expectNoCredentials(failed.text);
    expectNoCredentials(JSON.stringify(logged));
  });
});

// Answers the spec does not declare for these routes (a plain 404, a 403, a 500) can still come from a gateway or a
// future API version; the fault server gives them on demand, with bodies that echo nothing of Ethora's.
describe('express-integration error mapping of generic HTTP answers', () => {
  let faults: FaultServer;
  beforeAll(async () => {
    faults = await startFaultServer();
  });
  afterEach(() => faults.reset());
  afterAll(() => faults.close());

  const repoOnFaults = () => mockRepo(globalThis.fetch, { apiUrl: faults.url, maxRetries: 1 });

  it('answers 404 when the API says it does not know the room', async () => {
    faults.setFallback({ type: 'json', status: 404, body: { success: false, error: 'Not found' } });
    const { call } = await startApp(repoOnFaults());

    const answer = await call('POST', '/workspaces/ws-1/chat/users/u-9');

    expect(answer.status).toBe(404);
    expect(answer.json.error?.type).toBe('not_found');
    expect(faults.count).toBe(1);
    expectNoCredentials(answer.text);
  });

  it.each([
    [403, 'a refusal'],
    [500, 'a server failure'],
  ])('answers 502 for %i from the API (%s) and logs it without credentials', async (code) => {
    faults.setFallback({ type: 'json', status: code, body: { error: 'no' } });
    const logged: unknown[] = [];
    const { call } = await startApp(repoOnFaults(), { error: (...line) => void logged.push(line) });

    const answer = await call('POST', '/workspaces/ws-1/chat', { title: 'Design' });

    expect(answer.status).toBe(502);
    expect(answer.json.error).toMatchObject({
      type: 'chat_unavailable',
      message: `The chat service answered ${code}.`,
    });
    expectNoCredentials(answer.text);
    expect(logged).toHaveLength(1);
    expectNoCredentials(JSON.stringify(logged));
    for (const request of faults.requests)
      expect(JSON.stringify(logged)).not.toContain(request.headers['x-custom-token']);
  });
});
