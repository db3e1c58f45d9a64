import type { ChatRepositoryOptions } from '../config/chat-repository-options.js';
import { configFromEnv, type EthoraSecrets } from '../config/config-from-env.js';
import { type ChatRepository, createChatRepository } from './create-chat-repository.js';

let shared: ChatRepository | undefined;

function optionsFromSecrets(secrets: Partial<EthoraSecrets>): Partial<ChatRepositoryOptions> {
  const options: Partial<ChatRepositoryOptions> = {};
  if (secrets.chatApiUrl !== undefined) options.apiUrl = secrets.chatApiUrl;
  if (secrets.chatAppId !== undefined) options.appId = secrets.chatAppId;
  if (secrets.chatAppSecret !== undefined) options.appSecret = secrets.chatAppSecret;
  if (secrets.chatBotJid !== undefined) options.botJid = secrets.chatBotJid;
  return options;
}

/**
 * Returns the process-wide repository configured from `ETHORA_CHAT_API_URL`, `ETHORA_CHAT_APP_ID`,
 * `ETHORA_CHAT_APP_SECRET` and the optional `ETHORA_CHAT_BOT_JID` / `ETHORA_CHAT_JID_DOMAIN`. The environment is
 * read on the first call (never at import); a missing or malformed variable throws `EthoraConfigError` naming it,
 * and the next call tries again. Prefer {@link createChatRepository} where you can pass options.
 */
export function getChatRepositoryImpl(): ChatRepository {
  shared ??= createChatRepository(configFromEnv());
  return shared;
}

/** Forgets the shared repository so the next `getChatRepositoryImpl()` reads the environment again (for tests). */
export function resetChatRepositoryImpl(): void {
  shared = undefined;
}

/**
 * The previous SDK's accessor. Without arguments it returns the shared repository of `getChatRepositoryImpl()`;
 * with overrides (`chatAppId`, `chatAppSecret`, `chatApiUrl`, `chatBotJid`) it returns a new repository that reads
 * the rest from the environment. Unlike the previous SDK, an override call never becomes the shared instance.
 */
export function getEthoraSDKService(overrides?: Partial<EthoraSecrets>): ChatRepository {
  if (overrides === undefined) return getChatRepositoryImpl();
  return createChatRepository(configFromEnv(undefined, optionsFromSecrets(overrides)));
}

/** The previous SDK's service class: instances are {@link ChatRepository}s, so `new EthoraSDKService()` keeps working. */
export type EthoraSDKService = ChatRepository;

/** Constructor of the previous SDK's service class. */
export interface EthoraSDKServiceConstructor {
  /** Reads the environment (with optional overrides, as `getEthoraSDKService`) and builds a new repository. */
  new (overrides?: Partial<EthoraSecrets>): EthoraSDKService;
}

/** `new EthoraSDKService(overrides?)`: the previous SDK's class name for a repository configured from env. */
export const EthoraSDKService: EthoraSDKServiceConstructor = class EthoraSDKService {
  constructor(overrides: Partial<EthoraSecrets> = {}) {
    Object.assign(this, createChatRepository(configFromEnv(undefined, optionsFromSecrets(overrides))));
    Object.freeze(this);
  }
} as unknown as EthoraSDKServiceConstructor;
