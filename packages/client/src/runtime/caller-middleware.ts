import type { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { RequestClass } from './call-request.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type CallInit = { middleware?: readonly unknown[]; Request?: unknown } | undefined;
type Call = (url: unknown, init?: CallInit) => Promise<unknown>;

/**
 * Watches the middleware the caller adds to `client` (after the client's own) and returns whether any is
 * registered. A call made with its own `middleware` option is built with `standard()` instead, so that
 * every middleware of the caller's, registered or per call, sees a standard `Request` it may read,
 * replace or send again.
 */
export function watchCallerMiddleware(client: Client<paths>, standard: () => RequestClass): () => boolean {
  const registered = new Map<Middleware, number>();
  const { use, eject } = client;
  client.use = (...middleware) => {
    use(...middleware);
    for (const item of middleware) if (item) registered.set(item, (registered.get(item) ?? 0) + 1);
  };
  client.eject = (...middleware) => {
    eject(...middleware);
    // openapi-fetch removes one registration per argument, as counted here.
    for (const item of middleware) {
      const count = registered.get(item) ?? 0;
      if (count > 1) registered.set(item, count - 1);
      else registered.delete(item);
    }
  };
  const withStandard = (init: CallInit): CallInit =>
    init?.middleware?.length ? { Request: standard(), ...init } : init;
  const calls = client as unknown as Record<(typeof METHODS)[number], Call>;
  for (const method of METHODS) {
    const original = calls[method];
    calls[method] = (url, init) => original(url, withStandard(init));
  }
  const request = client.request as unknown as (method: unknown, url: unknown, init?: CallInit) => unknown;
  (client as unknown as { request: typeof request }).request = (method, url, init) =>
    request(method, url, withStandard(init));
  return () => registered.size > 0;
}
