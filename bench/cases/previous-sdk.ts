import { createRequire } from 'node:module';
import type { EthoraSDKService } from '@ethora/sdk-backend';
import { configurePreviousSdkEnv } from '../bench-config.js';
import { type ApiCase, inputs } from './api-case.js';
import { CASE } from './case-names.js';

const requireFromBench = createRequire(import.meta.url);

/** The previous SDK's module, loaded only after its environment variables are set. */
type PreviousSdkModule = typeof import('@ethora/sdk-backend');

/** Loads `@ethora/sdk-backend` with its environment pointing at the stub server. */
export function loadPreviousSdk(apiUrl: string): PreviousSdkModule {
  configurePreviousSdkEnv(apiUrl);
  return requireFromBench('@ethora/sdk-backend') as PreviousSdkModule;
}

/** A fresh service of the previous SDK, configured from the environment as its README shows. */
export function previousSdkService(apiUrl: string): EthoraSDKService {
  return new (loadPreviousSdk(apiUrl).EthoraSDKService)();
}

/** The previous SDK (`@ethora/sdk-backend@26.8.1`): axios, and a JWT signed for every request. */
export function previousSdkCase(apiUrl: string): ApiCase {
  const service = previousSdkService(apiUrl);
  return {
    name: CASE.previous,
    call: {
      createChatRoom: (i) => service.createChatRoom(inputs.chatId(i)),
      grantUserAccessToChatRoom: (i) =>
        service.grantUserAccessToChatRoom(inputs.grantChatId(i), [inputs.userId(i)]),
      getUsers: () => service.getUsers(inputs.usersQuery),
    },
  };
}
