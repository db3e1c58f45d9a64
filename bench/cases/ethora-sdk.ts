import { type ChatRepository, createChatRepository } from '@ethora/sdk';
import { APP_ID, APP_SECRET } from '../bench-config.js';
import { type ApiCase, inputs } from './api-case.js';
import { CASE } from './case-names.js';

/** Which transport the facade runs on: the client's default one, or the global `fetch` injected. */
export type SdkTransport = 'default' | 'fetch';

/** A facade configured for the stub server, as a user would configure it. */
export function createBenchRepository(apiUrl: string, transport: SdkTransport = 'default'): ChatRepository {
  return createChatRepository({
    apiUrl,
    appId: APP_ID,
    appSecret: APP_SECRET,
    ...(transport === 'fetch' ? { fetch: globalThis.fetch } : {}),
  });
}

/** `@ethora/sdk`'s facade: cached server token, validation, the client's middleware and transport. */
export function ethoraSdkCase(apiUrl: string, transport: SdkTransport): ApiCase {
  const repo = createBenchRepository(apiUrl, transport);
  return {
    name: transport === 'fetch' ? CASE.sdkFetch : CASE.sdk,
    call: {
      createChatRoom: (i) => repo.createChatRoom(inputs.chatId(i)),
      grantUserAccessToChatRoom: (i) =>
        repo.grantUserAccessToChatRoom(inputs.grantChatId(i), [inputs.userId(i)]),
      getUsers: () => repo.getUsers(inputs.usersQuery),
    },
  };
}
