import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type HeadersOptions,
  type Middleware,
  mergeHeaders,
  type PathSerializer,
  type QuerySerializerOptions,
  removeTrailingSlash,
} from 'openapi-fetch';
import { operationInfo } from '../generated/operations.js';
import { type CallFacts, callOverridesOf } from './call-facts.js';
import type { EthoraCallOptions } from './call-options.js';
import { planOf } from './call-plan.js';
import type { CallPolicy } from './policy-fetch.js';
import { runResponseHooks, standardRequestOf } from './response-hooks.js';

/** The options of one call as openapi-fetch reads them, plus the client's own. */
export interface CallInit extends EthoraCallOptions {
  baseUrl?: string;
  fetch?: unknown;
  Request?: unknown;
  middleware?: readonly unknown[];
  headers?: HeadersOptions;
  params?: {
    query?: Record<string, unknown>;
    path?: Record<string, unknown>;
    header?: HeadersOptions;
  };
  parseAs?: string;
  querySerializer?: ((query: Record<string, unknown>) => string) | QuerySerializerOptions;
  bodySerializer?: unknown;
  pathSerializer?: PathSerializer;
  body?: unknown;
  signal?: AbortSignal | null;
  redirect?: RequestRedirect;
}

/** The `{ data, error, response }` result of a call, as openapi-fetch shapes it. */
export type CallResult =
  | { readonly data: unknown; readonly error?: undefined; readonly response: Response }
  | { readonly data?: undefined; readonly error: unknown; readonly response: Response };

/**
 * Runs one call without a `Request`; `responseHooks` are the caller's middleware, all of which only
 * read answers (see `response-hooks.ts`).
 */
export type DirectCall = (
  method: string,
  schemaPath: string,
  init: CallInit | undefined,
  responseHooks: readonly Middleware[],
) => Promise<CallResult>;

/** Settings of {@link createDirectCall}. */
export interface DirectCallSettings {
  /** The client's base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** Headers of every request (the client's `headers` option). */
  readonly headers: HeadersOptions | undefined;
  readonly requestIdHeader: string | undefined;
  readonly generateRequestId: () => string;
  readonly policy: CallPolicy;
}

