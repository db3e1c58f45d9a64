import { createEthoraClient, unwrap } from '@ethora/client';
import { APP_ID } from '../bench-config.js';
import { type ApiCase, inputs } from './api-case.js';
import { CASE } from './case-names.js';
import { prebuiltServerToken, serverTokenHeaders } from './server-token.js';

/** Which transport the client runs on: its default one, or the global `fetch` injected. */
export type ClientTransport = 'default' | 'fetch';

/**
 * `@ethora/client` with a prebuilt server-token header, like the raw-fetch limit: these rows measure
 * the client's runtime and transport alone, with no token provider in the way.
 */
export function ethoraClientCase(apiUrl: string, transport: ClientTransport): ApiCase {
  const client = createEthoraClient({
    baseUrl: apiUrl,
    headers: serverTokenHeaders(prebuiltServerToken()),
    ...(transport === 'fetch' ? { fetch: globalThis.fetch } : {}),
  });

  return {
    name: transport === 'fetch' ? CASE.clientFetch : CASE.clientDefault,
    call: {
      createChatRoom: (i) => {
        const chatId = inputs.chatId(i);
        return unwrap(
          client.POST('/v2/chats', { body: { title: `Chat Room ${chatId}`, uuid: chatId, type: 'group' } }),
        );
      },
      grantUserAccessToChatRoom: (i) =>
        unwrap(
          client.POST('/v2/chats/users-access', {
            body: {
              chatName: `${APP_ID}_${inputs.grantChatId(i)}`,
              members: [`${APP_ID}_${inputs.userId(i)}`],
            },
          }),
        ),
      getUsers: () => unwrap(client.GET('/v2/chats/users', { params: { query: inputs.usersQuery } })),
    },
  };
}
