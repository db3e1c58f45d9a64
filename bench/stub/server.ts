import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBatchJobs } from './batch-jobs.js';
import { createRouter } from './routes.js';
import { createTokenChecker } from './token-check.js';

/** What the stub counted since its last reset. */
export interface StubStats {
  /** Every request received. */
  requests: number;
  /** Requests per route, keyed `METHOD /pattern`. */
  byRoute: Record<string, number>;
  /** Requests turned away for a missing or invalid server token. */
  unauthorized: number;
  /** Requests for a path no route answers (a sign the stub misses a route an SDK calls). */
  unmatched: string[];
  /** Distinct valid server tokens received. */
  distinctTokens: number;
  /** Users created through the batch routes. */
  usersCreated: number;
}

/** A running stub server. */
export interface RunningStub {
  /** Origin such as `http://127.0.0.1:40123`. */
  url: string;
  stats(): StubStats;
  reset(): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      if (chunks.length === 0) return resolve(undefined);
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(Symbol.for('invalid-json'));
      }
    });
  });
}

/**
 * Starts a loopback HTTP server that answers the Ethora routes both SDKs call, checks their server
 * tokens, and counts what it receives. Connections are kept alive, as the API's are.
 */
export async function startStubServer(appId: string, secret: string): Promise<RunningStub> {
  const jobs = createBatchJobs();
  const router = createRouter(appId, jobs);
  const tokens = createTokenChecker(appId, secret);
  let requests = 0;
  let unauthorized = 0;
  let byRoute: Record<string, number> = {};
  let unmatched: string[] = [];

  const server = createServer({ keepAlive: true }, (req, res) => {
    requests++;
    readBody(req).then(
      (body) => {
        const url = new URL(req.url ?? '/', 'http://stub');
        const route = router.match(req.method ?? 'GET', url.pathname, url.searchParams, body);
        if (!route) {
          if (unmatched.length < 20) unmatched.push(`${req.method} ${url.pathname}`);
          return send(res, 404, { success: false, error: 'Not found' });
        }
        byRoute[route.pattern] = (byRoute[route.pattern] ?? 0) + 1;
        const verdict = tokens.check(req.headers);
        if (!verdict.ok) {
          unauthorized++;
          return send(res, 401, { success: false, error: verdict.reason });
        }
        if (body === Symbol.for('invalid-json')) {
          return send(res, 400, { success: false, error: 'Body is not valid JSON' });
        }
        const answer = route.handle();
        send(res, answer.status, answer.body);
      },
      () => send(res, 400, { success: false, error: 'Unreadable body' }),
    );
  });
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 61_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats: () => ({
      requests,
      byRoute: { ...byRoute },
      unauthorized,
      unmatched: [...unmatched],
      distinctTokens: tokens.distinctTokens(),
      usersCreated: jobs.usersCreated(),
    }),
    reset: () => {
      requests = 0;
      unauthorized = 0;
      byRoute = {};
      unmatched = [];
      tokens.reset();
      jobs.reset();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
