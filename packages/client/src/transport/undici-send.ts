import type { Dispatcher } from 'undici';
import type { UndiciDispatcher } from '../client-options.js';
import { isSecretKey } from '../logging/redact.js';
import { type Send, withinLimit } from './exchange.js';
import { decodeBody, readBody } from './read-body.js';

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
    import('node:events'),
    import('node:zlib'),
  ]).catch(() => undefined);
let modules: ReturnType<typeof loadModules> | undefined;

/**
 * The Node transport, or `undefined` when undici cannot be loaded: undici through `dispatcher`, or an
 * `Agent` of the client's own (keep-alive, at most 64 connections per origin), with undici's redirect
 * interceptor and its headers and body timeouts. An exchange is stopped through an `EventEmitter`
 * signal, which undici handles much faster than an `AbortSignal`.
 */
export async function loadUndiciSend(
  dispatcher: UndiciDispatcher | undefined,
  maxResponseBytes: number,
): Promise<Send | undefined> {
  modules ??= loadModules();
  const loaded = await modules;
  if (!loaded) return undefined;
  const [undici, { EventEmitter }, zlib] = loaded;
  const agent = ((dispatcher as Dispatcher | undefined) ?? new undici.Agent({ connections: 64 })).compose(
    dropCredentialsElsewhere,
    undici.interceptors.redirect({ maxRedirections: 20 }),
  );
  return (exchange) =>
    withinLimit(exchange, async (onStop) => {
      const { redirect, timeoutMs } = exchange;
      const url = new URL(exchange.url);
      const signal = new EventEmitter();
      onStop(() => signal.emit('abort'));
      const response = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: exchange.method as Dispatcher.HttpMethod,
        headers: exchange.headers,
        body: exchange.body,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        credentialOrigin: url.origin,
        ...(redirect === 'follow' ? {} : { maxRedirections: 0 }),
      } as Dispatcher.RequestOptions);
      const { statusCode: status, statusText, headers: raw } = response;
      if (redirect === 'error' && REDIRECTS.has(status) && raw.location) {
        await response.body.dump();
        throw new TypeError(`Redirect refused: ${status}`);
      }
      // No `accept-encoding` is sent; a body compressed anyway is decoded under the same limit.
      let body = await readBody(response.body, status, maxResponseBytes);
      const encoding = raw['content-encoding'];
      if (typeof encoding === 'string')
        body = await decodeBody(zlib, body, encoding, status, maxResponseBytes);
      // undici's parser refuses header values with control characters, which is all the Fetch API refuses.
      const headers = new Headers();
      for (const name in raw) {
        const value = raw[name];
        if (typeof value === 'string') headers.append(name, value);
        else for (const one of value ?? []) headers.append(name, one);
      }
      const history = (response.context as { history?: readonly URL[] } | undefined)?.history;
      return { status, statusText, headers, body, url: history?.at(-1)?.href ?? url.href };
    });
}
