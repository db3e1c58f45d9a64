/** Bytes of a body, backed by a plain `ArrayBuffer` as the Fetch API expects. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** One HTTP exchange as the retry loop sends it: a buffered body that can be sent again as is. */
export interface RawRequest {
  readonly url: string;
  readonly method: string;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Bytes | undefined;
  /** The caller's signal, if any: its abort ends the exchange, which rejects with the signal's reason. */
  readonly signal: AbortSignal | undefined;
  /**
   * Milliseconds the whole exchange (redirects and body included) may take; past it the exchange is
   * torn down and rejects with an {@link AttemptTimeout}. `undefined`: no limit.
   */
  readonly timeoutMs: number | undefined;
  readonly redirect: RequestRedirect;
}

/**
 * The rejection of a {@link RawSend} whose `timeoutMs` ran out. The transport keeps its own timer, so
 * that an attempt without a caller's signal needs no `AbortController` at all on the `node:http` path.
 */
export class AttemptTimeout extends Error {
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`Timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** A complete answer: the body is fully read (and decompressed), so a timeout covers it too. */
export interface RawResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Bytes;
  /** Final URL, after redirects. */
  readonly url: string;
}

/** Sends one {@link RawRequest}; rejects on network failure, when its signal aborts or when its time runs out. */
export type RawSend = (request: RawRequest) => Promise<RawResponse>;

/** A `fetch` implementation, as accepted by the `fetch` option. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Key of the raw sender a transport of this package carries next to its `fetch` face. The key names the
 * {@link RawRequest} contract's version, so that a transport of another copy of the package with a
 * different contract is used through its `fetch` face instead.
 */
export const RAW_SEND: unique symbol = Symbol.for('ethora.client.rawSend.v2');

const EMPTY: Bytes = new Uint8Array(0);

/** The raw sender of `fetchImpl`: its own fast path when it has one, else `fetch` plus a full body read. */
export function rawSendOf(fetchImpl: FetchLike): RawSend {
  const own = (fetchImpl as FetchLike & { [RAW_SEND]?: RawSend })[RAW_SEND];
  if (typeof own === 'function') return own;
  return async (request) => {
    const { signal: callerSignal, timeoutMs } = request;
    if (callerSignal?.aborted) throw callerSignal.reason;
    // `fetch` stops only through a signal: one per exchange, fired by its timer or the caller's abort.
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort(new AttemptTimeout(timeoutMs));
          }, timeoutMs);
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
        redirect: request.redirect,
      });
      // Reading the body here, under the same signal, makes a slow or cut body a timeout or a network
      // error of this exchange rather than a hang or a crash in the caller's parse.
      const body = response.body ? new Uint8Array(await response.arrayBuffer()) : EMPTY;
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body,
        url: response.url || request.url,
      };
    } catch (error) {
      // An injected fetch may reject with its own error on abort: report what actually happened.
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timedOut) throw new AttemptTimeout(timeoutMs as number);
      throw error;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  };
}

/** Statuses whose responses never have a body. */
export function isNullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304;
}
