import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Runs `fn(first) … fn(first + count - 1)` one after another; resolves with the elapsed milliseconds. */
export async function timeSequential(
  fn: (i: number) => Promise<unknown>,
  count: number,
  first: number,
): Promise<number> {
  const start = performance.now();
  for (let i = first; i < first + count; i++) await fn(i);
  return performance.now() - start;
}

/** Runs the same calls through `concurrency` workers that each take the next index; resolves with ms. */
export async function timeConcurrent(
  fn: (i: number) => Promise<unknown>,
  count: number,
  first: number,
  concurrency: number,
): Promise<number> {
  let next = first;
  const end = first + count;
  const worker = async (): Promise<void> => {
    while (next < end) await fn(next++);
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return performance.now() - start;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `items` rotated left by `by` places, so that each round starts with a different case. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** The 1-minute load average over the core count, to note how busy the machine was. */
export function machineLoad(): { load1: number; cores: number } {
  return { load1: loadavg()[0] ?? 0, cores: availableParallelism() };
}
