import { describe, expect, expectTypeOf, it } from 'vitest';
import { EthoraConfigError, type UsersAccessResult } from '../src/index.js';
import {
  APP_ID,
  expectRoute,
  expectServerAuth,
  onlyExchange,
  repositoryOnPrism,
} from './repository-harness.js';

describe('grantUserAccessToChatRoom', () => {
  it('grants one user, both names app-scoped', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.grantUserAccessToChatRoom('ws-42', 'user-1');
    expectTypeOf(result).toEqualTypeOf<UsersAccessResult>();
    expect(result).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', '/v2/chats/users-access');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_user-1`] });
  });

  it('grants many users without ever double-prefixing', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.grantUserAccessToChatRoom(`${APP_ID}_ws-42`, [
      'user-1',
      `${APP_ID}_user-2`,
      `${APP_ID}_${APP_ID}_user-3`,
    ]);
    expect(fetch.last().body).toEqual({
      chatName: `${APP_ID}_ws-42`,
      members: [`${APP_ID}_user-1`, `${APP_ID}_user-2`, `${APP_ID}_user-3`],
    });
  });

  it('accepts exactly 100 members', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.grantUserAccessToChatRoom(
      'ws-42',
      Array.from({ length: 100 }, (_, i) => `u${i}`),
    );
    expect((fetch.last().body as { members: string[] }).members).toHaveLength(100);
  });
});

describe('grantChatbotAccessToChatRoom', () => {
  it('grants the configured bot by its app-scoped local part', async () => {
    const { repo, fetch } = repositoryOnPrism({ botJid: `${APP_ID}_bot@xmpp.chat.ethora.com` });
    await repo.grantChatbotAccessToChatRoom('ws-42');
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', '/v2/chats/users-access');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({ chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_bot`] });
  });

  it('prefixes a bare bot name', async () => {
    const { repo, fetch } = repositoryOnPrism({ botJid: 'bot' });
    await repo.grantChatbotAccessToChatRoom('ws-42');
    expect(fetch.last().body).toEqual({ chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_bot`] });
  });

  it('throws EthoraConfigError naming the option and the variable when no bot is configured', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const failure = repo.grantChatbotAccessToChatRoom('ws-42');
    await expect(failure).rejects.toBeInstanceOf(EthoraConfigError);
    await expect(failure).rejects.toMatchObject({
      option: 'botJid',
      message: expect.stringContaining('ETHORA_CHAT_BOT_JID'),
    });
    expect(fetch.exchanges).toHaveLength(0);
  });
});

describe('removeUserAccessFromChatRoom', () => {
  it('sends the same body on DELETE', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const result = await repo.removeUserAccessFromChatRoom('ws-42', ['user-1', 'user-2']);
    expectTypeOf(result).toEqualTypeOf<UsersAccessResult>();
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', '/v2/chats/users-access');
    await expectServerAuth(exchange);
    expect(exchange.body).toEqual({
      chatName: `${APP_ID}_ws-42`,
      members: [`${APP_ID}_user-1`, `${APP_ID}_user-2`],
    });
  });
});
