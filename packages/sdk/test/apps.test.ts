import { EthoraBadRequestError, EthoraNotFoundError, EthoraUnprocessableEntityError } from '@ethora/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppList, AppResult } from '../src/index.js';
import {
  APP_ID,
  expectRoute,
  expectServerAuth,
  onlyExchange,
  repositoryOnPrism,
} from './repository-harness.js';

// Another app than the configured one, to prove each method addresses the app it is given.
const TARGET = '6650aaaabbbbccccddddeeee';

describe('listApps', () => {
  it('sends the page and sort query and returns the typed list', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const list = await repo.listApps({ limit: 50, offset: 100, order: 'desc', orderBy: 'createdAt' });
    expectTypeOf(list).toEqualTypeOf<AppList>();
    expect(list.apps?.[0]?._id).toBe(APP_ID);
    expect(list.total).toBe(1);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'GET', '/v2/apps');
    expect(Object.fromEntries(exchange.url.searchParams)).toEqual({
      limit: '50',
      offset: '100',
      order: 'desc',
      orderBy: 'createdAt',
    });
    await expectServerAuth(exchange);
  });

  it('sends no query string without a query', async () => {
    const { repo, fetch } = repositoryOnPrism();
    await repo.listApps();
    expect(onlyExchange(fetch).url.search).toBe('');
  });
});

describe('getApp', () => {
  it('reads the given app and returns its envelope', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const app = await repo.getApp(TARGET);
    expectTypeOf(app).toEqualTypeOf<AppResult>();
    expect(app.result?.displayName).toBe('Acme Workspaces');
    expectRoute(onlyExchange(fetch), 'GET', `/v2/apps/${TARGET}`);
    await expectServerAuth(fetch.last());
  });

  it('maps a 404 answer to EthoraNotFoundError', async () => {
    const { repo, fetch } = repositoryOnPrism({}, 'code=404');
    const error = await repo.getApp(TARGET).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraNotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'APP_NOT_FOUND',
      apiMessage: 'App not found',
      path: '/v2/apps/{appId}',
    });
    expect(onlyExchange(fetch).status).toBe(404);
  });
});

describe('createApp', () => {
  it('posts the app as given and returns the new app', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const input = { displayName: 'Acme Workspaces', domainName: 'acmeworkspaces', primaryColor: '#1f6feb' };
    const created = await repo.createApp(input);
    expect(created.app?._id).toBe(APP_ID);
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', '/v2/apps');
    expect(exchange.body).toEqual(input);
    await expectServerAuth(exchange);
  });

  it('maps a 422 answer to EthoraUnprocessableEntityError with the API message', async () => {
    const { repo } = repositoryOnPrism({}, 'code=422');
    const error = await repo.createApp({ displayName: 'Acme' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EthoraUnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_ERROR' });
  });
});

describe('deleteApp', () => {
  it('deletes the given app', async () => {
    const { repo, fetch } = repositoryOnPrism();
    expect(await repo.deleteApp(TARGET)).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'DELETE', `/v2/apps/${TARGET}`);
    expect(exchange.body).toBeUndefined();
    await expectServerAuth(exchange);
  });

  it('maps a 404 answer to EthoraNotFoundError', async () => {
    const { repo } = repositoryOnPrism({}, 'code=404');
    await expect(repo.deleteApp(TARGET)).rejects.toBeInstanceOf(EthoraNotFoundError);
  });
});

describe('provisionApp', () => {
  it('posts the default rooms', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const input = { rooms: [{ title: 'General', pinned: true }, { title: 'Support' }] };
    expect(await repo.provisionApp(TARGET, input)).toEqual({ ok: true });
    const exchange = onlyExchange(fetch);
    expectRoute(exchange, 'POST', `/v2/apps/${TARGET}/provision`);
    expect(exchange.body).toEqual(input);
    await expectServerAuth(exchange);
  });

  it('accepts exactly 20 rooms', async () => {
    const { repo, fetch } = repositoryOnPrism();
    const rooms = Array.from({ length: 20 }, (_, index) => ({ title: `Room ${index}` }));
    await repo.provisionApp(TARGET, { rooms });
    expect((onlyExchange(fetch).body as { rooms: unknown[] }).rooms).toHaveLength(20);
  });

  it('maps the 400 APP_NOT_FOUND answer to EthoraBadRequestError with its code', async () => {
    const { repo } = repositoryOnPrism({}, 'code=400');
    const error = await repo.provisionApp(TARGET, { rooms: [{ title: 'General' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EthoraBadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'APP_NOT_FOUND' });
  });
});
