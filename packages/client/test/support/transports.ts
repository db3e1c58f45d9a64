import { Agent } from 'undici';
import type { EthoraClientOptions } from '../../src/index.js';

/** A transport under test: the client options that select it, and how to release it after a suite. */
export interface TransportCase {
  readonly name: string;
  readonly make: () => { options: Partial<EthoraClientOptions>; close: () => void };
}

/**
 * Both transports the client supports on Node: an injected `fetch`, and undici. The undici case shares
 * one `Agent` between the clients of a suite, as the suite's transport, so that each scenario's client
 * does not open its connection of its own; a client made without `dispatcher` has its own pool (see
 * `undici-transport.test.ts`).
 */
export const TRANSPORTS: readonly TransportCase[] = [
  {
    name: 'global fetch',
    make: () => ({ options: { fetch: (input, init) => globalThis.fetch(input, init) }, close: () => {} }),
  },
  {
    name: 'undici transport',
    make: () => {
      const agent = new Agent({ connections: 64 });
      return { options: { dispatcher: agent }, close: () => void agent.close() };
    },
  },
];
