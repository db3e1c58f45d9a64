import { isNodeRuntime } from './node-runtime.js';
import { createNodeTransport } from './node-transport.js';
import { type RawSend, rawSendOf } from './raw-exchange.js';

let sharedNodeSend: RawSend | undefined;

/**
 * The transport of a client created without `fetch`: one keep-alive `node:http` pool shared by all
 * such clients on Node (idle sockets never hold the process open), the global `fetch` elsewhere,
 * looked up at call time.
 */
export function defaultRawSend(): RawSend {
  if (isNodeRuntime()) {
    sharedNodeSend ??= rawSendOf(createNodeTransport());
    return sharedNodeSend;
  }
  return rawSendOf((input, init) => globalThis.fetch(input, init));
}
