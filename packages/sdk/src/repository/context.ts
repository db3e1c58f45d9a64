import {
  createEthoraClient,
  type EthoraClient,
  type EthoraLogger,
  type EthoraResult,
  redact,
  redactString,
  silentLogger,
  type UnwrappedData,
  unwrap,
} from '@ethora/client';
import { deriveScopedSecret } from '../auth/scoped-key.js';
import { createServerTokenProvider, type ServerTokenProvider } from '../auth/server-token-provider.js';
import { scopedSecretSync } from '../auth/sync-signing.js';
import type { TokenType } from '../auth/token-types.js';
import type { ChatRepositoryOptions } from '../config/chat-repository-options.js';
import { type EthoraConfig, resolveConfig } from '../config/resolve-config.js';

/** What every method group of the repository shares: one config, one client, one cached server token. */
export interface RepositoryContext {
  /** The validated configuration (the secret is non-enumerable). */
  readonly config: EthoraConfig;
  /** The typed client; every request goes through it and carries the server token. */
  readonly client: EthoraClient;
  /** Cached, single-flight server token source used for every server-authenticated call. */
  readonly tokens: ServerTokenProvider;
  /** The configured logger, if any. */
  readonly logger: EthoraLogger | undefined;
  /** Writes a warning of the repository itself to the logger (when `logLevel` lets warnings through), scrubbed. */
  readonly warn: (message: string, meta?: Record<string, unknown>) => void;
}

const WARNING_LEVELS = new Set(['debug', 'info', 'warn']);
const PURPOSES: readonly TokenType[] = ['server', 'client'];

/**
 * The app secret and the key derived from it for each token purpose: what the client scrubs from errors and log
 * lines besides the tokens it sends (its `redactValues`). The keys are derived at once where `node:crypto` is at
 * hand, else with WebCrypto, which finishes long before any answer can arrive.
 */
function signingSecrets(config: EthoraConfig): () => readonly string[] {
  const { appSecret } = config;
  const values = [appSecret];
  for (const purpose of PURPOSES) {
    const key = scopedSecretSync(appSecret, purpose);
    if (key !== undefined) values.push(key);
    else
      void deriveScopedSecret(appSecret, purpose).then(
        (derived) => values.push(derived),
        () => {},
      );
  }
  return () => values;
}

function warningsTo(config: EthoraConfig, secrets: () => readonly string[]): RepositoryContext['warn'] {
  const { logger } = config;
  if (logger === undefined || !WARNING_LEVELS.has(config.logLevel)) return () => {};
  return (message, meta) => {
    try {
      const known = secrets();
      logger.warn(
        redactString(message, known),
        meta === undefined ? undefined : (redact(meta, known) as Record<string, unknown>),
      );
    } catch {
      // A broken logger must not fail the call it reports on.
    }
  };
}

/**
 * Validates the options (or takes an already resolved config) and builds the shared context: a client whose
 * timeout, retries, logger and `fetch` come from the config and whose server credential is the cached token
 * (the client calls its `invalidate()` when the API answers 401, so a rejected token is never reused).
 */
export function createRepositoryContext(options: ChatRepositoryOptions): RepositoryContext {
  const config = resolveConfig(options);
  const tokens = createServerTokenProvider(config);
  const secrets = signingSecrets(config);
  const client = createEthoraClient({
    baseUrl: config.apiUrl,
    auth: { server: tokens },
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    maxResponseBytes: config.maxResponseBytes,
    ...(config.fetch ? { fetch: config.fetch } : {}),
    ...(config.dispatcher ? { dispatcher: config.dispatcher } : {}),
    // The SDK logs nowhere unless given a logger (the bare client's default is the console).
    logger: config.logger ?? silentLogger,
    logLevel: config.logLevel,
    redactValues: secrets,
  });
  const warn = warningsTo(config, secrets);
  return Object.freeze({ config, client, tokens, logger: config.logger, warn });
}

/**
 * Awaits one client call and returns its typed body, or throws the client's typed error (`EthoraApiError`
 * subclass by status) for a failed answer. Every method of the repository ends in this one function.
 * A success without a body (allowed where the spec does not document the body) resolves to `{}`, which
 * fits the open object types of those answers.
 */
export async function call<R extends EthoraResult>(pending: Promise<R>): Promise<UnwrappedData<R>> {
  const data = await unwrap(pending);
  return data ?? ({} as UnwrappedData<R>);
}
