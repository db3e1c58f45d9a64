// Methods a lite request stands for; any other (TRACE, CONNECT, a custom token) is left to the standard
// `Request`, which normalises or refuses it.
const LITE_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']);
// `RequestInit` members a lite request does not model: a call that sets one gets a standard `Request`,
// which checks the value and keeps it.
const UNMODELLED_INIT = [
  'cache',
  'credentials',
  'integrity',
  'keepalive',
  'mode',
  'referrer',
  'referrerPolicy',
  'priority',
  'duplex',
  'window',
] as const;

/**
 * The URL of a call a {@link LiteRequest} can stand for, or `undefined` when it needs a standard
 * `Request`: a text or empty body, a standard method, the fresh `Headers` openapi-fetch builds, no
 * unmodelled `RequestInit` member, and a valid URL without credentials (which `Request` refuses).
 */
export function liteUrlOf(input: unknown, init: RequestInit | undefined): string | undefined {
  if (typeof input !== 'string' || init === undefined || !(init.headers instanceof Headers)) return undefined;
  const method = init.method ?? 'GET';
  if (!LITE_METHODS.has(method)) return undefined;
  const { body } = init;
  if (body !== undefined && body !== null) {
    if (typeof body !== 'string' || method === 'GET' || method === 'HEAD') return undefined;
  }
  const fields = init as Record<string, unknown>;
  for (const name of UNMODELLED_INIT) if (fields[name] !== undefined) return undefined;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    // The standard `Request` throws its own TypeError for it.
    return undefined;
  }
  return url.username || url.password ? undefined : url.href;
}

/**
 * What openapi-fetch builds a call with while no middleware of the caller's can see it: the URL, method,
 * headers, text body and signal of the call, without the body stream and the `AbortController` that
 * constructing a standard `Request` costs on every call. The client's own middleware and transport read
 * only those. Anything else (`text()`, `clone()`, `body`, `cache`...) builds the standard `Request` from
 * the same arguments on first use and answers from it, so a reader still sees the Fetch API.
 */
export class LiteRequest {
  readonly #url: string;
  readonly #init: RequestInit;
  readonly #headers: Headers;
  readonly #text: string | undefined;
  #signal: AbortSignal | undefined;
  #standard: Request | undefined;

  /** `url` must come from {@link liteUrlOf} for the same arguments. */
  constructor(url: string, init: RequestInit) {
    this.#url = url;
    this.#init = init;
    // openapi-fetch builds these headers for this call alone: they are adopted, not copied.
    this.#headers = init.headers as Headers;
    this.#text = typeof init.body === 'string' ? init.body : undefined;
    if (this.#text !== undefined && !this.#headers.has('content-type'))
      this.#headers.set('content-type', 'text/plain;charset=UTF-8');
    this.#signal = init.signal ?? undefined;
  }

  /** The text body of a lite request (`undefined` without one), or `undefined` for any other object. */
  static textOf(request: object): string | undefined {
    return #text in request ? request.#text : undefined;
  }

  /** True when `value` is a lite request. */
  static is(value: unknown): value is LiteRequest {
    return typeof value === 'object' && value !== null && #text in value;
  }

  /** The signal the call was given, `undefined` without one; a lite request never makes its own to listen to. */
  static callerSignalOf(request: LiteRequest): AbortSignal | undefined {
    return request.#init.signal ?? undefined;
  }

  // The standard Request with the same arguments, built once when first needed.
  #standardRequest(): Request {
    this.#standard ??= new Request(this.#url, { ...this.#init, headers: this.#headers });
    return this.#standard;
  }

  get url(): string {
    return this.#url;
  }

  get method(): string {
    return this.#init.method ?? 'GET';
  }

  get headers(): Headers {
    return this.#standard?.headers ?? this.#headers;
  }

  get redirect(): RequestRedirect {
    return this.#init.redirect ?? 'follow';
  }

  get signal(): AbortSignal {
    if (this.#standard) return this.#standard.signal;
    this.#signal ??= new AbortController().signal;
    return this.#signal;
  }

  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#text === undefined ? null : this.#standardRequest().body;
  }

  get bodyUsed(): boolean {
    return this.#standard?.bodyUsed ?? false;
  }

  get cache(): RequestCache {
    return this.#standardRequest().cache;
  }

  get credentials(): RequestCredentials {
    return this.#standardRequest().credentials;
  }

  get destination(): RequestDestination {
    return this.#standardRequest().destination;
  }

  get integrity(): string {
    return this.#standardRequest().integrity;
  }

  get keepalive(): boolean {
    return this.#standardRequest().keepalive;
  }

  get mode(): RequestMode {
    return this.#standardRequest().mode;
  }

  get referrer(): string {
    return this.#standardRequest().referrer;
  }

  get referrerPolicy(): ReferrerPolicy {
    return this.#standardRequest().referrerPolicy;
  }

  get [Symbol.toStringTag](): string {
    return 'Request';
  }

  /** A standard copy of this request. */
  clone(): Request {
    return this.#standardRequest().clone();
  }

  /** The body as bytes. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#standardRequest().arrayBuffer();
  }

  /** The body as bytes. */
  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#standardRequest().bytes();
  }

  /** The body as a Blob. */
  blob(): Promise<Blob> {
    return this.#standardRequest().blob();
  }

  /** The body as form data. */
  formData(): Promise<FormData> {
    return this.#standardRequest().formData();
  }

  /** The body parsed as JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: the signature of Request.json().
  json(): Promise<any> {
    return this.#standardRequest().json();
  }

  /** The body as text. */
  text(): Promise<string> {
    return this.#standardRequest().text();
  }
}
