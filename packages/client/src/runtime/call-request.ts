/** The `Request` class openapi-fetch builds each call with; it keeps what the call was given. */
export interface CallRequestClass {
  new (input: RequestInfo | URL, init?: RequestInit): Request;
  /** The text body `request` was built with, or `undefined` (another class, or a non-text body). */
  textOf(request: Request): string | undefined;
  /**
   * The caller's own signal: `undefined` when the call was made without one, so that nothing waits
   * on the signal every `Request` carries; `request.signal` for a request of another class.
   */
  callerSignalOf(request: Request): AbortSignal | undefined;
}

// Defined on first use: reading the global `Request` loads Node's fetch implementation (~15 ms),
// which importing the package should not pay for.
let callRequest: CallRequestClass | undefined;

/**
 * A standard `Request` that also remembers the serialised JSON text and the signal it was given,
 * so that the policy layer buffers the body from that text instead of reading the request's stream
 * back, and listens for aborts only when the caller passed a signal. Middleware still sees an
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

    static textOf(request: Request): string | undefined {
      return #text in request ? (request as CallRequest).#text : undefined;
    }

    static callerSignalOf(request: Request): AbortSignal | undefined {
      return #callerSignal in request ? (request as CallRequest).#callerSignal : request.signal;
    }
  };
  return callRequest;
}
