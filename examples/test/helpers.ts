import { type ChatRepository, type ChatRepositoryOptions, createChatRepository } from '@ethora/sdk';
import { type ContractFetch, contractFetch } from '@ethora/testkit';
import { expect, inject } from 'vitest';

/** A valid app id for the mock (any 24 hex digits). */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
/** The app secret of these tests; no response, log line or error may ever contain it. */
export const APP_SECRET = 'examples-test-secret-do-not-leak';
/** The bot the tests configure. */
export const BOT_JID = `${APP_ID}_bot@xmpp.chat.ethora.com`;

/** Matches any compact JWT. */
export const JWT_PATTERN = /eyJ[\w-]*\.[\w-]+\.[\w-]+/;

/**
 * Wraps a fetch so requests for which `when(method, path)` holds ask Prism for the declared response
 * `code` (`Prefer: code=...`); other requests pass unchanged.
 */
export function preferCode(
  base: typeof fetch,
  code: number,
  when: (method: string, path: string) => boolean = () => true,
): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    if (!when(request.method, new URL(request.url).pathname)) return base(request);
    const headers = new Headers(request.headers);
    headers.set('Prefer', `code=${code}`);
    return base(new Request(request, { headers }));
  };
}

/** A repository talking to the shared Prism mock through `fetch` (default: a fresh contract-checking fetch). */
export function mockRepo(
  fetch: typeof globalThis.fetch = contractFetch(),
  options: Partial<ChatRepositoryOptions> = {},
): ChatRepository {
  return createChatRepository({
    apiUrl: inject('prismUrl'),
    appId: APP_ID,
    appSecret: APP_SECRET,
    botJid: BOT_JID,
    fetch,
    ...options,
  });
}

/** Asserts the exchange carried the server token in both headers the API accepts. */
export function expectServerAuth(recorded: ContractFetch['exchanges'][number]): void {
  const token = recorded.headers.get('x-custom-token');
  expect(token).toMatch(JWT_PATTERN);
  expect(recorded.headers.get('authorization')).toBe(`Bearer ${token}`);
}

/** `METHOD /path` of every recorded exchange, oldest first. */
export function routes(fetch: ContractFetch): string[] {
  return fetch.exchanges.map((exchange) => `${exchange.method} ${exchange.url.pathname}`);
}
