import { LiteRequest, liteUrlOf } from './lite-request.js';

/** A `Request` class as openapi-fetch takes it (its `Request` option). */
export type RequestClass = new (input: RequestInfo | URL, init?: RequestInit) => Request;

// Defined on first use: reading the global `Request` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let callRequest:
  | (RequestClass & {
      textOf(request: object): string | undefined;
      callerSignalOf(request: Request): AbortSignal | undefined;
    })
  | undefined;

/**
 * A standard `Request` that also remembers the serialised JSON text and the signal it was given, so that
 * the policy layer buffers the body from that text instead of reading the request's stream back, and
 * listens for aborts only when the caller passed a signal. It is what a call gets when a middleware of
 * the caller's may see (or replace) the request; one that replaces it gets its body and signal read as usual.
 */
export function standardRequestClass(): RequestClass {
  callRequest ??= class CallRequest extends Request {
    readonly #text: string | undefined;
    readonly #callerSignal: AbortSignal | undefined;

    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(input, init);
      this.#text = typeof init?.body === 'string' ? init.body : undefined;
      this.#callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    }

    // openapi-fetch checks what middleware returns with `instanceof` against the class it was given:
    // any standard Request a middleware builds must still pass.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Request;
    }

    static textOf(request: object): string | undefined {
      return #text in request ? request.#text : undefined;
    }

    static callerSignalOf(request: Request): AbortSignal | undefined {
      return #callerSignal in request ? request.#callerSignal : request.signal;
    }
  };
  return callRequest;
}

/**
 * The `Request` class a client gives openapi-fetch. While `needsStandard()` is false (no middleware of
 * the caller's is registered), each call is built as a {@link LiteRequest}; otherwise, or for a call the
 * lite form does not model, as a standard `Request` (see {@link standardRequestClass}).
 */
export function callRequestFactory(needsStandard: () => boolean): RequestClass {
  return class CallRequestFactory {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      const liteUrl = needsStandard() ? undefined : liteUrlOf(input, init);
      // A constructor may return another object: `new` then yields it.
      // biome-ignore lint/correctness/noConstructorReturn: chooses the request's form per call.
      if (liteUrl !== undefined) return new LiteRequest(liteUrl, init as RequestInit) as unknown as Request;
      // biome-ignore lint/correctness/noConstructorReturn: chooses the request's form per call.
      return new (standardRequestClass())(input, init);
    }

    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Request || LiteRequest.is(value);
    }
  } as unknown as RequestClass;
}

/** The JSON text a call's request was built with, or `undefined` (no body, or a non-text one). */
export function requestTextOf(request: Request): string | undefined {
  return LiteRequest.textOf(request) ?? callRequest?.textOf(request);
}

/** True when the request carries no body, known without reading or building any body stream. */
export function hasNoBody(request: Request): boolean {
  return LiteRequest.is(request) ? LiteRequest.textOf(request) === undefined : request.body === null;
}

/**
 * The caller's own signal: `undefined` when the call was made without one, so that nothing waits on a
 * signal that cannot fire; `request.signal` for a request a middleware of the caller's built.
 */
export function callerSignalOf(request: Request): AbortSignal | undefined {
  if (LiteRequest.is(request)) return LiteRequest.callerSignalOf(request);
  return callRequest ? callRequest.callerSignalOf(request) : request.signal;
}
