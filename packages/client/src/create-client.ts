import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/schema.js';

/** Options for {@link createEthoraClient}. */
export interface EthoraClientOptions {
  /** API origin, such as `https://api.chat.ethora.com`; routes add `/v1/...` or `/v2/...`. */
  baseUrl: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** The typed Ethora client: openapi-fetch over the generated `paths`. */
export type EthoraClient = Client<paths>;

/** Creates a typed client for the Ethora API. */
export function createEthoraClient(options: EthoraClientOptions): EthoraClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
}
