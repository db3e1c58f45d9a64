import type { IncomingHttpHeaders } from 'node:http';
import type * as Zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import type { UndiciDispatcher } from '../client-options.js';
import { isSecretKey } from '../logging/redact.js';
import { type Answer, type Bytes, type Send, withinLimit } from './exchange.js';
import { BodyBuffer, decodeBody } from './read-body.js';

// A name in a variable: bundlers for other runtimes then leave undici out instead of failing on its
// Node built-ins. It is loaded on Node only, on a client's first call.
const UNDICI = 'undici';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type CredentialedOptions = Dispatcher.DispatchOptions & { credentialOrigin?: string };

// undici's redirect handling drops `authorization`, `cookie` and `proxy-authorization` when a redirect
// leaves the origin; this sees every hop and drops the API's `x-custom-token` (and any header named
// like a credential) too. The headers of a followed redirect are a flat name, value list.
const dropCredentialsElsewhere: Dispatcher.DispatcherComposeInterceptor =
  (dispatch) => (opts: CredentialedOptions, handler) => {
    const { credentialOrigin, headers } = opts;
    if (credentialOrigin === undefined || String(opts.origin) === credentialOrigin || !Array.isArray(headers))
      return dispatch(opts, handler);
    const kept: string[] = [];
    for (let i = 0; i + 1 < headers.length; i += 2)
      if (!isSecretKey(String(headers[i]))) kept.push(String(headers[i]), String(headers[i + 1]));
    return dispatch({ ...opts, headers: kept }, handler);
  };

// Loaded once per process, by the first client made; `undefined` when undici cannot be loaded.
const loadModules = () =>
  Promise.all([
    import(/* webpackIgnore: true */ /* @vite-ignore */ UNDICI) as Promise<typeof import('undici')>,
    import('node:zlib'),
  ]).catch(() => undefined);
let modules: ReturnType<typeof loadModules> | undefined;

/**
 * The Node transport, or `undefined` when undici cannot be loaded: undici through `dispatcher`, or an
 * `Agent` of the client's own (keep-alive, at most 64 connections per origin), with undici's redirect
 * interceptor and its headers and body timeouts. Each exchange is dispatched with a handler that keeps the
 * body's chunks as they arrive (no stream in between) and stops past `maxResponseBytes`.
 */
export async function loadUndiciSend(
  dispatcher: UndiciDispatcher | undefined,
  maxResponseBytes: number,
): Promise<Send | undefined> {
  modules ??= loadModules();
  const loaded = await modules;
  if (!loaded) return undefined;
  const [undici, zlib] = loaded;
  const agent = ((dispatcher as Dispatcher | undefined) ?? new undici.Agent({ connections: 64 })).compose(
    dropCredentialsElsewhere,
    undici.interceptors.redirect({ maxRedirections: 20 }),
  );
  return (exchange) =>
    withinLimit(exchange, (onStop) => {
      const { redirect, timeoutMs } = exchange;
      const url = new URL(exchange.url);
      const handler = new AnswerHandler(url.href, redirect, maxResponseBytes, zlib);
      onStop(() => handler.fail(new Error('Stopped')));
      agent.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: exchange.method as Dispatcher.HttpMethod,
          headers: exchange.headers,
          body: exchange.body,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          credentialOrigin: url.origin,
          ...(redirect === 'follow' ? {} : { maxRedirections: 0 }),
        } as CredentialedOptions,
        handler,
      );
      return handler.answer;
    });
}

/** Gathers the answer of one exchange from undici's handler callbacks, its body chunk by chunk. */
class AnswerHandler implements Dispatcher.DispatchHandler {
  /** Settles once the answer is whole, or when the exchange fails. */
  readonly answer: Promise<Answer>;
  #resolve!: (answer: Answer | Promise<Answer>) => void;
  #reject!: (error: Error) => void;
  #controller: Dispatcher.DispatchController | undefined;
  #failure: Error | undefined;
  #history: readonly URL[] | undefined;
  // Set when the answer starts (undici calls `onResponseStart` before any data or the end).
  #statusText!: string;
  #headers!: IncomingHttpHeaders;
  #body!: BodyBuffer;

  constructor(
    readonly url: string,
    readonly redirect: RequestRedirect,
    readonly limit: number,
    readonly zlib: typeof Zlib,
  ) {
    this.answer = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  /** Ends the exchange with `error`: at once, and for undici as soon as it hands over its controller. */
  fail(error: Error): void {
    this.#failure ??= error;
    this.#reject(error);
    this.#controller?.abort(error);
  }

  onRequestStart(controller: Dispatcher.DispatchController, context?: { history?: readonly URL[] }): void {
    this.#controller = controller;
    this.#history = context?.history;
    if (this.#failure) controller.abort(this.#failure);
  }

  onResponseStart(
    _: Dispatcher.DispatchController,
    status: number,
    headers: IncomingHttpHeaders,
    statusText?: string,
  ): void {
    if (this.redirect === 'error' && REDIRECTS.has(status) && headers.location) {
      this.fail(new TypeError(`Redirect refused: ${status}`));
      return;
    }
    this.#statusText = statusText ?? '';
    this.#headers = headers;
    this.#body = new BodyBuffer(status, this.limit);
  }

  onResponseData(_: Dispatcher.DispatchController, chunk: Buffer): void {
    try {
      this.#body.add(chunk);
    } catch (error) {
      this.fail(error as Error);
    }
  }

  onResponseEnd(): void {
    const { status, limit } = this.#body;
    const raw = this.#headers;
    const encoding = raw['content-encoding'];
    const answer = (body: Bytes): Answer => {
      // undici's parser refuses header values with control characters, which is all the Fetch API refuses.
      const headers = new Headers();
      for (const name in raw) {
        const value = raw[name];
        if (typeof value === 'string') headers.append(name, value);
        else for (const one of value ?? []) headers.append(name, one);
      }
      const url = this.#history?.at(-1)?.href ?? this.url;
      return { status, statusText: this.#statusText, headers, body, url };
    };
    // No `accept-encoding` is sent; a body compressed anyway is decoded under the same limit.
    if (typeof encoding !== 'string') this.#resolve(answer(this.#body.bytes()));
    else this.#resolve(decodeBody(this.zlib, this.#body.bytes(), encoding, status, limit).then(answer));
  }

  onResponseError(_: Dispatcher.DispatchController, error: Error): void {
    this.#reject(error);
  }
}
