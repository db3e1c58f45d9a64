import {
  type ChatRepositoryOptions,
  configFromEnv,
  ETHORA_ENV_VARS,
  type EthoraConfig,
  EthoraConfigError,
  type TokenSigning,
} from '@ethora/sdk';
import { CliError } from '../cli-error.js';
import type { ConfigKey, ConfigSources } from './config-sources.js';

const HOW_TO_SET: Readonly<Record<ConfigKey, string>> = {
  apiUrl: `${ETHORA_ENV_VARS.apiUrl} or --api-url`,
  appId: `${ETHORA_ENV_VARS.appId} or --app-id`,
  appSecret: `${ETHORA_ENV_VARS.appSecret} or --app-secret-file <file|->`,
  botJid: `${ETHORA_ENV_VARS.botJid} or --bot-jid`,
  jidDomain: `${ETHORA_ENV_VARS.jidDomain} or --jid-domain`,
};

/** Throws a {@link CliError} listing every required setting that is set nowhere. */
export function requireSettings(sources: ConfigSources, keys: readonly ConfigKey[]): void {
  const missing = keys.filter((key) => sources.values[key] === undefined);
  if (missing.length === 0) return;
  const names = missing.map((key) => ETHORA_ENV_VARS[key]).join(', ');
  throw new CliError(`Missing configuration: ${names}.`, {
    fix: `set ${missing.map((key) => HOW_TO_SET[key]).join('; ')} (in the environment or a .env file here)`,
  });
}

/** Extra options for the repository the commands use. */
export type RepositoryExtras = Pick<
  ChatRepositoryOptions,
  'logger' | 'logLevel' | 'timeoutMs' | 'maxRetries'
> & {
  tokenSigning?: TokenSigning;
};

/**
 * Validates the settings with the SDK (`configFromEnv`, so its rules and messages apply) and returns the
 * configuration. A bad value gives a {@link CliError} naming where the value came from; the secret is never shown.
 */
export function resolveCliConfig(sources: ConfigSources, extras: RepositoryExtras = {}): EthoraConfig {
  requireSettings(sources, ['apiUrl', 'appId', 'appSecret']);
  return validated(sources, extras);
}

/**
 * The configuration for signing and checking tokens, which needs no API URL: without one, the cloud's origin
 * stands in (tokens do not depend on it).
 */
export function resolveTokenConfig(sources: ConfigSources, extras: RepositoryExtras = {}): EthoraConfig {
  requireSettings(sources, ['appId', 'appSecret']);
  return validated(sources, extras, CLOUD_API_URL);
}

const CLOUD_API_URL = 'https://api.chat.ethora.com';

function validated(sources: ConfigSources, extras: RepositoryExtras, apiUrlFallback?: string): EthoraConfig {
  const env: Record<string, string> = {};
  if (apiUrlFallback !== undefined) env[ETHORA_ENV_VARS.apiUrl] = apiUrlFallback;
  for (const [key, entry] of Object.entries(sources.values)) {
    env[ETHORA_ENV_VARS[key as ConfigKey]] = entry.value;
  }
  try {
    return configFromEnv(env, extras);
  } catch (error) {
    throw configErrorOf(error, sources);
  }
}

/** Turns the SDK's `EthoraConfigError` into a one-line message that says where the bad value came from. */
export function configErrorOf(error: unknown, sources: ConfigSources): unknown {
  if (!(error instanceof EthoraConfigError)) return error;
  const key = (Object.keys(ETHORA_ENV_VARS) as ConfigKey[]).find(
    (candidate) => candidate === error.option || ETHORA_ENV_VARS[candidate] === error.option,
  );
  const entry = key === undefined ? undefined : sources.values[key];
  if (key === undefined || entry === undefined) return new CliError(error.message, { cause: error });
  const variable = ETHORA_ENV_VARS[key];
  let message = error.message;
  // A flag's value is named by the flag, not by the variable the SDK expects.
  if (entry.setting.startsWith('--')) message = message.split(variable).join(entry.setting);
  else if (!message.includes(variable)) message = message.replace(new RegExp(`^${key}\\b`), variable);
  const where = entry.setting.startsWith('--')
    ? 'the command line'
    : entry.source.slice(entry.setting.length + 4);
  return new CliError(`${message.replace(/\.$/, '')} (set in ${where}).`, {
    fix: `correct ${entry.source}`,
    cause: error,
  });
}
