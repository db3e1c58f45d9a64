import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ETHORA_ENV_VARS } from '@ethora/sdk';
import { parse as parseDotenv } from 'dotenv';
import { CliError, usageError } from '../cli-error.js';
import { readSecretFile } from './read-secret.js';

/** A setting of the command line, named as the SDK's options are. */
export type ConfigKey = keyof typeof ETHORA_ENV_VARS;

/** Settings every command reads, in the order `doctor` shows them. */
export const CONFIG_KEYS: readonly ConfigKey[] = ['apiUrl', 'appId', 'appSecret', 'botJid', 'jidDomain'];

/** The flag that sets each setting. */
export const CONFIG_FLAGS: Readonly<Record<ConfigKey, string>> = {
  apiUrl: '--api-url',
  appId: '--app-id',
  appSecret: '--app-secret-file',
  botJid: '--bot-jid',
  jidDomain: '--jid-domain',
};

/** The environment variable that names the profile when `--profile` is not given. */
export const PROFILE_ENV_VAR = 'ETHORA_PROFILE';

/** One setting's value and where it came from (a flag, the environment, or a file in the working directory). */
export interface ConfigValue {
  readonly value: string;
  /** Where, in words: `--api-url`, `ETHORA_CHAT_API_URL in the environment`, `ETHORA_CHAT_APP_ID in .env`... */
  readonly source: string;
  /** The flag or variable that set it. */
  readonly setting: string;
}

/** Every setting found, with its source; what is absent was set nowhere. */
export interface ConfigSources {
  readonly values: Readonly<Partial<Record<ConfigKey, ConfigValue>>>;
  /** The profile in use, if any. */
  readonly profile: string | undefined;
  /** The env files that were read, in order of precedence (highest first). */
  readonly files: readonly string[];
}

/** The configuration flags of the command line, as parsed. */
export interface ConfigFlags {
  apiUrl?: string;
  appId?: string;
  appSecretFile?: string;
  botJid?: string;
  jidDomain?: string;
  profile?: string;
}

/** Where the configuration is read from. */
export interface ConfigEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Reads standard input to its end (for `--app-secret-file -`). */
  readonly readStdin: () => Promise<string>;
}

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * Collects the settings: flags first, then the SDK's environment variables, then `.env.<profile>` (with a
 * profile), then `.env`, both in the working directory. The secret comes only from `--app-secret-file` (a file
 * or `-` for standard input), `ETHORA_CHAT_APP_SECRET`, or the env files; it is never written anywhere.
 */
export async function gatherConfig(flags: ConfigFlags, where: ConfigEnvironment): Promise<ConfigSources> {
  const profile = flags.profile ?? nonEmpty(where.env[PROFILE_ENV_VAR]);
  if (profile !== undefined && !PROFILE_NAME.test(profile)) {
    throw usageError(
      `--profile must be a name of letters, digits, ".", "-" or "_" (it selects the file .env.<name>), not "${profile}".`,
    );
  }
  const files: { name: string; values: Record<string, string> }[] = [];
  if (profile !== undefined) {
    const name = `.env.${profile}`;
    const values = await readEnvFile(join(where.cwd, name), name);
    if (values === undefined) {
      throw new CliError(`Profile "${profile}" has no file ${name} in ${where.cwd}.`, {
        fix: `create ${name} with the profile's ETHORA_CHAT_* settings, or choose another --profile`,
      });
    }
    files.push({ name, values });
  }
  const base = await readEnvFile(join(where.cwd, '.env'), '.env');
  if (base !== undefined) files.push({ name: '.env', values: base });

  const values: Partial<Record<ConfigKey, ConfigValue>> = {};
  for (const key of CONFIG_KEYS) {
    const variable = ETHORA_ENV_VARS[key];
    const fromFlag = key === 'appSecret' ? undefined : nonEmpty(flags[key]);
    if (fromFlag !== undefined) {
      values[key] = { value: fromFlag, source: CONFIG_FLAGS[key], setting: CONFIG_FLAGS[key] };
      continue;
    }
    if (key === 'appSecret' && flags.appSecretFile !== undefined) {
      values[key] = await readSecretFile(flags.appSecretFile, where.readStdin);
      continue;
    }
    const fromEnv = nonEmpty(where.env[variable]);
    if (fromEnv !== undefined) {
      values[key] = { value: fromEnv, source: `${variable} in the environment`, setting: variable };
      continue;
    }
    const file = files.find((candidate) => nonEmpty(candidate.values[variable]) !== undefined);
    if (file) {
      values[key] = {
        value: file.values[variable] as string,
        source: `${variable} in ${file.name}`,
        setting: variable,
      };
    }
  }
  return { values, profile, files: files.map((file) => file.name) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

async function readEnvFile(path: string, name: string): Promise<Record<string, string> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new CliError(`Cannot read ${name}: ${code ?? (error as Error).message}.`, {
      fix: `make ${name} readable, or move it away and use the environment instead`,
    });
  }
  return parseDotenv(text);
}
