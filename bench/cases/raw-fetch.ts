import { APP_ID } from '../bench-config.js';
import { type ApiCase, inputs } from './api-case.js';
import { CASE } from './case-names.js';
import { prebuiltServerToken, serverTokenHeaders } from './server-token.js';

/**
 * The limit: the global `fetch` with a header built once, the same bodies the SDKs send, and the
 * response body parsed. Nothing is validated or retried, so no SDK can be expected to beat it by design.
 */
export function rawFetchCase(apiUrl: string): ApiCase {
  const headers = { 'content-type': 'application/json', ...serverTokenHeaders(prebuiltServerToken()) };

  async function send(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const data: unknown = await response.json();
    if (!response.ok) throw new Error(`raw fetch: ${method} ${path} answered ${response.status}`);
    return data;
  }

  return {
    name: CASE.limit,
    call: {
      createChatRoom: (i) => {
        const chatId = inputs.chatId(i);
        return send('POST', '/v2/chats', { title: `Chat Room ${chatId}`, uuid: chatId, type: 'group' });
      },
      grantUserAccessToChatRoom: (i) =>
        send('POST', '/v2/chats/users-access', {
          chatName: `${APP_ID}_${inputs.grantChatId(i)}`,
          members: [`${APP_ID}_${inputs.userId(i)}`],
        }),
      getUsers: () => send('GET', `/v2/chats/users?limit=${inputs.usersQuery.limit}`),
    },
  };
}
