import { EthoraNotFoundError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppTokenList, CreatedAppToken } from '../src/index.js';
import { expectRoute, expectServerAuth, onlyExchange, repositoryOnPrism } from './repository-harness.js';

const TARGET = '6650aaaabbbbccccddddeeee';
const TOKEN_ID = '6650e5f6a7b8c9d0e1f2a3b4';

describe('app tokens', () => {
  it('listAppTokens reads the token metadata of the given app', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const list = await repo.listAppTokens(TARGET);
    expectTypeOf(list).toEqualTypeOf<AppTokenList>();
    expect(list.tokens).toEqual([{ tokenId: TOKEN_ID, label: 'billing-service' }]);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', `/v2/apps/${TARGET}/tokens`);
    await expectServerAuth(exchange);
  });

  it('createAppToken sends the label and returns the token, shown once', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const created = await repo.createAppToken(TARGET, { label: 'billing-service' });
    expectTypeOf(created).toEqualTypeOf<CreatedAppToken>();
    expect(created.tokenId).toBe(TOKEN_ID);
    expect(created.token).toMatch(/^eyJ/);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/tokens`);
    expect(exchange.body).toEqual({ label: 'billing-service' });
    await expectServerAuth(exchange);
  });

  it('createAppToken sends {} without a label', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.createAppToken(TARGET);
    expect(onlyExchange(fetch).body).toEqual({});
  });

  it('revokeAppToken deletes the token', async () => {
    const { repo, fetch } = repositoryOnPrism();
    expect(await repo.revokeAppToken(TARGET, TOKEN_ID)).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', `/v2/apps/${TARGET}/tokens/${TOKEN_ID}`);
    await expectServerAuth(exchange);
  });

  it('rotateAppToken posts the new label, or {} without one, and returns the new value', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const rotated = await repo.rotateAppToken(TARGET, TOKEN_ID, { label: 'billing-service-2026-11' });
    expect(rotated.label).toBe('billing-service-2026-11');
    expectRoute(fetch.last(), 'POST', `/v2/apps/${TARGET}/tokens/${TOKEN_ID}/rotate`);
    expect(fetch.last().body).toEqual({ label: 'billing-service-2026-11' });
    await expectServerAuth(fetch.last());
    await repo.rotateAppToken(TARGET, TOKEN_ID);
    expect(fetch.last().body).toEqual({});
  });

  it('maps an unknown token (404) to EthoraNotFoundError on rotate and revoke', async () => {
    const { repo, fetch } = repositoryOnPrism({}, 'code=404');
    await expect(repo.rotateAppToken(TARGET, 'missing')).rejects.toBeInstanceOf(EthoraNotFoundError);
    await expect(repo.revokeAppToken(TARGET, 'missing')).rejects.toBeInstanceOf(EthoraNotFoundError);
    expect(fetch.exchanges.map((exchange) => exchange.status)).toEqual([404, 404]);
  });
});
