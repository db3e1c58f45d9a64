import { createNodeTransport, type FetchLike } from '../../src/index.js';

/** A transport under test, made fresh for each suite so pooled sockets do not cross suites. */
export interface TransportCase {
  readonly name: string;
  readonly make: () => { fetch: FetchLike; close: () => void };
}

/** Both transports the client supports on Node: the global `fetch` and the `node:http` one. */
export const TRANSPORTS: readonly TransportCase[] = [
  {
    name: 'global fetch',
    make: () => ({ fetch: (input, init) => globalThis.fetch(input, init), close: () => {} }),
  },
  {
    name: 'node:http transport',
    make: () => {
      const transport = createNodeTransport();
      return { fetch: transport, close: () => transport.close() };
    },
  },
];
