import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/** Extra response headers of an action. */
type Headers = Readonly<Record<string, string>>;

/** The status line of an answer: the status, and a reason phrase of the action's own instead of the standard one. */
interface StatusLine {
  status?: number;
  statusText?: string;
}

/** What the fault server does with one request. */
export type FaultAction =
  /** Answer with a JSON body (optionally compressed). */
  | ({ type: 'json'; body?: unknown; headers?: Headers; encoding?: 'gzip' | 'deflate' | 'br' } & StatusLine)
  /** Answer with a text body of any content type (an HTML error page, say). */
  | ({ type: 'text'; body: string; contentType?: string; headers?: Headers } & StatusLine)
  /** Answer with these bytes as they are, under the given headers (a compressed body, say); JSON content type by default. */
  | ({ type: 'bytes'; body: Uint8Array; headers?: Headers } & StatusLine)
  /** Answer with no body at all (`Content-Length: 0`). */
  | ({ type: 'empty'; contentType?: string; headers?: Headers } & StatusLine)
  /** Reset the connection (TCP RST) before answering. */
  | { type: 'reset' }
  /** Send the status line, headers and part of the body, then reset the connection. */
  | { type: 'reset-mid-body'; status?: number; partial?: string }
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  | { type: 'hang' }
  /** Send the body in chunks, one every `intervalMs`. */
  | { type: 'drip'; status?: number; chunks: readonly string[]; intervalMs: number; contentType?: string }
  /** Wait `ms`, then do `then`. */
  | { type: 'delay'; ms: number; then: FaultAction }
  /** Redirect to `location`. */
  | { type: 'redirect'; status?: 301 | 302 | 303 | 307 | 308; location: string };

/** A request as the fault server received it. */
export interface FaultRequest {
  /** 1 for the first request the server received since it started or was reset. */
  readonly index: number;
  readonly method: string;
  /** Path and query string. */
  readonly path: string;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as UTF-8 text ('' when there was none). */
  readonly body: string;
}

/** Chooses the action for a request that no scripted action is waiting for. */
export type FaultFallback = FaultAction | ((request: FaultRequest) => FaultAction);

/** Options of {@link startFaultServer}. */
export interface FaultServerOptions {
  /** What to do when the script is empty (default: `200 {"ok":true}`). */
  fallback?: FaultFallback;
  /** Keep every request in `requests` (default `true`; turn off for long soak runs). */
  record?: boolean;
}

/** A running fault server. */
export interface FaultServer {
  /** Base URL such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Requests received since start or the last `reset()`, oldest first (empty when not recording). */
  readonly requests: readonly FaultRequest[];
  /** How many requests arrived since start or the last `reset()`. */
  readonly count: number;
  /** How many TCP connections were opened since start or the last `reset()` (shows keep-alive reuse). */
  readonly connections: number;
  /** Queues actions: each request takes the next one; the fallback answers once they run out. */
  script(...actions: FaultAction[]): void;
  /** Replaces the fallback. */
  setFallback(fallback: FaultFallback): void;
  /** Forgets requests and the queued actions. */
  reset(): void;
  /**
   * Stops listening and drops every open connection: until {@link FaultServer.resume}, a connection
   * attempt to `url` is refused (`ECONNREFUSED`) before any byte of a request is sent.
   */
  pause(): Promise<void>;
  /** Listens again on the same port after {@link FaultServer.pause}. */
  resume(): Promise<void>;
  /** Closes every connection (hanging and dripping ones too), stops all timers and the server. */
  close(): Promise<void>;
}

const DEFAULT_FALLBACK: FaultAction = { type: 'json', body: { ok: true } };

/** A 429 answer asking the client to wait `retryAfter` (delta-seconds or an HTTP date) before trying again. */
export function rateLimited(retryAfter: string): FaultAction {
  return { type: 'json', status: 429, body: { error: 'slow down' }, headers: { 'retry-after': retryAfter } };
}

/**
 * Starts a scriptable HTTP server on a free loopback port that misbehaves on purpose: rate limits
 * with `Retry-After`, 503s, resets before or during a body, HTML error pages, invalid or empty JSON,
 * silence and slow drips. Tests start it, script it, count what reached it, and close it.
 */
