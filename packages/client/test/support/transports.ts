import type { EthoraClientOptions } from '../../src/index.js';

/** A transport under test: the client options that select it, and how to release it after a suite. */
export interface TransportCase {
  readonly name: string;
  readonly make: () => { options: Partial<EthoraClientOptions>; close: () => void };
}

/** Both transports the client supports on Node: the default one (undici) and an injected `fetch`. */
export const TRANSPORTS: readonly TransportCase[] = [
  {
    name: 'global fetch',
    make: () => ({ options: { fetch: (input, init) => globalThis.fetch(input, init) }, close: () => {} }),
  },
  {
    // Each client has a connection pool of its own: nothing to share or close between suites.
    name: 'default (undici) transport',
    make: () => ({ options: {}, close: () => {} }),
  },
];
