import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { type CallInit, canCallDirectly, type DirectCall } from './direct-call.js';
import { onlyResponseHooks } from './response-hooks.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Call = (url: string, init?: CallInit) => Promise<unknown>;

const NONE: readonly Middleware[] = [];

/**
 * Routes the calls of `client`: straight to `direct` while the caller's middleware only reads answers
 * (none at all, or `onResponse` hooks alone) and the call is one `direct` takes; through openapi-fetch
 * otherwise, so that a middleware that may change or replace the request, or handle errors, sees a
 * standard `Request` as openapi-fetch documents. Middleware registered before this runs (the client's
 * own) is not the caller's.
 */
export function routeCalls(client: Client<paths>, direct: DirectCall): void {
  // The caller's middleware in openapi-fetch's order, kept in step with its own list.
  const callers: Middleware[] = [];
  const { use, eject } = client;
  client.use = (...middleware) => {
    use(...middleware);
    for (const item of middleware) if (item) callers.push(item);
  };
  client.eject = (...middleware) => {
    eject(...middleware);
    for (const item of middleware) {
      const index = callers.indexOf(item);
      if (index !== -1) callers.splice(index, 1);
    }
  };
  // The middleware a direct call runs (a snapshot, as openapi-fetch takes one), or `undefined` for none.
  const directHooks = (method: string, init: CallInit | undefined): readonly Middleware[] | undefined => {
    if (!canCallDirectly(method, init)) return undefined;
    if (callers.length === 0) return NONE;
    return onlyResponseHooks(callers) ? [...callers] : undefined;
  };
  const calls = client as unknown as Record<(typeof METHODS)[number], Call>;
  for (const method of METHODS) {
    const viaOpenapiFetch = calls[method];
    calls[method] = (url, init) => {
      const hooks = directHooks(method, init);
      return hooks ? direct(method, url, init, hooks) : viaOpenapiFetch(url, init);
    };
  }
  const request = client.request as unknown as (method: string, url: string, init?: CallInit) => unknown;
  (client as unknown as { request: typeof request }).request = (method, url, init) => {
    const upper = typeof method === 'string' ? method.toUpperCase() : method;
    const hooks = directHooks(upper, init);
    return hooks ? direct(upper, url, init, hooks) : request(method, url, init);
  };
}
