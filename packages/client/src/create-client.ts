import createClient from 'openapi-fetch';
import { createAuthResolver } from './auth/auth-headers.js';
import { checkClientOptions } from './check-options.js';
import type { EthoraClientOptions } from './client-options.js';
import type { EthoraClient } from './client-types.js';
import type { paths } from './generated/schema.js';
import { knownCredentials } from './logging/known-credentials.js';
import { consoleLogger, createLevelledLogger } from './logging/logger.js';
import { createCallFetch } from './runtime/call-fetch.js';
import { callFactsMiddleware, EthoraRequest } from './runtime/ethora-request.js';
import { resolveRetrySettings } from './runtime/retry-policy.js';
import { defaultSend, fetchSend } from './transport/exchange.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './transport/read-body.js';

/** Default time limit of one attempt, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Creates a typed client of the Ethora API. Calls keep openapi-fetch's `{ data, error, response }`
 * result (pass it to `unwrap` to get the data or a typed error); network failures, timeouts, aborts
 * and unusable 2xx bodies reject with typed errors. Credentials, request ids, timeouts and retries
 * are handled per call; see {@link EthoraClientOptions}.
 */
export function createEthoraClient(options: EthoraClientOptions): EthoraClient {
  checkClientOptions(options);
  const requestIdHeader =
    options.requestIdHeader === false ? undefined : (options.requestIdHeader ?? 'x-request-id').toLowerCase();
  const generateRequestId = options.generateRequestId ?? (() => globalThis.crypto.randomUUID());
  const credentials = knownCredentials(options);
  const logger = createLevelledLogger(options.logger ?? consoleLogger, options.logLevel ?? 'warn', () =>
    credentials.list(),
  );
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: createCallFetch({
      send: options.fetch
        ? fetchSend(options.fetch, maxResponseBytes)
        : defaultSend(options.dispatcher, maxResponseBytes),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: resolveRetrySettings(options.maxRetries, options.retry),
      auth: createAuthResolver(options.auth),
      logger,
      credentials,
      requestIdHeader,
      generateRequestId,
    }),
    Request: EthoraRequest as unknown as typeof Request,
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(callFactsMiddleware(requestIdHeader, generateRequestId));
  return client as unknown as EthoraClient;
}
