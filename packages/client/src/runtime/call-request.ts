/** A `Request` class as openapi-fetch takes it (its `Request` option). */
export type RequestClass = new (input: RequestInfo | URL, init?: RequestInit) => Request;

interface CallRequestClass extends RequestClass {
  textOf(request: object): string | undefined;
  callerSignalOf(request: Request): AbortSignal | undefined;
}

// Defined on first use: reading the global `Request` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let callRequest: CallRequestClass | undefined;

/**
 * The `Request` class openapi-fetch builds a call with when it runs the call (see `direct-call.ts` for
 * when it does not): a standard `Request` that also remembers the serialised JSON text and the signal it
 * was given, so that the policy layer buffers the body from that text instead of reading the request's
 * stream back, and listens for aborts only when the caller passed a signal. Middleware still sees an
 * ordinary `Request`; one that replaces it gets its body and signal read as usual.
 */
export function callRequestClass(): CallRequestClass {
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

/** The JSON text a call's request was built with, or `undefined` (no body, another class, a non-text body). */
export function requestTextOf(request: Request): string | undefined {
  return callRequest?.textOf(request);
}

/**
 * The caller's own signal: `undefined` when the call was made without one, so that nothing waits on a
 * signal that cannot fire; `request.signal` for a request a middleware built.
 */
export function callerSignalOf(request: Request): AbortSignal | undefined {
  return callRequest ? callRequest.callerSignalOf(request) : request.signal;
}
