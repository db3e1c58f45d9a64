import { CONCURRENCY, type RunSizes } from './bench-config.js';
import { type ApiCase, OPERATIONS, type Operation } from './cases/api-case.js';
import { median, rotate, timeConcurrent, timeSequential } from './measure.js';

/** Sequential calls, or {@link CONCURRENCY} in flight. */
export type CallMode = 'sequential' | 'concurrent';

/** The medians of one case, operation and mode over the measured rounds. */
export interface CallRow {
  caseName: string;
  operation: Operation;
  mode: CallMode;
  /** Median calls per second. */
  callsPerSecond: number;
  /** Median over rounds of this case's time divided by raw fetch's time in the same round. */
  ratioToLimit: number;
}

type Timer = (fn: (i: number) => Promise<unknown>, count: number, first: number) => Promise<number>;

const timers: Record<CallMode, Timer> = {
  sequential: timeSequential,
  concurrent: (fn, count, first) => timeConcurrent(fn, count, first, CONCURRENCY),
};

/**
 * Measures every case on every operation and mode. Cases are interleaved: each round runs every cell
 * for every case in a rotated order, so that drift of the machine (other processes, CPU frequency)
 * hits all cases alike; the ratios compare cases within one round. `cases[0]` is the limit.
 */
export async function measureCalls(
  cases: readonly ApiCase[],
  sizes: RunSizes,
  progress: (line: string) => void,
): Promise<CallRow[]> {
  const limit = cases[0]!.name;
  const samples = new Map<string, { ms: number[]; ratios: number[] }>();
  const key = (c: string, op: Operation, mode: CallMode): string => `${c}\u0000${op}\u0000${mode}`;
  let next = 0;

  for (let round = -1; round < sizes.rounds; round++) {
    const warmup = round < 0;
    const count = warmup ? sizes.warmupCalls : sizes.callsPerCell;
    for (const operation of OPERATIONS) {
      for (const mode of ['sequential', 'concurrent'] as const) {
        const times = new Map<string, number>();
        for (const c of rotate(cases, Math.max(round, 0))) {
          times.set(c.name, await timers[mode](c.call[operation], count, next));
          next += count;
        }
        if (warmup) continue;
        const limitMs = times.get(limit)!;
        for (const [name, ms] of times) {
          const entry = samples.get(key(name, operation, mode)) ?? { ms: [], ratios: [] };
          entry.ms.push(ms);
          entry.ratios.push(ms / limitMs);
          samples.set(key(name, operation, mode), entry);
        }
      }
    }
    progress(warmup ? 'calls: warmup done' : `calls: round ${round + 1}/${sizes.rounds} done`);
  }

  const rows: CallRow[] = [];
  for (const operation of OPERATIONS) {
    for (const mode of ['sequential', 'concurrent'] as const) {
      for (const c of cases) {
        const entry = samples.get(key(c.name, operation, mode))!;
        rows.push({
          caseName: c.name,
          operation,
          mode,
          callsPerSecond: sizes.callsPerCell / (median(entry.ms) / 1000),
          ratioToLimit: median(entry.ratios),
        });
      }
    }
  }
  return rows;
}
