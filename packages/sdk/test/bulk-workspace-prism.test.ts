import { EthoraUnprocessableEntityError } from '@ethora/client';
import { contractFetch } from '@ethora/testkit';
import { describe, expect, inject, it } from 'vitest';
import { APP_ID, repositoryAt, withPrefer } from './repository-harness.js';

const BOT = `${APP_ID}_bot`;

/** A contract-checking fetch that asks Prism for `Prefer: code=422` on `method path` only. */
function unprocessableOn(method: string, path: string) {
  const recorded = contractFetch();
  const refusing = withPrefer(recorded, 'code=422');
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const hit = request.method === method && new URL(request.url).pathname === path;
    return hit ? refusing(request) : recorded(request);
  };
  return { recorded, fetch };
}

describe('setupWorkspaceChat against the declared error answers of the spec', () => {
  it("reads the create-room 422 'already exists' as an existing room and still lets the bot in", async () => {
    const { recorded, fetch } = unprocessableOn('POST', '/v2/chats');
    const repo = repositoryAt(inject('prismUrl'), { fetch, botJid: `${BOT}@xmpp.chat.ethora.com` });

    const report = await repo.setupWorkspaceChat({ chatId: 'ws-1', users: [] });

    expect(report).toMatchObject({ chatName: `${APP_ID}_ws-1`, room: 'exists', bot: 'granted' });
    expect(recorded.exchanges.map((exchange) => `${exchange.method} ${exchange.status}`)).toEqual([
      'POST 422',
      'POST 200',
    ]);
    expect(recorded.last().body).toEqual({ chatName: `${APP_ID}_ws-1`, members: [BOT] });
  });

  it("throws the users' 422 validation error instead of taking it for an existing user", async () => {
    const { fetch } = unprocessableOn('POST', '/v2/users/batch');
    const repo = repositoryAt(inject('prismUrl'), { fetch });

    const failure = repo.setupWorkspaceChat({ chatId: 'ws-1', users: ['user-1'] });

    await expect(failure).rejects.toBeInstanceOf(EthoraUnprocessableEntityError);
    await expect(failure).rejects.toMatchObject({ status: 422, code: 'VALIDATION_ERROR' });
  });
});
