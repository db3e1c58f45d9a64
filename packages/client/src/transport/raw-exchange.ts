/** Bytes of a body, backed by a plain `ArrayBuffer` as the Fetch API expects. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** One HTTP exchange as the retry loop sends it: a buffered body that can be sent again as is. */
export interface RawRequest {
  readonly url: string;
  readonly method: string;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Bytes | undefined;
  readonly signal: AbortSignal;
  readonly redirect: RequestRedirect;
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

/** Sends one {@link RawRequest}; rejects on network failure or when its signal aborts. */
export type RawSend = (request: RawRequest) => Promise<RawResponse>;

/** A `fetch` implementation, as accepted by the `fetch` option. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Key of the raw sender a transport of this package carries next to its `fetch` face. */
export const RAW_SEND: unique symbol = Symbol.for('ethora.client.rawSend');

const EMPTY: Bytes = new Uint8Array(0);

/** The raw sender of `fetchImpl`: its own fast path when it has one, else `fetch` plus a full body read. */
export function rawSendOf(fetchImpl: FetchLike): RawSend {
  const own = (fetchImpl as FetchLike & { [RAW_SEND]?: RawSend })[RAW_SEND];
  if (typeof own === 'function') return own;
  return async (request) => {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      redirect: request.redirect,
    });
    // Reading the body here, under the attempt's signal, makes a slow or cut body a timeout or a
    // network error of this attempt rather than a hang or a crash in the caller's parse.
    const body = response.body ? new Uint8Array(await response.arrayBuffer()) : EMPTY;
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body,
      url: response.url || request.url,
    };
  };
}

/** Statuses whose responses never have a body. */
export function isNullBodyStatus(status: number): boolean {
  return status === 101 || status === 204 || status === 205 || status === 304;
}
