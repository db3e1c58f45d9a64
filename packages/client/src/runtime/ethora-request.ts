import type { Middleware } from 'openapi-fetch';
import { checkCallOptions } from '../check-options.js';
import type { EthoraCallOptions } from '../client-options.js';
import { checkPathParams } from './path-params.js';

/** What an {@link EthoraRequest} is made from: `RequestInit`, and the call's own options. */
export type EthoraRequestInit = RequestInit & EthoraCallOptions;

/**
 * The request object of every call: openapi-fetch builds it through its documented `Request` option,
 * with the URL, method, headers and body as openapi-fetch made them, and none of the body stream, URL
 * record and abort controller a standard `Request` sets up. Middleware use it as they would a `Request`:
 * read `url`, `method` and `signal`, change `headers` in place, read the body with `text()`, `json()` or
 * `arrayBuffer()` (as often as they like). A middleware that replaces the request returns
 * `new EthoraRequest(request, init)`: openapi-fetch accepts only instances of the class it builds with.
 */
export class EthoraRequest implements Request, EthoraCallOptions {
  /** The absolute URL. */
  readonly url: string;
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The headers, request id included; credentials are added per attempt and never appear here. */
  readonly headers: Headers;
  /** Redirect mode, `follow` unless the call said otherwise. */
  readonly redirect: Request['redirect'];
  /** The body as openapi-fetch serialised it (a string for JSON), or `undefined`. */
  readonly content: NonNullable<RequestInit['body']> | undefined;
  /** The caller's signal, or `undefined` when the call has none. */
  readonly callerSignal: AbortSignal | undefined;
  /** Path template of the operation (`/v2/apps/{appId}`), set by the client's first middleware. */
  schemaPath: string | undefined;
  /** How openapi-fetch will read a 2xx body (`json` unless the call chose otherwise). */
  parseAs: string | undefined;
  // The call's own options (see `EthoraCallOptions`).
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
  deadlineMs: number | undefined;
  idempotent: boolean | undefined;
  // Fetch settings a server-side request never uses, with the defaults of `Request`.
  readonly cache: Request['cache'] = 'default';
  readonly credentials: Request['credentials'] = 'same-origin';
  readonly destination: Request['destination'] = '';
  readonly integrity: string = '';
  readonly keepalive: boolean = false;
  readonly mode: Request['mode'] = 'cors';
  readonly referrer: string = 'about:client';
  readonly referrerPolicy: Request['referrerPolicy'] = '';
  /** `'half'`, as fetch requires of a request with a body. */
  readonly duplex = 'half';

  /**
   * Makes a request from a URL, or from the request a middleware received with `init` changing some of
   * it, as `new Request(request, init)` does.
   */
  constructor(input: string | URL | Request | EthoraRequest, init: EthoraRequestInit = {}) {
    const from = input instanceof EthoraRequest ? input : undefined;
    this.url = from ? from.url : String(input);
    this.method = (init.method ?? from?.method ?? 'GET').toUpperCase();
    this.headers =
      init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? from?.headers);
    this.content = init.body === undefined ? from?.content : (init.body ?? undefined);
    this.redirect = init.redirect ?? from?.redirect ?? 'follow';
    this.callerSignal = init.signal ?? from?.callerSignal;
    this.schemaPath = from?.schemaPath;
    this.parseAs = from?.parseAs;
    // Set here, so that openapi-fetch finds them and does not copy them again.
    this.timeoutMs = init.timeoutMs ?? from?.timeoutMs;
    this.maxRetries = init.maxRetries ?? from?.maxRetries;
    this.deadlineMs = init.deadlineMs ?? from?.deadlineMs;
    this.idempotent = init.idempotent ?? from?.idempotent;
    if (this.content !== undefined && (this.method === 'GET' || this.method === 'HEAD'))
      throw new TypeError(`A ${this.method} request cannot have a body.`);
  }

  /** The caller's signal, or one that never aborts. */
  get signal(): AbortSignal {
    return this.callerSignal ?? new AbortController().signal;
  }

  /** The body as a stream, made on each read of this property. */
  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.content === undefined ? null : this.#standard().body;
  }

  /** Always `false`: reading the body leaves it in place for the next reader and for sending. */
  get bodyUsed(): boolean {
    return false;
  }

  /** The body as text. */
  text(): Promise<string> {
    return typeof this.content === 'string' ? Promise.resolve(this.content) : this.#standard().text();
  }

  /** The body parsed as JSON. */
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** The body as bytes. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#standard().arrayBuffer();
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#standard().bytes();
  }

  blob(): Promise<Blob> {
    return this.#standard().blob();
  }

  formData(): Promise<FormData> {
    return this.#standard().formData();
  }

  // A standard body over the same content, made for each read so that the content stays readable.
  #standard(): Response {
    return new Response(this.content ?? null, { headers: this.headers });
  }

  /** A copy with its own headers. */
  clone(): EthoraRequest {
    return new EthoraRequest(this);
  }
}

/**
 * The client's first middleware: checks the call's own options and its path parameters
 * (`EthoraValidationError` before anything is sent), records the path template and parse
 * mode for the client's `fetch`, and sets the request id header (unless the call set one), so that
 * later middleware and every retry see one id.
 */
export function callFactsMiddleware(
  requestIdHeader: string | undefined,
  generateRequestId: () => string,
): Middleware {
  return {
    onRequest({ request, schemaPath, params, options }) {
      const call = request as unknown as EthoraRequest;
      checkCallOptions(call);
      // Here rather than in a path serializer, which a call can replace with its own.
      checkPathParams(schemaPath, params.path ?? {});
      call.schemaPath = schemaPath;
      call.parseAs = options.parseAs;
      if (requestIdHeader && !request.headers.has(requestIdHeader))
        request.headers.set(requestIdHeader, generateRequestId());
      return undefined;
    },
  };
}
