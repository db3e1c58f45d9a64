import { CONCURRENCY, type RunSizes } from './bench-config.js';
import type { CallMode } from './call-rounds.js';
import { median, rotate, timeConcurrent, timeSequential } from './measure.js';

/** A way of minting client (chat user) tokens. */
export interface TokenCase {
  name: string;
  mint: (userId: string) => Promise<string> | string;
}

/** Median tokens per second of one case and mode, and its ratio to the baseline's rate. */
export interface TokenRow {
  caseName: string;
  mode: CallMode;
  tokensPerSecond: number;
  /** Median over rounds of this case's rate divided by the baseline's (the first case) in that round. */
  ratioToBaseline: number;
}

/** Checks a minted token looks like a JWT, so that a broken minting path cannot report a fast rate. */
function assertJwt(token: unknown, caseName: string): void {
  if (typeof token !== 'string' || token.split('.').length !== 3) {
    throw new Error(`${caseName}: createChatUserJwtToken did not return a JWT`);
  }
}

/**
 * Measures token minting of every case, sequentially and with {@link CONCURRENCY} in flight, in
 * interleaved rounds after a warmup. `cases[0]` is the baseline the ratios divide by.
 */
export async function measureTokens(
  cases: readonly TokenCase[],
  sizes: RunSizes,
  progress: (line: string) => void,
): Promise<TokenRow[]> {
  for (const c of cases) assertJwt(await c.mint('check-user'), c.name);
  const samples = new Map<string, number[]>();
  const ratios = new Map<string, number[]>();
  for (let round = -1; round < sizes.rounds; round++) {
    const count = round < 0 ? Math.ceil(sizes.tokensPerCell / 4) : sizes.tokensPerCell;
    for (const mode of ['sequential', 'concurrent'] as const) {
      const rates = new Map<string, number>();
      for (const c of rotate(cases, Math.max(round, 0))) {
        const fn = async (i: number): Promise<unknown> => c.mint(`user-${i}`);
        const ms =
          mode === 'sequential'
            ? await timeSequential(fn, count, 0)
            : await timeConcurrent(fn, count, 0, CONCURRENCY);
        rates.set(c.name, count / (ms / 1000));
      }
      if (round < 0) continue;
      const baseline = rates.get(cases[0]!.name)!;
      for (const [name, rate] of rates) {
        const k = `${name}\u0000${mode}`;
        samples.set(k, [...(samples.get(k) ?? []), rate]);
        ratios.set(k, [...(ratios.get(k) ?? []), rate / baseline]);
      }
    }
    progress(round < 0 ? 'tokens: warmup done' : `tokens: round ${round + 1}/${sizes.rounds} done`);
  }
  return (['sequential', 'concurrent'] as const).flatMap((mode) =>
    cases.map((c) => ({
      caseName: c.name,
      mode,
      tokensPerSecond: median(samples.get(`${c.name}\u0000${mode}`)!),
      ratioToBaseline: median(ratios.get(`${c.name}\u0000${mode}`)!),
    })),
  );
}