const DIRECT_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH']);
const REDIRECTS = new Set(['follow', 'error', 'manual']);
// `RequestInit` members a standard `Request` checks: a call that sets one is built as one.
const REQUEST_ONLY = [
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
const JSON_TYPE = { 'Content-Type': 'application/json' };
// openapi-fetch's serialiser reads the content type from a plain record as well as from `Headers`.
const bodySerializer = defaultBodySerializer as (body: unknown, headers: object) => unknown;
const encoder = new TextEncoder();

/**
 * True when the call can skip openapi-fetch's `Request` and middleware (see {@link createDirectCall}):
 * a method `Request` accepts, a body it would take, and no per-call `fetch`, `Request`, `middleware`,
 * `bodySerializer` or `Request`-only option. Anything else goes through openapi-fetch, which then
 * checks it (and throws the same `TypeError` as ever for, say, a GET with a body).
 */
export function canCallDirectly(method: string, init: CallInit | undefined): boolean {
  if (!DIRECT_METHODS.has(method)) return false;
  if (init === undefined) return true;
  if (init.fetch !== undefined || init.Request !== undefined || init.bodySerializer !== undefined)
    return false;
  if (init.middleware?.length) return false;
  if (init.body !== undefined && (method === 'GET' || method === 'HEAD' || init.body instanceof FormData))
    return false;
  if (init.signal != null && !(init.signal instanceof AbortSignal)) return false;
  if (init.redirect !== undefined && !REDIRECTS.has(init.redirect)) return false;
  const fields = init as Record<string, unknown>;
  for (const name of REQUEST_ONLY) if (fields[name] !== undefined) return false;
  return true;
}

/**
 * Runs calls without building a `Request`: while the caller has added no middleware, nothing can see
 * one, and building it (headers object, URL record, body stream, `AbortController`) is most of what a
 * call costs on top of the transport. The URL, headers and body are made with openapi-fetch's own
 * serialisers and merge rules, and the result is read as openapi-fetch reads it, so a call answers
 * the same either way; only the work in between is skipped.
 */
export function createDirectCall(settings: DirectCallSettings): DirectCall {
  const defaultQuery = createQuerySerializer();
  const { policy, requestIdHeader } = settings;
  // The client's headers, normalised once (on the first call: `Headers` loads Node's fetch implementation).
  let plainBase: Record<string, string> | undefined;
  let jsonBase: Record<string, string> | undefined;

  const headersFor = (init: CallInit, json: boolean): Record<string, string> => {
    const header = init.params?.header;
    if (init.headers === undefined && header === undefined) {
      if (json) {
        jsonBase ??= recordOf(mergeHeaders(JSON_TYPE, settings.headers));
        return { ...jsonBase };
      }
      plainBase ??= recordOf(mergeHeaders(settings.headers));
      return { ...plainBase };
    }
    return recordOf(mergeHeaders(json ? JSON_TYPE : undefined, settings.headers, init.headers, header));
  };

  return async (method, schemaPath, init = {}, responseHooks) => {
    const params = init.params ?? {};
    let querySerializer: (query: unknown) => string = defaultQuery;
    if (init.querySerializer) {
      querySerializer =
        typeof init.querySerializer === 'function'
          ? (init.querySerializer as (query: unknown) => string)
          : createQuerySerializer({ ...init.querySerializer });
    }
    const baseUrl = init.baseUrl ? removeTrailingSlash(init.baseUrl) : settings.baseUrl;
    const pathSerializer = init.pathSerializer || defaultPathSerializer;
    const url = requestUrl(createFinalURL(schemaPath, { baseUrl, params, querySerializer, pathSerializer }));
    let headers: Record<string, string>;
    let text: string | undefined;
    if (init.body === undefined) {
      headers = headersFor(init, false);
    } else {
      headers = headersFor(init, true);
      const serialised = bodySerializer(init.body, headers);
      if (typeof serialised === 'string') {
        text = serialised;
        // As a `Request` given a text body without a type would.
        headers['content-type'] ??= 'text/plain;charset=UTF-8';
      } else {
        // Nothing to send (`JSON.stringify` of a function, say): no body, and no default type either.
        headers = headersFor(init, false);
      }
    }
    let requestId: string | undefined;
    if (requestIdHeader) {
      requestId = headers[requestIdHeader] ?? settings.generateRequestId();
      headers[requestIdHeader] = requestId;
    }
    const parseAs = init.parseAs ?? 'json';
    const facts: CallFacts = {
      method,
      path: schemaPath,
      operation: operationInfo[`${method} ${schemaPath}`],
      parseAs,
      requestId,
      overrides: callOverridesOf(init),
    };
    const body = text === undefined ? undefined : encoder.encode(text);
    const plan = planOf(
      facts,
      headers,
      { url, method, body, redirect: init.redirect ?? 'follow' },
      policy.defaults,
    );
    let response = await policy.run(plan, init.signal ?? undefined);
    if (responseHooks.length > 0) {
      const options = {
        baseUrl,
        fetch: policy.fetch,
        parseAs,
        querySerializer,
        bodySerializer,
        pathSerializer,
      };
      response = await runResponseHooks(
        responseHooks,
        {
          schemaPath,
          params,
          options: Object.freeze(options),
          request: () => standardRequestOf(url, method, headers, text, { ...init, method }),
        },
        response,
      );
    }
    return readResult(response, method, parseAs);
  };
}

// The URL as a `Request` would hold it: parsed (a TypeError when invalid) and serialised.
function requestUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) throw new TypeError('A request URL must not include credentials.');
  return parsed.href;
}

function recordOf(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

// The result as openapi-fetch reads it from a response, rule for rule.
async function readResult(response: Response, method: string, parseAs: string): Promise<CallResult> {
  const contentLength = response.headers.get('Content-Length');
  if (
    response.status === 204 ||
    method === 'HEAD' ||
    (contentLength === '0' && !response.headers.get('Transfer-Encoding')?.includes('chunked'))
  ) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) {
    if (parseAs === 'stream') return { data: response.body, response };
    if (parseAs === 'json' && !contentLength) {
      const raw = await response.text();
      return { data: raw ? JSON.parse(raw) : undefined, response };
    }
    const read = (response as unknown as Record<string, () => Promise<unknown>>)[
      parseAs
    ] as () => Promise<unknown>;
    return { data: await read.call(response), response };
  }
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // Not JSON: the text as it came.
  }
  return { error, response };
}