export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const queue: FaultAction[] = [];
  const requests: FaultRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const record = options.record ?? true;
  let fallback: FaultFallback = options.fallback ?? DEFAULT_FALLBACK;
  let count = 0;
  let connections = 0;

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    // The server's own timers must not show up when a test looks for timers the client left behind.
    timer.unref();
    timers.add(timer);
  };

  const perform = (action: FaultAction, req: IncomingMessage, res: ServerResponse): void => {
    const socket = req.socket;
    switch (action.type) {
      case 'json': {
        const text = action.body === undefined ? '' : JSON.stringify(action.body);
        const { body, encoding } = encode(text, action.encoding);
        writeHead(res, action, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(body.length),
          ...(encoding ? { 'content-encoding': encoding } : {}),
          ...action.headers,
        });
        res.end(body);
        return;
      }
      case 'text':
        writeHead(res, action, {
          'content-type': action.contentType ?? 'text/plain; charset=utf-8',
          'content-length': String(Buffer.byteLength(action.body)),
          ...action.headers,
        });
        res.end(action.body);
        return;
      case 'bytes':
        writeHead(res, action, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(action.body.byteLength),
          ...action.headers,
        });
        res.end(action.body);
        return;
      case 'empty':
        writeHead(res, action, {
          'content-type': action.contentType ?? 'application/json; charset=utf-8',
          'content-length': '0',
          ...action.headers,
        });
        res.end();
        return;
      case 'reset':
        resetSocket(socket);
        return;
      case 'reset-mid-body': {
        const partial = action.partial ?? '{"result":{"_id":"6650a1b2c3d4e5f6a7b8c9d0","na';
        res.writeHead(action.status ?? 200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(partial) + 4096),
        });
        res.write(partial);
        // Let the status line and the first bytes reach the client before the reset.
        later(10, () => resetSocket(socket));
        return;
      }
      case 'hang':
        return;
      case 'drip': {
        res.writeHead(action.status ?? 200, {
          'content-type': action.contentType ?? 'application/json; charset=utf-8',
        });
        const chunks = [...action.chunks];
        const next = () => {
          if (res.destroyed) return;
          const chunk = chunks.shift();
          if (chunk === undefined) {
            res.end();
            return;
          }
          res.write(chunk);
          later(action.intervalMs, next);
        };
        next();
        return;
      }
      case 'delay':
        later(action.ms, () => {
          if (!res.destroyed) perform(action.then, req, res);
        });
        return;
      case 'redirect':
        res.writeHead(action.status ?? 302, { location: action.location, 'content-length': '0' });
        res.end();
        return;
    }
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      count += 1;
      const request: FaultRequest = {
        index: count,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: { ...req.headers },
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (record) requests.push(request);
      const action = queue.shift() ?? (typeof fallback === 'function' ? fallback(request) : fallback);
      perform(action, req, res);
    });
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (on: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get count() {
      return count;
    },
    get connections() {
      return connections;
    },
    script(...actions) {
      queue.push(...actions);
    },
    setFallback(next) {
      fallback = next;
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      count = 0;
      connections = 0;
    },
    pause() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    resume() {
      return server.listening ? Promise.resolve() : listen(port);
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
    },
  };
}

function writeHead(res: ServerResponse, line: StatusLine, headers: Headers): void {
  const status = line.status ?? 200;
  if (line.statusText === undefined) res.writeHead(status, headers);
  else res.writeHead(status, line.statusText, headers);
}

function resetSocket(socket: Socket): void {
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

function encode(
  text: string,
  encoding: 'gzip' | 'deflate' | 'br' | undefined,
): { body: Buffer; encoding?: string } {
  const raw = Buffer.from(text);
  switch (encoding) {
    case 'gzip':
      return { body: gzipSync(raw), encoding };
    case 'deflate':
      return { body: deflateSync(raw), encoding };
    case 'br':
      return { body: brotliCompressSync(raw), encoding };
    default:
      return { body: raw };
  }
}
