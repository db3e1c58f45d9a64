import type * as Http from 'node:http';
import { decodeBody } from './decode-body.js';
import type { NodeModules } from './node-runtime.js';
import { AttemptTimeout, type Bytes, type RawResponse } from './raw-exchange.js';

/** One request over `node:http`/`node:https`, without redirects. */
export interface NodeExchange {
  readonly url: URL;
  readonly method: string;
  /** Lowercase names; `content-length` set as the body requires (see `node-transport.ts`). */
  readonly headers: Record<string, string>;
  readonly body: Bytes | undefined;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds the exchange may take, if limited. */
  readonly timeoutMs: number | undefined;
  readonly agent: Http.Agent;
  /** Extra TLS options for `https:` (a private CA, say). */
  readonly tls: Record<string, unknown> | undefined;
}

/**
 * Sends one request and resolves once the whole body has arrived and been decompressed. The signal
 * aborts any stage (connect, upload, headers, body), and so does the exchange's own timer, which
 * rejects with {@link AttemptTimeout}; the socket is destroyed then, never returned to the pool
 * half-read. The timer is cleared however the exchange ends.
 */
export function sendNodeExchange(modules: NodeModules, exchange: NodeExchange): Promise<RawResponse> {
  const { signal, timeoutMs } = exchange;
  return new Promise<RawResponse>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (error: unknown, response?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const isHttps = exchange.url.protocol === 'https:';
    const request = (isHttps ? modules.https : modules.http).request(requestOptions(exchange, isHttps));
    const onAbort = () => {
      settle(signal?.reason);
      request.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        settle(new AttemptTimeout(timeoutMs));
        request.destroy();
      }, timeoutMs);
    }
    request.on('error', (error) => settle(error));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => settle(error));
      // A connection cut mid-body ends in `close` without `end` (and `complete` stays false).
      response.on('close', () => {
        if (!response.complete)
          settle(
            Object.assign(new Error('The connection closed before the response ended'), {
              code: 'ECONNRESET',
            }),
          );
      });
      response.on('end', () => {
        const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const answer = (body: Buffer) =>
          settle(undefined, {
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: toHeaders(response.rawHeaders),
            // Buffers from sockets and zlib are backed by plain ArrayBuffers.
            body: body as unknown as Bytes,
            url: exchange.url.href,
          });
        // An uncompressed body (the usual case) settles now, without a round through a promise.
        if (typeof encoding !== 'string') answer(raw);
        else decodeBody(modules.zlib, raw, encoding).then(answer, (error) => settle(error));
      });
    });
    if (exchange.body) request.end(exchange.body);
    else request.end();
  });
}

/**
 * The options of `http.request` for an exchange, as Node derives them from a URL, with the headers as a
 * raw list: Node then writes them as given instead of checking and storing them one by one, so the host
 * (and the basic credentials of a URL that carries some) are added here as Node would add them.
 */
function requestOptions(exchange: NodeExchange, isHttps: boolean): Http.RequestOptions {
  const { url, headers } = exchange;
  const raw: string[] = [];
  if (headers.host === undefined) raw.push('host', url.host);
  for (const name in headers) raw.push(name, headers[name] as string);
  if ((url.username || url.password) && headers.authorization === undefined) {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    raw.push('authorization', `Basic ${Buffer.from(credentials).toString('base64')}`);
  }
  const { hostname } = url;
  return {
    protocol: url.protocol,
    // An IPv6 literal is bracketed in URLs, bare in socket options.
    hostname: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: exchange.method,
    headers: raw,
    agent: exchange.agent,
    ...(isHttps ? exchange.tls : undefined),
  };
}

function toHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] as string, raw[i + 1] as string);
    } catch {
      // A header value the Fetch API refuses is dropped rather than failing the whole answer.
    }
  }
  return headers;
}
