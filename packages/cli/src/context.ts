import {
  type ChatRepository,
  createChatRepository,
  type EthoraConfig,
  type EthoraLogger,
  type TokenSigning,
} from '@ethora/sdk';
import { type RepositoryExtras, resolveCliConfig, resolveTokenConfig } from './config/cli-config.js';
import {
  type ConfigEnvironment,
  type ConfigFlags,
  type ConfigSources,
  gatherConfig,
} from './config/config-sources.js';
import type { Output } from './output/terminal.js';

/** The options every command accepts. */
export interface GlobalOptions extends ConfigFlags {
  /** One JSON document (or JSON lines) on stdout, nothing else. */
  json: boolean;
  /** `false` with `--no-color`. */
  color: boolean;
  /** `false` with `--no-progress`. */
  progress: boolean;
  /** Stack traces and the SDK's debug log on stderr. */
  debug: boolean;
  /** How tokens are signed (default `scoped`). */
  tokenSigning?: TokenSigning;
}

/** What a command gets: its output, the options, and the configuration on demand. */
export interface CommandContext {
  readonly out: Output;
  readonly options: GlobalOptions;
  readonly where: ConfigEnvironment;
  /** Fires on Ctrl-C. */
  readonly signal: AbortSignal;
  /** The settings with their sources (read once). */
  sources(): Promise<ConfigSources>;
  /** The validated configuration for API calls. */
  config(extras?: RepositoryExtras): Promise<EthoraConfig>;
  /** The validated configuration for signing tokens (no API URL needed). */
  tokenConfig(): Promise<EthoraConfig>;
  /** A repository on the configuration. */
  repository(extras?: RepositoryExtras): Promise<ChatRepository>;
  /** Secrets seen so far, scrubbed from every message printed. */
  readonly secrets: string[];
}

/** Builds the context of one run. */
export function createContext(
  out: Output,
  options: GlobalOptions,
  where: ConfigEnvironment,
  signal: AbortSignal,
): CommandContext {
  let gathered: Promise<ConfigSources> | undefined;
  const secrets: string[] = [];
  const sources = () => {
    gathered ??= gatherConfig(options, where).then((found) => {
      if (found.values.appSecret) secrets.push(found.values.appSecret.value);
      return found;
    });
    return gathered;
  };
  const extrasWithDefaults = (extras: RepositoryExtras = {}): RepositoryExtras => ({
    ...(options.tokenSigning ? { tokenSigning: options.tokenSigning } : {}),
    ...(options.debug ? { logger: stderrLogger(out), logLevel: 'debug' as const } : {}),
    ...extras,
  });
  const context: CommandContext = {
    out,
    options,
    where,
    signal,
    sources,
    secrets,
    config: async (extras) => resolveCliConfig(await sources(), extrasWithDefaults(extras)),
    tokenConfig: async () => resolveTokenConfig(await sources(), extrasWithDefaults()),
    repository: async (extras) => createChatRepository(await context.config(extras)),
  };
  return context;
}

/** The SDK's log lines on stderr (`--debug`); the SDK never passes a secret or token to its logger. */
function stderrLogger(out: Output): EthoraLogger {
  const write =
    (level: string) =>
    (message: string, data?: unknown): void =>
      out.note(`[${level}] ${message}${data === undefined ? '' : ` ${JSON.stringify(data)}`}`);
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
