import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChatRepository, EthoraServerError, EthoraUnprocessableEntityError } from '../src/index.js';
import { APP_ID, repositoryAt } from './repository-harness.js';

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

interface Seen {
  method: string;
  url: string;
  body: unknown;
  token: string | undefined;
}

// A stand-in API whose next answer each test sets; it records what reached it.
let server: Server;
let answer: Answer;
const seen: Seen[] = [];

async function readBody(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : undefined;
}

function repository(): ChatRepository {
  const { port } = server.address() as AddressInfo;
  return repositoryAt(`http://127.0.0.1:${port}`);
}

function answerWith(status: number, body: unknown): void {
  answer =
    typeof body === 'string'
      ? { status, contentType: 'text/plain; charset=utf-8', body }
      : { status, contentType: 'application/json', body: JSON.stringify(body) };
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      body: await readBody(request),
      token: request.headers['x-custom-token'] as string | undefined,
    });
    response.writeHead(answer.status, { 'content-type': answer.contentType });
    response.end(answer.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  seen.length = 0;
});

describe('deleteChatRoom when the room does not exist', () => {
  it('resolves to { ok: false } for a 422 with a plain-text "not found" body', async () => {
    answerWith(422, 'Room not found');
    await expect(repository().deleteChatRoom('ws-42')).resolves.toEqual({
      ok: false,
      reason: 'Chat room not found',
    });
    expect(seen).toEqual([
      { method: 'DELETE', url: '/v1/chats', body: { name: `${APP_ID}_ws-42` }, token: expect.any(String) },
    ]);
  });

  it('resolves to { ok: false } for a 422 with a JSON error saying "Not Found" in another case', async () => {
    answerWith(422, { success: false, error: 'Chat room NOT FOUND', code: 'VALIDATION_ERROR' });
    await expect(repository().deleteChatRoom('ws-42')).resolves.toEqual({
      ok: false,
      reason: 'Chat room not found',
    });
  });

  it('throws the typed 422 for any other validation message', async () => {
    answerWith(422, 'name is required');
    const failure = repository().deleteChatRoom('ws-42');
    await expect(failure).rejects.toBeInstanceOf(EthoraUnprocessableEntityError);
    await expect(failure).rejects.toMatchObject({ status: 422, apiMessage: 'name is required' });
  });

  it('throws for a "not found" that comes with another status', async () => {
    answerWith(500, { error: 'Upstream room not found' });
    await expect(repository().deleteChatRoom('ws-42')).rejects.toBeInstanceOf(EthoraServerError);
  });
});

describe('deleteUsers when the users do not exist', () => {
  it('resolves to { ok: false } for a 422 with a plain-text "not found" body', async () => {
    answerWith(422, 'User not found');
    await expect(repository().deleteUsers(['ghost'])).resolves.toEqual({
      ok: false,
      reason: 'Users not found',
    });
    expect(seen[0]).toMatchObject({
      method: 'DELETE',
      url: '/v1/users/batch',
      body: { usersIdList: ['ghost'] },
    });
  });

  it('resolves to { ok: false } for a 422 with a JSON "not found" error', async () => {
    answerWith(422, { error: 'Users not found: ghost' });
    await expect(repository().deleteUsers(['ghost'])).resolves.toEqual({
      ok: false,
      reason: 'Users not found',
    });
  });

  it('throws the typed 422 for any other message', async () => {
    answerWith(422, { error: 'usersIdList must contain at least 1 items' });
    await expect(repository().deleteUsers(['ghost'])).rejects.toBeInstanceOf(EthoraUnprocessableEntityError);
  });
});
