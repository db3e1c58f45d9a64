import type { Middleware } from 'openapi-fetch';
import { callRequestClass } from './call-request.js';

/** What the `onResponse` hooks of a call made without a `Request` are told about it. */
export interface HookedCall {
  readonly schemaPath: string;
  readonly params: object;
  /** Options as openapi-fetch lists them to middleware (base URL, serialisers, parse mode, fetch). */
  readonly options: object;
  /** The standard `Request` openapi-fetch would have built, made only if a hook reads it. */
  readonly request: () => Request;
}

/** True when each middleware only reads answers (`onResponse`), so a call needs no `Request` before it is sent. */
export function onlyResponseHooks(middleware: readonly Middleware[]): boolean {
  for (const item of middleware) {
    const hooks = item as { onRequest?: unknown; onError?: unknown };
    if (typeof hooks.onRequest === 'function' || typeof hooks.onError === 'function') return false;
  }
  return true;
}

/**
 * Runs the `onResponse` hooks of the caller's middleware as openapi-fetch does (last registered first,
 * each may replace the response with another `Response`), for a call sent without a `Request`: the
 * `request` each hook receives is the standard one, built from the call on first read.
 */
export async function runResponseHooks(
  middleware: readonly Middleware[],
  call: HookedCall,
  response: Response,
): Promise<Response> {
  const id = Math.random().toString(36).slice(2, 11);
  let request: Request | undefined;
  let current = response;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const onResponse = (middleware[i] as { onResponse?: unknown }).onResponse;
    if (typeof onResponse !== 'function') continue;
    const params = {
      response: current,
      schemaPath: call.schemaPath,
      params: call.params,
      options: call.options,
      id,
      get request(): Request {
        request ??= call.request();
        return request;
      },
      set request(value: Request) {
        request = value;
      },
    };
    const result: unknown = await onResponse.call(middleware[i], params);
    if (result) {
      if (!(result instanceof Response))
        throw new Error('onResponse: must return new Response() when modifying the response');
      current = result;
    }
  }
  return current;
}

// openapi-fetch's own options of a call: they stay out of the `Request` it builds.
const OPENAPI_FETCH_KEYS = new Set([
  'baseUrl',
  'fetch',
  'Request',
  'headers',
  'params',
  'parseAs',
  'querySerializer',
  'bodySerializer',
  'pathSerializer',
  'body',
  'middleware',
]);

/**
 * The standard `Request` openapi-fetch builds for a call: the same URL, method, headers (request id
 * included) and text body, and the call's other options copied onto it as openapi-fetch copies them.
 */
export function standardRequestOf(
  url: string,
  method: string,
  headers: Readonly<Record<string, string>>,
  text: string | undefined,
  init: object,
): Request {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(init)) if (!OPENAPI_FETCH_KEYS.has(key)) rest[key] = value;
  const request = new (callRequestClass())(url, {
    redirect: 'follow',
    ...rest,
    method,
    body: text,
    headers,
  }) as Request & Record<string, unknown>;
  for (const key in rest) if (!(key in request)) request[key] = rest[key];
  return request;
}
