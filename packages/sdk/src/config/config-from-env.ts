import { EthoraConfigError } from '@ethora/client';
import type { ChatRepositoryOptions } from './chat-repository-options.js';
import { type EthoraConfig, resolveConfigWithLabels } from './resolve-config.js';

/** Environment variables read by {@link configFromEnv}, by option. */
export const ETHORA_ENV_VARS = {
  /** The API origin (required). */
  apiUrl: 'ETHORA_CHAT_API_URL',
  /** The app's 24-character hex id (required). */
  appId: 'ETHORA_CHAT_APP_ID',
  /** The app secret that signs JWTs (required). */
  appSecret: 'ETHORA_CHAT_APP_SECRET',
  /** The app bot's JID or local part (optional). */
  botJid: 'ETHORA_CHAT_BOT_JID',
  /** The conference domain of room JIDs (optional). */
  jidDomain: 'ETHORA_CHAT_JID_DOMAIN',
} as const;

/** A source of environment variables, such as `process.env` or `Deno.env.toObject()`. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

const REQUIRED = ['apiUrl', 'appId', 'appSecret'] as const;
const OPTIONAL = ['botJid', 'jidDomain'] as const;

function processEnv(): EnvSource {
  // Read lazily and defensively: edge runtimes have no `process`.
  return (globalThis as { process?: { env?: EnvSource } }).process?.env ?? {};
}

/**
 * Builds a resolved config from `ETHORA_CHAT_API_URL`, `ETHORA_CHAT_APP_ID`, `ETHORA_CHAT_APP_SECRET` and the optional
 * `ETHORA_CHAT_BOT_JID` / `ETHORA_CHAT_JID_DOMAIN`; `overrides` win over the environment. Read only when called.
 * Missing variables throw one {@link EthoraConfigError} naming all of them; a malformed one names that variable.
 */
export function configFromEnv(
  env: EnvSource = processEnv(),
  overrides: Partial<ChatRepositoryOptions> = {},
): EthoraConfig {
  const options: Partial<ChatRepositoryOptions> = { ...overrides };
  const labels: Partial<Record<keyof ChatRepositoryOptions, string>> = {};
  const missing: (typeof REQUIRED)[number][] = [];
  for (const option of [...REQUIRED, ...OPTIONAL]) {
    if (overrides[option] !== undefined) continue;
    const variable = ETHORA_ENV_VARS[option];
    const raw = env[variable];
    // An empty variable counts as unset; URLs and ids tolerate stray spaces, the secret is checked as is.
    const value = option === 'appSecret' ? raw : raw?.trim();
    if (value === undefined || value === '') {
      if (option === 'apiUrl' || option === 'appId' || option === 'appSecret') missing.push(option);
      continue;
    }
    options[option] = value;
    labels[option] = variable;
  }
  if (missing.length > 0) throw missingVariables(missing);
  // Labels make a malformed value's error name the variable rather than the option.
  return resolveConfigWithLabels(options as ChatRepositoryOptions, labels);
}

// One error for everything missing, so a first run reports the whole set-up rather than one variable per try.
function missingVariables(missing: readonly (typeof REQUIRED)[number][]): EthoraConfigError {
  const variables = missing.map((option) => ETHORA_ENV_VARS[option]);
  const needed = missing.join(', ');
  const message =
    variables.length === 1
      ? `Environment variable ${variables[0]} is not set (needed for ${needed}).`
      : `Environment variables ${variables.join(', ')} are not set (needed for ${needed}).`;
  return new EthoraConfigError(variables.join(', '), message);
}

/** The previous SDK's (`@ethora/sdk-backend`) secrets shape. */
export interface EthoraSecrets {
  /** API origin (`ETHORA_CHAT_API_URL`). */
  chatApiUrl: string;
  /** App id (`ETHORA_CHAT_APP_ID`). */
  chatAppId: string;
  /** App secret (`ETHORA_CHAT_APP_SECRET`). */
  chatAppSecret: string;
  /** Bot JID (`ETHORA_CHAT_BOT_JID`), when set. */
  chatBotJid?: string | undefined;
}

/**
 * Reads and validates the secrets from the environment in the previous SDK's shape; `overrides` win.
 * Unlike the previous SDK it does not cache: each call reads the environment again.
 */
export function getSecrets(
  overrides: Partial<EthoraSecrets> = {},
  env: EnvSource = processEnv(),
): EthoraSecrets {
  const config = configFromEnv(env, {
    ...(overrides.chatApiUrl !== undefined ? { apiUrl: overrides.chatApiUrl } : {}),
    ...(overrides.chatAppId !== undefined ? { appId: overrides.chatAppId } : {}),
    ...(overrides.chatAppSecret !== undefined ? { appSecret: overrides.chatAppSecret } : {}),
    ...(overrides.chatBotJid !== undefined ? { botJid: overrides.chatBotJid } : {}),
  });
  const secrets: EthoraSecrets = {
    chatApiUrl: config.apiUrl,
    chatAppId: config.appId,
    chatAppSecret: config.appSecret,
  };
  if (config.botJid !== undefined) secrets.chatBotJid = config.botJid;
  return secrets;
}
