import { type ContractFetch, contractFetch } from '@ethora/testkit';
import { inject } from 'vitest';
import { createEthoraClient, type EthoraClient } from '../../src/index.js';

/** The app id the spec's examples use, so Prism's answers name the same app. */
export const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
// Prism checks that a security scheme's header is present, not what it holds: these are JWT-shaped placeholders.
/** A server (B2B) JWT, sent as `x-custom-token` or `Authorization: Bearer`. */
export const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c2ln';
/** A client JWT, exchanged at `POST /v1/users/client`. */
export const CLIENT_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJjbGllbnQifX0.c2ln';
/** A user JWT from a login, sent verbatim in `Authorization` (it starts with `JWT `). */
export const USER_JWT = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJ1c2VyIn19.c2ln';
/** A legacy app token, sent verbatim in `Authorization`. */
export const APP_JWT = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7Il9pZCI6ImFwcCJ9fQ.c2ln';

/**
 * Client options for contract tests: a contract violation thrown by `contractFetch` reaches the client
 * as a failure of its injected `fetch`, which it would retry like a network error. One attempt keeps
 * those tests fast and their output free of `retrying` warnings.
 */
export const NO_RETRIES = { maxRetries: 0 } as const;

/** Options of {@link prismClient}. */
export interface PrismClientOptions {
  /** Let Prism's violation reports through instead of failing (for tests that provoke one on purpose). */
  allowViolations?: boolean;
}

/** A client of the Prism mock and the recording, contract-checking `fetch` it calls through. */
export interface PrismClient {
  /** The recording `fetch`: `fetch.last()` is the latest exchange. */
  fetch: ContractFetch;
  /** The client under test, without retries. */
  client: EthoraClient;
}

/** A client of the Prism mock that sends `headers` (a credential, usually) on every call. */
export function prismClient(
  headers: Record<string, string> = {},
  options: PrismClientOptions = {},
): PrismClient {
  const fetch = contractFetch(options);
  const client = createEthoraClient({ ...NO_RETRIES, baseUrl: inject('prismUrl'), fetch, headers });
  return { fetch, client };
}

/** A client that sends the server JWT as `x-custom-token`, as the SDK's server calls do. */
export function serverClient(options?: PrismClientOptions): PrismClient {
  return prismClient({ 'x-custom-token': SERVER_JWT }, options);
}

/** A client that sends the server JWT as `Authorization: Bearer`, the other accepted carrier. */
export function bearerClient(options?: PrismClientOptions): PrismClient {
  return prismClient({ authorization: `Bearer ${SERVER_JWT}` }, options);
}

/** A client that sends a user JWT in `Authorization`, as the v1 user routes expect. */
export function userClient(options?: PrismClientOptions): PrismClient {
  return prismClient({ authorization: USER_JWT }, options);
}
