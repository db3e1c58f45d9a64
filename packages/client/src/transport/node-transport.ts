import type * as Http from 'node:http';
import { toRawRequest, toResponse } from './fetch-face.js';
import { sendNodeExchange } from './node-exchange.js';
import { loadNodeModules, type NodeModules } from './node-runtime.js';
import {
  AttemptTimeout,
  type FetchLike,
  RAW_SEND,
  type RawRequest,
  type RawResponse,
} from './raw-exchange.js';

/** Options of {@link createNodeTransport}. */
export interface NodeTransportOptions {
  /** Reuse connections between calls (default `true`). */
  keepAlive?: boolean;
  /** Most open connections per origin (default: no limit). */
  maxSockets?: number;
  /** Most idle connections kept per origin (default 256). */
  maxFreeSockets?: number;
  /** Idle connections close after this many milliseconds, or sooner if the server's `Keep-Alive` says so (default 30 000). */
  idleTimeoutMs?: number;
  /** Ask for gzip/deflate/br bodies and decompress them (default `true`). */
  compression?: boolean;
  /** Most redirects followed for `redirect: 'follow'` (default 20, as `fetch`). */
  maxRedirects?: number;
  /** TLS options for `https:`, such as a private `ca` bundle. */
  tls?: {
    /** Certificate authorities to trust instead of Node's bundled list (PEM text or DER bytes). */
    ca?: string | Uint8Array | readonly (string | Uint8Array)[];
    /** Refuse servers whose certificate does not verify (default `true`; `false` only for local testing). */
    rejectUnauthorized?: boolean;
    /** Host name sent for SNI and checked against the certificate (default: the URL's host). */
    servername?: string;
  };
}

/** A `fetch`-compatible function over `node:http`/`node:https` with pooled keep-alive connections. */
export interface NodeTransport extends FetchLike {
  /** Closes every pooled connection; later calls open new ones. */
  close(): void;
}

// Credentials must not follow a redirect to another origin.
const CROSS_ORIGIN_DROPPED = ['authorization', 'proxy-authorization', 'cookie', 'x-custom-token'];
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NO_LENGTH_WITHOUT_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

/**
 * Creates a `fetch`-compatible transport over `node:http`/`node:https`: keep-alive agents, bodies
 * buffered (so retries can resend them), `AbortSignal` honoured at every stage, gzip/deflate/br
 * decoded, redirects followed like `fetch`. It is the client's default on Node; pass it as the
 * `fetch` option to tune it, or use it anywhere a `fetch` is expected. Node built-ins are loaded
 * on the first call, so importing this module is safe in any runtime.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const compression = options.compression ?? true;
  const maxRedirects = options.maxRedirects ?? 20;
  const tls = options.tls ? { ...options.tls } : undefined;
  let modules: NodeModules | undefined;
  const agents: { http?: Http.Agent; https?: Http.Agent } = {};

  const agentFor = (mods: NodeModules, https: boolean): Http.Agent => {
    const key = https ? 'https' : 'http';
    let agent = agents[key];
    if (!agent) {
      const settings = {
        keepAlive: options.keepAlive ?? true,
        maxSockets: options.maxSockets,
        maxFreeSockets: options.maxFreeSockets ?? 256,
        // On idle pooled sockets only: Node closes them after this, or after the server's hint.
        timeout: options.idleTimeoutMs ?? 30_000,
        scheduling: 'lifo' as const,
      };
      agent = https ? new mods.https.Agent(settings) : new mods.http.Agent(settings);
      agents[key] = agent;
    }
    return agent;
  };

  const send = async (request: RawRequest): Promise<RawResponse> => {
    modules ??= await loadNodeModules();
    let url = new URL(request.url);
    let { method, body } = request;
    const { timeoutMs } = request;
    // Redirects share the exchange's time limit: each hop gets what is left of it.
    const expires = timeoutMs === undefined ? undefined : performance.now() + timeoutMs;
    const headers: Record<string, string> = { ...request.headers };
    if (compression && headers['accept-encoding'] === undefined)
      headers['accept-encoding'] = 'gzip, deflate, br';
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new TypeError(`Unsupported protocol ${url.protocol}`);
      }
      // Headers go to Node as a raw list, which it writes as they are: the length is stated here, as
      // Node would state it (a bodiless POST, PUT or PATCH says 0; GET, HEAD, DELETE... say nothing).
      if (body) headers['content-length'] = String(body.byteLength);
      else if (NO_LENGTH_WITHOUT_BODY.has(method)) delete headers['content-length'];
      else headers['content-length'] = '0';
      let hopMs = timeoutMs;
      if (redirects > 0 && expires !== undefined) {
        hopMs = Math.ceil(expires - performance.now());
        if (hopMs <= 0) throw new AttemptTimeout(timeoutMs as number);
      }
      const response = await sendNodeExchange(modules, {
        url,
        method,
        headers,
        body,
        signal: request.signal,
        timeoutMs: hopMs,
        agent: agentFor(modules, url.protocol === 'https:'),
        tls,
      });
      const location = response.headers.get('location');
      if (request.redirect === 'manual' || !REDIRECT_STATUSES.has(response.status) || location === null) {
        return response;
      }
      if (request.redirect === 'error')
        throw new TypeError(`Redirect refused: ${response.status} to another URL`);
      if (redirects >= maxRedirects) throw new TypeError(`More than ${maxRedirects} redirects`);
      const next = new URL(location, url);
      if (
        response.status === 303
          ? method !== 'HEAD'
          : (response.status === 301 || response.status === 302) && method === 'POST'
      ) {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      if (next.origin !== url.origin) for (const name of CROSS_ORIGIN_DROPPED) delete headers[name];
      url = next;
    }
  };

  const transport = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = await toRawRequest(input, init);
    let response: RawResponse;
    try {
      response = await send(request);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      throw new TypeError('fetch failed', { cause: error });
    }
    return toResponse(response);
  }) as NodeTransport;
  Object.defineProperty(transport, RAW_SEND, { value: send });
  transport.close = () => {
    agents.http?.destroy();
    agents.https?.destroy();
    agents.http = undefined;
    agents.https = undefined;
  };
  return transport;
}
