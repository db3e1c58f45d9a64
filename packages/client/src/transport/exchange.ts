import type { FetchLike, UndiciDispatcher } from '../client-options.js';
import { BodyBuffer } from './read-body.js';
import { loadUndiciSend } from './undici-send.js';

/** Bytes of a body, backed by a plain `ArrayBuffer` as the Fetch API expects. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** One attempt of a call as a transport sends it: lowercase header names, a body that can be sent again. */
export interface Exchange {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Bytes | undefined;
  readonly redirect: RequestRedirect;
  /** The caller's signal, if any: its abort rejects the exchange with the signal's reason. */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds the whole exchange may take; past them it rejects with {@link AttemptTimeout}. */
  readonly timeoutMs: number;
}

/** A complete answer: the body is fully read (and decoded) within the exchange's time limit. */
export interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Bytes;
  /** Final URL, after redirects. */
  readonly url: string;
}

/** Sends one {@link Exchange}; rejects on network failure, when its signal aborts or when its time runs out. */
export type Send = (exchange: Exchange) => Promise<Answer>;

/** The rejection of an exchange whose `timeoutMs` ran out. */
export class AttemptTimeout extends Error {
  override name = 'TimeoutError';
}

/**
 * Runs one exchange under its time limit and the caller's signal: `start` sends it and says how to stop
 * it. A stopped exchange rejects with {@link AttemptTimeout} or the caller's reason, whatever the
 * transport threw; the timer and the listener are gone however it ends.
 */
export async function withinLimit(
  exchange: Exchange,
  start: (onStop: (stop: () => void) => void) => Promise<Answer>,
): Promise<Answer> {
  const { signal, timeoutMs } = exchange;
  if (signal?.aborted) throw signal.reason;
  let stop = () => {};
  let reason: unknown;
  const end = (why: unknown) => {
    reason ??= why;
    stop();
  };
  const timer = setTimeout(() => end(new AttemptTimeout(`Timed out after ${timeoutMs} ms`)), timeoutMs);
  const onAbort = () => end(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await start((fn) => {
      stop = fn;
    });
  } catch (error) {
    throw reason ?? error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The transport over a `fetch` function: the global one off Node, or the caller's `fetch` option. The body
 * (which `fetch` decodes) is read chunk by chunk and cancelled past `maxResponseBytes`.
 */
export function fetchSend(fetchImpl: FetchLike, maxResponseBytes: number): Send {
  return (exchange) =>
    withinLimit(exchange, async (onStop) => {
      // `fetch` stops only through a signal: one per exchange, fired by the limit or the caller's abort.
      const controller = new AbortController();
      onStop(() => controller.abort());
      const { url, method, headers, body, redirect } = exchange;
      const response = await fetchImpl(url, { method, headers, body, redirect, signal: controller.signal });
      const { status, statusText } = response;
      const received = new BodyBuffer(status, maxResponseBytes);
      const reader = response.body?.getReader();
      if (reader)
        try {
          for (let next = await reader.read(); !next.done; next = await reader.read())
            received.add(next.value);
        } finally {
          // Ends the stream when reading stops early (past the size limit); a no-op once it is done.
          reader.cancel().catch(() => {});
        }
      return {
        status,
        statusText,
        headers: response.headers,
        body: received.bytes(),
        url: response.url || url,
      };
    });
}

/**
 * The transport of a client without a `fetch` option: on Node undici, whose loading starts with the
 * client (the global `fetch` if it cannot be loaded, as in a bundle that left it out); elsewhere (Bun,
 * Deno, edge runtimes, which may imitate `process` but not Node's user agent) the global `fetch`.
 */
export function defaultSend(dispatcher: UndiciDispatcher | undefined, maxResponseBytes: number): Send {
  const viaFetch = fetchSend((input, init) => globalThis.fetch(input, init), maxResponseBytes);
  const { process, Deno, navigator } = globalThis as Partial<typeof globalThis> & { Deno?: unknown };
  const userAgent = navigator?.userAgent ?? 'Node.js';
  if (!process?.versions?.node || process.versions.bun || Deno || !userAgent.startsWith('Node.js'))
    return viaFetch;
  let send: Send | undefined;
  const loading = loadUndiciSend(dispatcher, maxResponseBytes).then((loaded) => {
    send = loaded ?? viaFetch;
    return send;
  });
  // A failure to set up undici is reported by the first call, never as an unhandled rejection.
  loading.catch(() => {});
  return (exchange) => (send ? send(exchange) : loading.then((loaded) => loaded(exchange)));
}
