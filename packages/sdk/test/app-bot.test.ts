import { EthoraUnprocessableEntityError } from '@ethora/client';
import { describe, expect, it } from 'vitest';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';

describe('app bot', () => {
  it('getAppBot reads the bot settings of the given app', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const bot = await repo.getAppBot(TARGET);
    expect(bot).toMatchObject({ status: 'on', trigger: '/bot', llmProvider: 'openai' });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/bot`);
    await expectServerAuth(exchange);
  });

  it('updateAppBot puts exactly the given settings', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const patch = {
      status: 'off',
      trigger: 'any_message',
      ragTags: ['faq'],
      isRAG: true,
      chatId: 'ws-42',
    } as const;
    await repo.updateAppBot(TARGET, { ...patch, ragTags: [...patch.ragTags] });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'PUT', `/v2/apps/${TARGET}/bot`);
    expect(exchange.body).toEqual(patch);
    await expectServerAuth(exchange);
  });

  it('maps 422 (model not enabled) to EthoraUnprocessableEntityError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    await expect(repo.updateAppBot(TARGET, { llmModel: 'gpt-x' })).rejects.toBeInstanceOf(
      EthoraUnprocessableEntityError,
    );
  });
});
