import { type ContractFetch, contractFetch, type RecordedExchange } from '@ethora/testkit';
import { expect, inject } from 'vitest';
import {
  type ChatRepository,
  type ChatRepositoryOptions,
  createChatRepository,
  verifyJwtToken,
} from '../src/index.js';

/** The app id the spec's examples use, so Prism's answers name the same app. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
/** The app secret of the repositories under test. */
export const APP_SECRET = 'repository-test-secret';

/** A user a batch creation accepts, with `uuid` as its id. */
export function newUser(uuid: string): { uuid: string; email: string; firstName: string; lastName: string } {
  return { uuid, email: `${uuid}@example.com`, firstName: 'Ada', lastName: 'Lovelace' };
}

/** A repository wired to Prism through a recording, contract-checking `fetch`. */
export interface RepositoryUnderTest {
  repo: ChatRepository;
  fetch: ContractFetch;
}

/** Returns a `fetch` that adds `Prefer: <prefer>` (e.g. `code=422`) to every request before passing it on. */
export function withPrefer(fetch: typeof globalThis.fetch, prefer: string): typeof globalThis.fetch {
  return (input, init) => {
    const request = new Request(input, init);
    request.headers.set('prefer', prefer);
    return fetch(request);
  };
}

/** A repository of the test app against any server (Prism or a stub the test started), without retries. */
export function repositoryAt(apiUrl: string, options: Partial<ChatRepositoryOptions> = {}): ChatRepository {
  return createChatRepository({ apiUrl, appId: APP_ID, appSecret: APP_SECRET, maxRetries: 0, ...options });
}

/** Creates a repository against Prism; `prefer` selects a declared response, `options` override the rest. */
export function repositoryOnPrism(
  options: Partial<ChatRepositoryOptions> = {},
  prefer?: string,
): RepositoryUnderTest {
  const fetch = contractFetch();
  const repo = repositoryAt(inject('prismUrl'), {
    fetch: prefer ? withPrefer(fetch, prefer) : fetch,
    ...options,
  });
  return { repo, fetch };
}

/** The only exchange a call made; fails when there was not exactly one. */
export function onlyExchange(fetch: ContractFetch): RecordedExchange {
  expect(fetch.exchanges).toHaveLength(1);
  return fetch.last();
}

/** Asserts the exchange's method and path (pathname, still percent-encoded as sent). */
export function expectRoute(exchange: RecordedExchange, method: string, path: string): void {
  expect(`${exchange.method} ${exchange.url.pathname}`).toBe(`${method} ${path}`);
}

/** Asserts both server credentials were sent, equal, and hold a valid server token of the test app. */
export async function expectServerAuth(exchange: RecordedExchange): Promise<void> {
  const token = exchange.headers.get('x-custom-token');
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  expect(exchange.headers.get('authorization')).toBe(`Bearer ${token}`);
  const payload = await verifyJwtToken(
    token!,
    { appId: APP_ID, appSecret: APP_SECRET },
    { expectedType: 'server' },
  );
  expect(payload.data).toEqual({ appId: APP_ID, type: 'server' });
}
