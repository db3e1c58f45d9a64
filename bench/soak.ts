// Soak run of @ethora/client (not a test): 20,000 calls at concurrency 64 against the local fault
// server with 1% injected faults. Prints outcomes by kind, retries, p50/p99 latency and the heap
// before and after (after a forced GC), and exits 1 when a target is missed: zero unexpected
// errors and heap growth under 10%. Run with `pnpm --filter @ethora/bench soak` (node --expose-gc).
import {
  createEthoraClient,
  EthoraError,
  EthoraNetworkError,
  EthoraRateLimitError,
  EthoraServerError,
  unwrap,
} from '@ethora/client';
import { type FaultAction, startFaultServer } from '@ethora/testkit';

const CALLS = 20_000;
const WARMUP_CALLS = 2_000;
const CONCURRENCY = 64;
const FAULT_RATE = 0.01;
const APP_ID = '65f1c2a9e4b0a1b2c3d4e5f6';
const SERVER_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7InR5cGUiOiJzZXJ2ZXIifX0.c29hay1zaWduYXR1cmU';

/** A small seeded PRNG (mulberry32), so that two runs inject the same faults. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FAULTS: readonly FaultAction[] = [
  { type: 'json', status: 503, body: { success: false, error: 'Service unavailable' } },
  {
    type: 'json',
    status: 429,
    body: { success: false, error: 'Too many requests' },
    headers: { 'retry-after': '0' },
  },
  { type: 'json', status: 504, body: { success: false, error: 'Gateway timeout' } },
  {
    type: 'text',
    status: 502,
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    contentType: 'text/html',
  },
  { type: 'reset' },
  { type: 'reset-mid-body' },
];
const APP = { app: { _id: APP_ID, displayName: 'Acme', domainName: 'acme' } };
const ACCESS = { ok: true };
const ROOM = { result: { _id: '6650a1b2c3d4e5f6a7b8c9d0', name: `${APP_ID}_ws-42`, title: 'Workspace 42' } };

type Kind = 'get app (GET)' | 'grant access (POST, idempotent: true)' | 'create room (POST)';
type Outcome =
  | 'ok'
  | 'ok after retry'
  | 'EthoraServerError (expected: POST not retried)'
  | 'EthoraRateLimitError (expected: POST not retried)'
  | 'EthoraNetworkError (expected: POST not retried)'
  | 'retries exhausted (3 faults in a row)'
  | 'UNEXPECTED';

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) {
    console.warn('warning: run node with --expose-gc for a meaningful heap comparison');
  }
  const faultRandom = seeded(42);
  const mixRandom = seeded(7);
  let injected = 0;
  const server = await startFaultServer({
    record: false,
    fallback: (request) => {
      if (faultRandom() < FAULT_RATE) {
        injected += 1;
        return FAULTS[Math.floor(faultRandom() * FAULTS.length)] as FaultAction;
      }
      if (request.path.startsWith('/v2/apps/')) return { type: 'json', body: APP };
      return { type: 'json', body: request.path === '/v2/chats' ? ROOM : ACCESS };
    },
  });

  let retries = 0;
  const retried = new Set<string | undefined>();
  const client = createEthoraClient({
    baseUrl: server.url,
    auth: async () => SERVER_JWT,
    logLevel: 'silent',
    timeoutMs: 10_000,
    retry: {
      baseDelayMs: 5,
      maxDelayMs: 50,
      onRetry: (info) => {
        retries += 1;
        retried.add(info.requestId);
      },
    },
  });

  const outcomes = new Map<string, number>();
  const unexpected: string[] = [];
  // Allocated before the first heap reading, so that the harness's own data does not count as growth.
  const latencies = new Float64Array(CALLS);
  let recorded = 0;
  const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

  let sequence = 0;
  const callOnce = async (record: boolean): Promise<void> => {
    const requestId = `soak-${++sequence}`;
    const headers = { 'x-request-id': requestId };
    const pick = mixRandom();
    const kind: Kind =
      pick < 0.8
        ? 'get app (GET)'
        : pick < 0.9
          ? 'grant access (POST, idempotent: true)'
          : 'create room (POST)';
    const started = performance.now();
    let outcome: Outcome;
    try {
      if (kind === 'get app (GET)') {
        await unwrap(client.GET('/v2/apps/{appId}', { params: { path: { appId: APP_ID } }, headers }));
      } else if (kind === 'grant access (POST, idempotent: true)') {
        await unwrap(
          client.POST('/v2/chats/users-access', {
            body: { chatName: `${APP_ID}_ws-42`, members: [`${APP_ID}_u1`] },
            headers,
            // The spec marks no POST safe to repeat; the soak opts in per call to exercise POST retries.
            idempotent: true,
          }),
        );
      } else {
        await unwrap(client.POST('/v2/chats', { body: { title: 'Workspace 42', uuid: 'ws-42' }, headers }));
      }
      outcome = retried.delete(requestId) ? 'ok after retry' : 'ok';
    } catch (error) {
      const attempts = (error as { attempts?: number }).attempts ?? 1;
      if (!(error instanceof EthoraError)) outcome = 'UNEXPECTED';
      else if (kind !== 'create room (POST)')
        outcome = attempts === 3 ? 'retries exhausted (3 faults in a row)' : 'UNEXPECTED';
      else if (error instanceof EthoraServerError) outcome = 'EthoraServerError (expected: POST not retried)';
      else if (error instanceof EthoraRateLimitError)
        outcome = 'EthoraRateLimitError (expected: POST not retried)';
      else if (error instanceof EthoraNetworkError)
        outcome = 'EthoraNetworkError (expected: POST not retried)';
      else outcome = 'UNEXPECTED';
      if (outcome === 'UNEXPECTED' && unexpected.length < 10) unexpected.push(`${kind}: ${String(error)}`);
      retried.delete(requestId);
    }
    if (!record) return;
    latencies[recorded++] = performance.now() - started;
    count(`${kind} → ${outcome}`);
  };

  const run = async (calls: number, record: boolean) => {
    let next = 0;
    const worker = async () => {
      while (next < calls) {
        next += 1;
        await callOnce(record);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  };

  await run(WARMUP_CALLS, false);
  const heapBefore = heapAfterGc();
  retries = 0;
  injected = 0;
  server.reset();
  const started = performance.now();
  await run(CALLS, true);
  const wallMs = performance.now() - started;
  const heapAfter = heapAfterGc();
  await server.close();

  const sorted = latencies.subarray(0, recorded).sort();
  const unexpectedCount = [...outcomes]
    .filter(([key]) => key.endsWith('UNEXPECTED'))
    .reduce((n, [, v]) => n + v, 0);
  const growth = (heapAfter - heapBefore) / heapBefore;

  console.log(
    `\n@ethora/client soak — Node ${process.version}, ${CALLS} calls, concurrency ${CONCURRENCY}, ${FAULT_RATE * 100}% faults`,
  );
  console.log(
    `requests that reached the server: ${server.count}; faults injected: ${injected}; retries: ${retries}`,
  );
  console.log(`wall time: ${(wallMs / 1000).toFixed(2)} s (${Math.round(CALLS / (wallMs / 1000))} calls/s)`);
  console.log(
    `latency: p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
  );
  console.log('\noutcomes:');
  for (const [key, value] of [...outcomes].sort()) console.log(`  ${String(value).padStart(6)}  ${key}`);
  console.log(
    `\nheap after GC: before ${mb(heapBefore)}, after ${mb(heapAfter)} (${(growth * 100).toFixed(1)}%)`,
  );
  for (const line of unexpected) console.log(`unexpected: ${line}`);

  const failures: string[] = [];
  if (unexpectedCount > 0) failures.push(`${unexpectedCount} unexpected errors`);
  if (growth >= 0.1) failures.push(`heap grew ${(growth * 100).toFixed(1)}% (target < 10%)`);
  console.log(
    failures.length
      ? `\nTARGETS MISSED: ${failures.join('; ')}`
      : '\ntargets met: zero unexpected errors, heap growth under 10%',
  );
  process.exitCode = failures.length ? 1 : 0;
}

await main();
